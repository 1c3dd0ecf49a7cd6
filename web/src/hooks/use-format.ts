import { useMemo } from 'react';
import { useLanguage } from './use-language.ts';

/** A decimal string as the API sends it ("1234.50", "-3", "2.000"). */
const decimalPattern = /^[-+]?\d+(\.\d+)?$/;

/**
 * Dates, amounts and numbers in the interface language and the browser's time zone. Amounts stay
 * decimal strings: Intl.NumberFormat formats the string itself, so no cent is lost to a float.
 */
export function useFormat() {
  const { language } = useLanguage();
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const quantity = new Intl.NumberFormat(language, { maximumFractionDigits: 3 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
    const moneyFormats = new Map<string, Intl.NumberFormat>();
    const moneyFormat = (currency: string) => {
      let format = moneyFormats.get(currency);
      if (!format) {
        try {
          format = new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay: 'symbol' });
        } catch {
          // Not an ISO currency code: show the amount with the code next to it.
          format = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
        }
        moneyFormats.set(currency, format);
      }
      return format;
    };
    const parse = (iso: string | null | undefined) => {
      if (!iso) return null;
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? null : value;
    };
    const isDecimal = (value: string | null | undefined): value is `${number}` =>
      typeof value === 'string' && decimalPattern.test(value);
    return {
      dateTime: (iso: string | null | undefined) => {
        const value = parse(iso);
        return value ? dateTime.format(value) : '—';
      },
      date: (iso: string | null | undefined) => {
        const value = parse(iso);
        return value ? date.format(value) : '—';
      },
      /** A calendar day as the API sends it ("2025-12-31"), not shifted by the browser's time zone. */
      day: (ymd: string | null | undefined) => {
        const [y, m, d] = (ymd ?? '').split('-').map(Number);
        return y && m && d ? date.format(new Date(y, m - 1, d)) : (ymd ?? '—');
      },
      /** "1234.50" in CNY → "¥1,234.50"; a missing amount → "—". */
      money: (amount: string | null | undefined, currency: string) => {
        if (!isDecimal(amount)) return amount ?? '—';
        const format = moneyFormat(currency);
        const text = format.format(amount);
        return format.resolvedOptions().style === 'currency' ? text : `${text} ${currency}`;
      },
      quantity: (value: string | null | undefined) => (isDecimal(value) ? quantity.format(value) : (value ?? '—')),
      integer: (value: number | null | undefined) => (value == null ? '—' : integer.format(value)),
      percent: (share: number | null | undefined) => (share == null ? '—' : percent.format(share)),
      /** An amount summed over currencies (analytics): "1666558.00" → "1,666,558". */
      amount: (value: string | null | undefined) => (isDecimal(value) ? decimal.format(value) : (value ?? '—')),
      /** A number for an axis or a small label: 1666558 → "1.7M" / "166.7万". */
      compact: (value: number | string | null | undefined) =>
        value == null || value === '' ? '—' : compact.format(Number(value)),
      /** A rate or an average with up to two decimals. */
      decimal: (value: number | null | undefined) => (value == null ? '—' : decimal.format(value)),
    };
  }, [language]);
}
