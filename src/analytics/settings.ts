import { z } from 'zod';
import {
  type LoyaltyStage,
  loyaltyStages,
  type RfmSegment,
  rfmSegments,
  type ValueQuadrant,
  valueQuadrants,
} from '../shared/domain.ts';
import { defaultSegmentRules, expandSegmentRules } from '../shared/rfm-segment-map.ts';

export { defaultSegmentRules, expandSegmentRules } from '../shared/rfm-segment-map.ts';
export { type LoyaltyStage, loyaltyStages, type RfmSegment, rfmSegments, type ValueQuadrant, valueQuadrants };

export const analysisSettingsSchema = z.strictObject({
  /** Only purchases on or after this day count for RFM and ABC; all history when absent. */
  windowStart: z.iso.date().nullish(),
  segmentRules: z
    .record(z.string(), z.enum(rfmSegments))
    .superRefine((rules, context) => {
      try {
        expandSegmentRules(rules);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
      }
    })
    .default(defaultSegmentRules),
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
