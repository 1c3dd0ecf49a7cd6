/**
 * Amounts as people type them in spreadsheets: `1,234.50`, `¥1 234.5`, `￥88`, `$12`, `100元`,
 * full-width digits. They come out as exact decimal strings for PostgreSQL's numeric (never floats).
 */
export interface AmountRule {
  /** Decimal places the column stores: 2 for money, 3 for quantities. */
  scale: number;
  /** Digits before the point: 14 for numeric(16,2), 11 for numeric(14,3). */
  integerDigits: number;
  /** Quantities must be above zero; money may be zero. */
  positive?: boolean;
}

export const moneyRule: AmountRule = { scale: 2, integerDigits: 14 };
export const quantityRule: AmountRule = { scale: 3, integerDigits: 11, positive: true };

/** Currency words and signs that may surround an amount; the currency column, not the sign, says which. */
const currencyMarks = /^(?:US\$|HK\$|RMB|CNY|USD|EUR|HKD|[¥$€£元])|(?:RMB|CNY|USD|EUR|HKD|[¥$€£元])$/i;

const plainNumber = /^\d+(?:\.\d+)?$/;

export type AmountResult = { value: string } | { error: string };

/** Parses an amount into a canonical decimal string (`1234.50` for money, `2.5` for quantities). */
export function parseAmount(raw: string, rule: AmountRule): AmountResult {
  // Plain digits (most cells) skip the folding and the signs.
  let text = plainNumber.test(raw) ? raw : raw.normalize('NFKC').replace(/[\s\u00a0\u3000]/g, '');
  let negative = false;
  if (text.startsWith('-')) {
    negative = true;
    text = text.slice(1);
  }
  for (let i = 0; i < 2; i++) text = text.replace(currencyMarks, '');
  if (text.startsWith('-')) {
    negative = true;
    text = text.slice(1);
  }
  if (text.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) return { error: 'has misplaced thousands separators' };
    text = text.replace(/,/g, '');
  }
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[1] === '' && !match[2])) return { error: 'must be a number like 1,234.50' };
  const whole = match[1].replace(/^0+(?=\d)/, '') || '0';
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > rule.scale) return { error: `has more than ${rule.scale} decimal places` };
  if (whole.length > rule.integerDigits) return { error: 'is too large' };
  const isZero = /^0*$/.test(whole) && fraction === '';
  if (negative && !isZero) return { error: 'must not be negative' };
  if (rule.positive && isZero) return { error: 'must be more than zero' };
  if (rule.scale === 2) return { value: `${whole}.${fraction.padEnd(2, '0')}` };
  return { value: fraction ? `${whole}.${fraction}` : whole };
}
