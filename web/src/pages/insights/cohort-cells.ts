import type { CohortReport } from '../../api/analytics.types.ts';

export interface CohortCell {
  value: [number, number, number];
  cohort: string;
  size: number;
  month: number;
  share: number;
}

/** Whole months from `from` to `to` (both YYYY-MM). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
}

/**
 * The heat map's cells: a cohort has a cell for every month from its first purchase up to `now`
 * (the server leaves out trailing months nobody bought in: those are 0). The colour value is capped
 * at the highest share after month 0 (which is always 100%), so the later months stay readable.
 */
export function cohortCells(report: CohortReport, now: string): { cells: CohortCell[]; months: number; cap: number } {
  const cells: CohortCell[] = [];
  let months = 1;
  report.cohorts.forEach((cohort, row) => {
    const span = Math.max(cohort.retention.length, monthsBetween(cohort.cohort, now) + 1);
    months = Math.max(months, span);
    for (let month = 0; month < span; month++) {
      const share = cohort.retention[month] ?? 0;
      cells.push({ value: [month, row, share], cohort: cohort.cohort, size: cohort.size, month, share });
    }
  });
  const later = cells.filter((cell) => cell.month > 0).map((cell) => cell.share);
  const cap = Math.max(0.05, ...later);
  for (const cell of cells) cell.value[2] = Math.min(cell.share, cap);
  return { cells, months, cap };
}
