import type { CohortReport } from '../../api/analytics.types.ts';

export interface CohortCell {
  value: [number, number, number];
  cohort: string;
  size: number;
  month: number;
  share: number;
  /** The as-of month, still in progress: drawn lighter with a dashed border. */
  partial: boolean;
  itemStyle?: { opacity: number; borderType: 'dashed'; borderColor: string };
}

const partialStyle = { opacity: 0.45, borderType: 'dashed', borderColor: '#595959' } as const;

/**
 * The heat map's cells: a cohort has a cell for every month from its first purchase up to the
 * report's as-of month (the server sends them all, 0 where nobody bought); the last one is partial
 * when the report says its month is in progress. The colour value is capped at the highest share of
 * a whole month after month 0 (which is always 100%), so the later months stay readable.
 */
export function cohortCells(report: CohortReport): { cells: CohortCell[]; months: number; cap: number } {
  const cells: CohortCell[] = [];
  let months = 1;
  report.cohorts.forEach((cohort, row) => {
    months = Math.max(months, cohort.retention.length);
    cohort.retention.forEach((share, month) => {
      const partial = report.partialMonth !== null && month === cohort.retention.length - 1;
      cells.push({
        value: [month, row, share],
        cohort: cohort.cohort,
        size: cohort.size,
        month,
        share,
        partial,
        ...(partial ? { itemStyle: { ...partialStyle } } : {}),
      });
    });
  });
  const later = cells.filter((cell) => cell.month > 0 && !cell.partial).map((cell) => cell.share);
  const cap = Math.max(0.05, ...later);
  for (const cell of cells) cell.value[2] = Math.min(cell.share, cap);
  return { cells, months, cap };
}
