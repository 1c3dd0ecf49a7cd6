/**
 * How R, F and M become scores 1–5 (docs/analytics.md, "RFM"): for each, either the quantiles of the
 * run's buyers or fixed thresholds a company sets. Four ascending cut points separate the five scores;
 * a cut point is the largest value of the lower score's range. Shared by the server and the web app.
 */

export const rfmScoreNames = ['recency', 'frequency', 'monetary'] as const;
export type RfmScoreName = (typeof rfmScoreNames)[number];

export const rfmScoringMethods = ['quantiles', 'fixed'] as const;
export type RfmScoringMethod = (typeof rfmScoringMethods)[number];

/** The scoring of one of R, F, M in the settings: fixed thresholds carry their four cut points. */
export interface RfmScoreSetting {
  method: RfmScoringMethod;
  cutPoints?: number[];
}
export type RfmScoringSettings = Record<RfmScoreName, RfmScoreSetting>;

/**
 * Quantiles for recency and revenue; fixed thresholds for the number of orders, where most customers
 * share a handful of values and quantile cut points collapse: 1 | 2 | 3–4 | 5–7 | 8+ orders.
 */
export const defaultRfmScoring: RfmScoringSettings = {
  recency: { method: 'quantiles' },
  frequency: { method: 'fixed', cutPoints: [1, 2, 4, 7] },
  monetary: { method: 'quantiles' },
};

/** The cut points a run used for one score (null when it had no buyers), as recorded on the run. */
export interface RfmCutPoints {
  method: RfmScoringMethod;
  cutPoints: number[] | null;
}
export type RunRfmCutPoints = Record<RfmScoreName, RfmCutPoints>;

/**
 * The score of a value against four ascending cut points: 1 + the number of cut points the value is
 * above for frequency and revenue; for recency (days, fewer is better) 5 − that number.
 * The same rule as the run's SQL (analysis-run.ts).
 */
export function scoreAgainst(name: RfmScoreName, value: number, cutPoints: number[]): number {
  const above = cutPoints.filter((cut) => cut < value).length;
  return name === 'recency' ? 5 - above : 1 + above;
}

/** The unit a cut point is rounded down to: whole days and orders, cents of revenue. */
export const cutPointDecimals: Record<RfmScoreName, number> = { recency: 0, frequency: 0, monetary: 2 };
