import type { RfmSegment } from './domain.ts';

/**
 * The default map, R digit first, as R's `rfm` package assigns it: every R×F cell exactly once.
 * A rule is a pattern of two digit classes such as `[1-2][3-4]` or `5[4-5]`.
 */
export const defaultSegmentRules: Record<string, RfmSegment> = {
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

/** Expands pattern rules into the 25 cells `"RF"` → segment; throws unless every cell is assigned exactly once. */
export function expandSegmentRules(rules: Record<string, string>): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [pattern, segment] of Object.entries(rules)) {
    const classes = [...pattern.matchAll(/\[(\d)-(\d)\]|(\d)/g)].map((m) =>
      m[3] ? [Number(m[3])] : range(Number(m[1]), Number(m[2])),
    );
    if (classes.length !== 2 || classes.flat().some((d) => d < 1 || d > 5))
      throw new Error(`segment rule ${pattern} is not two score classes like [1-2]5`);
    for (const r of classes[0])
      for (const f of classes[1]) {
        const cell = `${r}${f}`;
        if (cells[cell]) throw new Error(`R${r} F${f} is assigned twice (${cells[cell]}, ${segment})`);
        cells[cell] = segment;
      }
  }
  const missing = range(1, 5)
    .flatMap((r) => range(1, 5).map((f) => `${r}${f}`))
    .filter((cell) => !cells[cell]);
  if (missing.length) throw new Error(`no segment for R×F cells ${missing.join(', ')}`);
  return cells;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
