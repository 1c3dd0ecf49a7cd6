import { z } from 'zod';
import {
  type LoyaltyStage,
  loyaltyStages,
  type RfmSegment,
  rfmSegments,
  type ValueQuadrant,
  valueQuadrants,
} from '../shared/domain.ts';

export { type LoyaltyStage, loyaltyStages, type RfmSegment, rfmSegments, type ValueQuadrant, valueQuadrants };

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

export const analysisSettingsSchema = z.strictObject({
  /** Only purchases on or after this day count for RFM and ABC; all history when absent. */
  windowStart: z.iso.date().nullish(),
  segmentRules: z.record(z.string(), z.enum(rfmSegments)).default(defaultSegmentRules),
  abc: z
    .strictObject({ a: z.number().gt(0).lt(1), b: z.number().gt(0).lt(1) })
    .refine((abc) => abc.a < abc.b, 'a must be below b')
    .default({ a: 0.8, b: 0.95 }),
  loyalty: z
    .strictObject({
      /** 主顾: at least this many purchases in the last `clientWindowDays`. */
      clientMinPurchases: z.number().int().min(2).default(4),
      clientWindowDays: z.number().int().min(30).default(365),
      /** 沉寂: no purchase for `dormantIntervals` × the usual interval, and at least `dormantFloorDays`. */
      dormantIntervals: z.number().min(1).default(3),
      dormantFloorDays: z.number().int().min(1).default(180),
      /** Lost: no purchase for `lostIntervals` × the usual interval, and at least `lostFloorDays`. */
      lostIntervals: z.number().min(1).default(6),
      lostFloorDays: z.number().int().min(1).default(730),
    })
    .default({
      clientMinPurchases: 4,
      clientWindowDays: 365,
      dormantIntervals: 3,
      dormantFloorDays: 180,
      lostIntervals: 6,
      lostFloorDays: 730,
    }),
});
export type AnalysisSettings = z.infer<typeof analysisSettingsSchema>;

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
