import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyRule, parseAmount, quantityRule } from './amounts.ts';

const money = (raw: string) => parseAmount(raw, moneyRule);
const quantity = (raw: string) => parseAmount(raw, quantityRule);

describe('parseAmount', () => {
  it('reads money as spreadsheets and shops write it, exactly', () => {
    expect(money('1,234.5')).toEqual({ value: '1234.50' });
    expect(money('¥1,288.00')).toEqual({ value: '1288.00' });
    expect(money('￥35.5')).toEqual({ value: '35.50' });
    expect(money('$ 12')).toEqual({ value: '12.00' });
    expect(money('US$12.30')).toEqual({ value: '12.30' });
    expect(money('100元')).toEqual({ value: '100.00' });
    expect(money('RMB 88')).toEqual({ value: '88.00' });
    expect(money('１２３．４５')).toEqual({ value: '123.45' });
    expect(money('1 000 000.01')).toEqual({ value: '1000000.01' });
    expect(money('0.10')).toEqual({ value: '0.10' });
    expect(money('.5')).toEqual({ value: '0.50' });
    expect(money('007')).toEqual({ value: '7.00' });
    expect(money('12.500')).toEqual({ value: '12.50' });
    expect(money('0')).toEqual({ value: '0.00' });
    expect(money('-0')).toEqual({ value: '0.00' });
    expect(money('99999999999999.99')).toEqual({ value: '99999999999999.99' });
  });

  it('refuses what is not an exact amount', () => {
    expect(money('12.345')).toEqual({ error: 'has more than 2 decimal places' });
    expect(money('1,23.00')).toEqual({ error: 'has misplaced thousands separators' });
    expect(money('-5')).toEqual({ error: 'must not be negative' });
    expect(money('¥-5')).toEqual({ error: 'must not be negative' });
    expect(money('100000000000000')).toEqual({ error: 'is too large' });
    for (const raw of ['abc', '1e5', '1.2.3', '¥', '.', '12,5', 'NaN']) expect(money(raw)).toHaveProperty('error');
  });

  it('reads quantities with up to three decimals, above zero', () => {
    expect(quantity('2')).toEqual({ value: '2' });
    expect(quantity('2.500')).toEqual({ value: '2.5' });
    expect(quantity('0.125')).toEqual({ value: '0.125' });
    expect(quantity('1,000')).toEqual({ value: '1000' });
    expect(quantity('0')).toEqual({ error: 'must be more than zero' });
    expect(quantity('0.0001')).toEqual({ error: 'has more than 3 decimal places' });
  });

  it('gives back any two-decimal amount written with separators and a sign', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n - 1n }), fc.constantFrom('', '¥', '$', '￥'), (cents, sign) => {
        const whole = (cents / 100n).toString();
        const fraction = (cents % 100n).toString().padStart(2, '0');
        const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        expect(money(`${sign}${grouped}.${fraction}`)).toEqual({ value: `${whole}.${fraction}` });
      }),
    );
  });
});
