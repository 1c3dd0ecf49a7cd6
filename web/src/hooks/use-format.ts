import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { moneyFormat } from '../../../src/shared/money-format.ts';
import { useLanguage } from './use-language.ts';

/** A decimal string as the API sends it ("1234.50", "-3", "2.000"). */
const decimalPattern = /^[-+]?\d+(\.\d+)?$/;

/**
 * Dates, amounts and numbers in the interface language and the browser's time zone. Money goes
 * through the one money formatter (src/shared/money-format.ts): always with its currency, exact from
 * decimal strings; sums over several currencies say so (use-summed-money.ts knows which currencies).
 */
export function useFormat() {
  const { language } = useLanguage();
  const { t } = useTranslation();
  return useMemo(() => {
    const money = moneyFormat(language, {
      severalCurrencies: (codes) => t('money.severalCurrencies', { codes }),
      severalCurrenciesShort: t('money.severalCurrenciesShort'),
    });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const quantity = new Intl.NumberFormat(language, { maximumFractionDigits: 3 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
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
      ...money,
      quantity: (value: string | null | undefined) => (isDecimal(value) ? quantity.format(value) : (value ?? '—')),
      integer: (value: number | null | undefined) => (value == null ? '—' : integer.format(value)),
      percent: (share: number | null | undefined) => (share == null ? '—' : percent.format(share)),
      /** A rate or an average with up to two decimals. */
      decimal: (value: number | null | undefined) => (value == null ? '—' : decimal.format(value)),
    };
  }, [language, t]);
}
