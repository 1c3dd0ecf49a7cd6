import type { AnalysisRun, Segment } from '../../api/analytics.types.ts';

/** The default R×F map (R digit first), as the server's src/analytics/settings.ts has it. */
const defaultRules: Record<string, string> = {
  '[1-2][1-2]': 'hibernating',
  '[1-2][3-4]': 'at_risk',
  '[1-2]5': 'cant_lose_them',
  '3[1-2]': 'about_to_sleep',
  '33': 'need_attention',
  '[3-4][4-5]': 'loyal',
  '41': 'promising',
  '51': 'new',
  '[4-5][2-3]': 'potential_loyalist',
  '5[4-5]': 'champions',
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The segment of each R×F cell (`"54"` → champions) under the run's segment rules. */
export function segmentCells(run: AnalysisRun): Record<string, Segment> {
  const rules = run.settings.segmentRules ?? defaultRules;
  const cells: Record<string, Segment> = {};
  for (const [pattern, segment] of Object.entries(rules)) {
    const classes = [...pattern.matchAll(/\[(\d)-(\d)\]|(\d)/g)].map((m) =>
      m[3] ? [Number(m[3])] : range(Number(m[1]), Number(m[2])),
    );
    if (classes.length !== 2) continue;
    for (const r of classes[0]) for (const f of classes[1]) cells[`${r}${f}`] = segment as Segment;
  }
  return cells;
}
