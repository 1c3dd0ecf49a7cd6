import {
  type RfmCutPoints,
  type RfmScoreName,
  type RunRfmCutPoints,
  rfmScoreNames,
  scoreAgainst,
} from './rfm-scoring.ts';

/** A customer's RFM values and scores in one run, and the cut points that run used (null if not recorded). */
export interface ScoredInRun {
  /** The day of the last purchase in the run's window (YYYY-MM-DD), null for none. */
  lastPurchaseDay: string | null;
  recencyDays: number | null;
  frequency: number;
  monetary: string;
  rScore: number | null;
  fScore: number | null;
  mScore: number | null;
  cutPoints: RunRfmCutPoints | null;
}

/**
 * Why one of R, F, M moved from one run to the next:
 * - `own_data`: the customer's purchases changed (new, refunded or cancelled orders);
 * - `time`: recency only: no purchase since, the days since the last one grew;
 * - `cut_points`: the value is the same, the cut points moved (quantiles follow everyone's purchases;
 *   fixed thresholds were changed);
 * - `own_data_and_cut_points` / `time_and_cut_points`: neither alone would have moved the score;
 * - `unknown`: the value changed but an older run did not record its cut points.
 */
export const moveCauses = [
  'own_data',
  'time',
  'cut_points',
  'own_data_and_cut_points',
  'time_and_cut_points',
  'unknown',
] as const;
export type MoveCause = (typeof moveCauses)[number];

export interface ScoreMove {
  score: RfmScoreName;
  from: number | null;
  to: number | null;
  /** Days since the last purchase, orders, or revenue (a decimal string), before and after. */
  valueBefore: number | string | null;
  valueAfter: number | string | null;
  cause: MoveCause;
  /** How each run set the cut points, when recorded. */
  methodBefore: RfmCutPoints['method'] | null;
  methodAfter: RfmCutPoints['method'] | null;
  /** The cut point the value crossed (1–4, ascending), with its value in each run, when cut points played a part. */
  cutPoint: { position: number; from: number; to: number } | null;
}

const scoreKey = { recency: 'rScore', frequency: 'fScore', monetary: 'mScore' } as const;

function scoredValue(name: RfmScoreName, run: ScoredInRun): number | null {
  if (run[scoreKey[name]] === null) return null;
  if (name === 'recency') return run.recencyDays;
  return name === 'frequency' ? run.frequency : Number(run.monetary);
}

const sameCuts = (a: RfmCutPoints, b: RfmCutPoints) =>
  a.method === b.method && JSON.stringify(a.cutPoints) === JSON.stringify(b.cutPoints);

/** How many cut points a value is above (what its score counts). */
const above = (value: number, cuts: number[]) => cuts.filter((cut) => cut < value).length;

/**
 * The scores of R, F and M that differ between two runs of one customer, each with why it moved.
 * A score that changed although the value did not moved with the cut points; with both changed, the
 * value alone explains it when the old cut points give the new score, the cut points alone when the
 * old value scores the same under the new ones.
 */
export function explainScoreMoves(before: ScoredInRun, after: ScoredInRun): ScoreMove[] {
  const moves: ScoreMove[] = [];
  for (const name of rfmScoreNames) {
    const from = before[scoreKey[name]];
    const to = after[scoreKey[name]];
    if (from === to) continue;
    const valueBefore = scoredValue(name, before);
    const valueAfter = scoredValue(name, after);
    const cutsBefore = before.cutPoints?.[name];
    const cutsAfter = after.cutPoints?.[name];
    const dataChanged =
      name === 'recency' ? before.lastPurchaseDay !== after.lastPurchaseDay : valueBefore !== valueAfter;
    const valueCause = dataChanged ? 'own_data' : 'time';
    const move = {
      score: name,
      from,
      to,
      valueBefore: name === 'monetary' && valueBefore !== null ? before.monetary : valueBefore,
      valueAfter: name === 'monetary' && valueAfter !== null ? after.monetary : valueAfter,
      methodBefore: cutsBefore?.method ?? null,
      methodAfter: cutsAfter?.method ?? null,
      cutPoint: null,
    };
    if (valueBefore === null || valueAfter === null) {
      // A first purchase, or none left in the window: the customer's own data.
      moves.push({ ...move, cause: 'own_data' });
      continue;
    }
    const oldCuts = cutsBefore?.cutPoints;
    const newCuts = cutsAfter?.cutPoints;
    const cutsMoved = !cutsBefore || !cutsAfter || !sameCuts(cutsBefore, cutsAfter);
    let cause: MoveCause;
    if (valueBefore === valueAfter) cause = 'cut_points';
    else if (!cutsMoved) cause = valueCause;
    else if (!oldCuts || !newCuts) cause = 'unknown';
    else if (scoreAgainst(name, valueAfter, oldCuts) === to) cause = valueCause;
    else if (scoreAgainst(name, valueBefore, newCuts) === to) cause = 'cut_points';
    else cause = `${valueCause}_and_cut_points`;
    const crossed =
      oldCuts && newCuts && cause !== valueCause && cause !== 'unknown'
        ? crossedCutPoint(above(valueBefore, oldCuts), above(valueAfter, newCuts), oldCuts, newCuts)
        : null;
    moves.push({ ...move, cause, cutPoint: crossed });
  }
  return moves;
}

/**
 * The cut point between the value's old and new position: when it is now above more cut points, the
 * highest of those it newly passed; when above fewer, the lowest it fell below.
 */
function crossedCutPoint(aboveBefore: number, aboveAfter: number, oldCuts: number[], newCuts: number[]) {
  if (aboveBefore === aboveAfter) return null;
  const index = aboveAfter > aboveBefore ? aboveAfter - 1 : aboveAfter;
  return { position: index + 1, from: oldCuts[index], to: newCuts[index] };
}
