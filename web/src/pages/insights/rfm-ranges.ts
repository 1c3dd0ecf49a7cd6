import { cutPointDecimals, type RfmScoreName } from '../../../../src/shared/rfm-scoring.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useSummedMoney } from '../../hooks/use-summed-money.ts';

/**
 * The values that get each score 1–5 under four ascending cut points (a cut point is the largest value
 * of the range below it; for recency, fewer days score higher): `from` is exclusive for money and
 * inclusive for whole days and orders, `to` inclusive; null is open. `empty` when no value fits.
 */
export interface ScoreRange {
  score: number;
  from: number | null;
  to: number | null;
  empty: boolean;
}

export function scoreRanges(name: RfmScoreName, cuts: number[]): ScoreRange[] {
  const whole = cutPointDecimals[name] === 0;
  const bins = [0, 1, 2, 3, 4].map((i) => {
    const below = i === 0 ? null : cuts[i - 1];
    const to = i === 4 ? null : cuts[i];
    const from = below === null ? null : whole ? below + 1 : below;
    const empty = below !== null && to !== null && (whole ? (from as number) > to : below >= to);
    return { from, to, empty };
  });
  // Value ranges ascend; R's scores descend with them.
  return bins.map((bin, i) => ({ ...bin, score: name === 'recency' ? 5 - i : i + 1 }));
}

/** Whether cut points could be fixed thresholds as they are: strictly ascending. */
export const strictlyAscending = (cuts: number[]) => cuts.every((cut, i) => i === 0 || cut > cuts[i - 1]);

/** Formats a value of one of R, F, M: whole days and orders, or revenue. */
export function useRfmValue() {
  const format = useFormat();
  const money = useSummedMoney();
  return (name: RfmScoreName, value: number) =>
    name === 'monetary' ? money.beside(value.toFixed(2)) : format.integer(value);
}
