import { explainScoreMoves, type ScoredInRun, type ScoreMove } from '../shared/rfm-moves.ts';

/**
 * A customer's scores, newest run first, each with why its R, F, M scores moved since the run before
 * it (src/shared/rfm-moves.ts; none for the oldest). The cut points and day of the last purchase that
 * explain it are not passed on.
 */
export function withScoreMoves<Row extends ScoredInRun>(
  rows: Row[],
): (Omit<Row, 'cutPoints' | 'lastPurchaseDay'> & { moves: ScoreMove[] })[] {
  return rows.map(({ cutPoints: _cutPoints, lastPurchaseDay: _day, ...row }, i) => ({
    ...row,
    moves: i + 1 < rows.length ? explainScoreMoves(rows[i + 1], rows[i]) : [],
  }));
}
