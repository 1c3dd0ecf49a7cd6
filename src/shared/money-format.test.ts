import { describe, expect, it } from 'vitest';
import { enMoney } from '../../web/src/i18n/en-money.ts';
import { zhCNMoney } from '../../web/src/i18n/zh-cn-money.ts';
import type { Language } from './language.ts';
import { moneyFormat } from './money-format.ts';

/** The formatter with the web app's own texts in `language`, interpolated as i18next does. */
function formatIn(language: Language) {
  const { money } = language === 'zh-CN' ? zhCNMoney : enMoney;
  return moneyFormat(language, {
    severalCurrencies: (codes) => money.severalCurrencies.replace('{{codes}}', codes),
    severalCurrenciesShort: money.severalCurrenciesShort,
  });
}
const zh = formatIn('zh-CN');
const en = formatIn('en');

describe('money, in one format everywhere', () => {
  it('always shows its currency, with the locale’s symbol and grouping', () => {
    expect(zh.money('10695', 'CNY')).toBe('¥10,695.00');
    expect(en.money('10695', 'CNY')).toBe('CN¥10,695.00');
    expect(zh.money('7807.59', 'USD')).toBe('US$7,807.59');
    expect(en.money('7807.59', 'USD')).toBe('$7,807.59');
    expect(en.money('-3', 'EUR')).toBe('-€3.00');
    expect(zh.money(null, 'CNY')).toBe('—');
  });

  it('is exact for decimal strings beyond a float’s digits', () => {
    expect(zh.money('12345678901234.56', 'CNY')).toBe('¥12,345,678,901,234.56');
  });

  it('names the currency of a sum, exactly or compact for charts', () => {
    expect(zh.sum('12980600', ['CNY'])).toBe('¥12,980,600.00');
    expect(en.sum('12980600', ['CNY'])).toBe('CN¥12,980,600.00');
    expect(zh.compactSum('5314000', ['CNY'])).toBe('¥531.4万');
    expect(en.compactSum('5314000', ['CNY'])).toBe('CN¥5.3M');
    expect(zh.sum('0', []), 'nothing summed').toBe('0');
  });

  it('says a sum over several currencies is one instead of adding them up', () => {
    expect(zh.sum('12980600', ['CNY', 'USD'])).toBe('多种货币（CNY和USD）');
    expect(en.sum('12980600', ['CNY', 'USD'])).toBe('several currencies (CNY and USD)');
    expect(zh.compactSum(5314000, ['CNY', 'USD'])).toBe('多种货币');
    expect(en.compactSum(5314000, ['CNY', 'USD', 'EUR'])).toBe('several currencies');
  });

  it('writes an amount read beside sums in their currency, or alone when they mix currencies', () => {
    expect(zh.beside('5000.5', ['CNY'])).toBe('¥5,000.50');
    expect(en.beside('5000.5', ['CNY', 'USD'])).toBe('5,000.5');
  });

  it('labels a chart’s money axis with the symbol, or says the axis mixes currencies', () => {
    const one = zh.axis(['CNY']);
    expect(one.axisLabel.formatter(5314000)).toBe('¥531.4万');
    expect(one).not.toHaveProperty('name');
    const several = en.axis(['CNY', 'USD']);
    expect(several.axisLabel.formatter(5314000)).toBe('5.3M');
    expect(several.name).toBe('several currencies (CNY and USD)');
  });
});
