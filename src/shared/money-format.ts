import { type Language, listIn } from './language.ts';

/** A decimal string as the API sends it ("1234.50", "-3", "2.000"), or a number (chart values). */
export type Amount = string | number;

const decimalPattern = /^[-+]?\d+(\.\d+)?$/;
const isAmount = (value: Amount | null | undefined): value is Amount =>
  typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && decimalPattern.test(value);

export interface MoneyTexts {
  /** What a sum of several currencies shows instead of a number, e.g. "several currencies (CNY, USD)". */
  severalCurrencies: (codes: string) => string;
  /** The short form, for labels in charts: "several currencies". */
  severalCurrenciesShort: string;
}

/**
 * The one way Guanxi writes money, in the reader's language: always with its currency (the locale's
 * symbol and grouping: ¥1,234.50 in Chinese, CN¥1,234.50 in English, where ¥ alone could be yen),
 * exact from decimal strings (Intl formats the string itself, so no cent is lost to a float), or
 * compact for charts (¥531.4万, CN¥5.3M). Sums name their currencies (the analytics answers'
 * `currencies`): a sum of several currencies is said to be one, never shown as one amount.
 */
export function moneyFormat(language: Language, texts: MoneyTexts) {
  const formats = new Map<string, Intl.NumberFormat>();
  const formatOf = (currency: string | null, compact: boolean) => {
    const key = `${currency}|${compact}`;
    let format = formats.get(key);
    if (!format) {
      const notation = compact ? ({ notation: 'compact', maximumFractionDigits: 1 } as const) : {};
      try {
        format = currency
          ? new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay: 'symbol', ...notation })
          : new Intl.NumberFormat(language, { maximumFractionDigits: 2, ...notation });
      } catch {
        // Not a currency code Intl takes: the amount, with the code written after it below.
        format = new Intl.NumberFormat(language, { maximumFractionDigits: 2, ...notation });
      }
      formats.set(key, format);
    }
    return format;
  };
  const write = (amount: Amount, currency: string | null, compact: boolean) => {
    const format = formatOf(currency, compact);
    const text = format.format(amount as Parameters<Intl.NumberFormat['format']>[0]);
    return currency && format.resolvedOptions().style !== 'currency' ? `${text} ${currency}` : text;
  };
  const codes = (currencies: readonly string[]) => listIn(language, currencies);

  /**
   * `currencies`: those of the summed orders; null when not known (then the number alone, as a last
   * resort); none: nothing was summed (the number alone: it is zero).
   */
  const sum = (amount: Amount | null | undefined, currencies: readonly string[] | null, compact: boolean) => {
    if (!isAmount(amount)) return amount == null ? '—' : String(amount);
    const mixed = several(currencies);
    if (mixed) return compact ? texts.severalCurrenciesShort : mixed;
    return write(amount, currencies?.[0] ?? null, compact);
  };

  /** What a sum over `currencies` is said to be when they are several; null when they are not. */
  const several = (currencies: readonly string[] | null) =>
    currencies && currencies.length > 1 ? texts.severalCurrencies(codes(currencies)) : null;

  return {
    several,
    /** "1234.50" in CNY → "¥1,234.50" (zh-CN) / "CN¥1,234.50" (en); a missing amount → "—". */
    money: (amount: Amount | null | undefined, currency: string) =>
      isAmount(amount) ? write(amount, currency, false) : amount == null ? '—' : String(amount),
    /** A sum of order amounts in `currencies` (as the API names them), exact. */
    sum: (amount: Amount | null | undefined, currencies: readonly string[] | null) => sum(amount, currencies, false),
    /** The same, compact, for labels in charts: "¥531.4万" / "CN¥5.3M"; several currencies say so. */
    compactSum: (amount: Amount | null | undefined, currencies: readonly string[] | null) =>
      sum(amount, currencies, true),
    /**
     * An amount with no currency of its own that is read beside such sums (an RFM cut point, a wallet
     * estimate): in their currency when there is one, else the number alone (never hidden).
     */
    beside: (amount: Amount | null | undefined, currencies: readonly string[] | null) =>
      sum(amount, currencies && currencies.length === 1 ? currencies : null, false),
    /**
     * A chart's money axis: compact values with the currency's symbol; over several currencies the
     * plain numbers, and the axis's name says they mix currencies.
     */
    axis: (currencies: readonly string[] | null) => {
      const mixed = several(currencies);
      return {
        ...(mixed && { name: mixed }),
        axisLabel: { formatter: (value: number) => write(value, mixed ? null : (currencies?.[0] ?? null), true) },
      };
    },
  };
}

export type MoneyFormat = ReturnType<typeof moneyFormat>;
