import { createContext, useContext, useMemo } from 'react';
import type { Amount } from '../../../src/shared/money-format.ts';
import { useCurrenciesInUse } from '../api/currencies.api.ts';
import { useFormat } from './use-format.ts';

/**
 * The currencies that the sums shown inside it add up, as the answer they come from names them (an
 * analysis summary's `currencies`). Outside any, sums are taken to add up every currency of the
 * reader's customers' orders.
 */
export const SummedCurrencies = createContext<readonly string[] | null>(null);

/** Sums of order amounts (revenue, monetary values), written with their currency or said to mix several. */
export function useSummedMoney() {
  const format = useFormat();
  const given = useContext(SummedCurrencies);
  const inUse = useCurrenciesInUse(given === null);
  const currencies = given ?? inUse.data ?? null;
  return useMemo(
    () => ({
      currencies,
      /** "several currencies (CNY and USD)" when the sums mix currencies, else null. */
      mixed: format.several(currencies),
      /** "¥12,980,600.00", or "several currencies (CNY and USD)". */
      sum: (amount: Amount | null | undefined) => format.sum(amount, currencies),
      /** For labels in charts: "¥531.4万", or "several currencies". */
      compact: (amount: Amount | null | undefined) => format.compactSum(amount, currencies),
      /** An amount read beside the sums (a cut point, an estimate): their currency when they have one. */
      beside: (amount: Amount | null | undefined) => format.beside(amount, currencies),
      /** A chart's money axis (ECharts `name` and `axisLabel`). */
      axis: () => format.axis(currencies),
    }),
    [format, currencies],
  );
}
