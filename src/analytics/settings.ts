import { z } from 'zod';
import {
  type LoyaltyStage,
  loyaltyStages,
  type RfmSegment,
  rfmSegments,
  type ValueQuadrant,
  valueQuadrants,
} from '../shared/domain.ts';
import { moveCauses } from '../shared/rfm-moves.ts';
import {
  cutPointDecimals,
  defaultRfmScoring,
  type RfmScoreName,
  type RfmScoreSetting,
  rfmScoreNames,
  rfmScoringMethods,
} from '../shared/rfm-scoring.ts';
import { defaultSegmentRules, expandSegmentRules } from '../shared/rfm-segment-map.ts';

export { defaultSegmentRules, expandSegmentRules } from '../shared/rfm-segment-map.ts';
export { type LoyaltyStage, loyaltyStages, type RfmSegment, rfmSegments, type ValueQuadrant, valueQuadrants };

/** A cut point that is not a value in its score's unit (each a message of its own, for the catalogue). */
function unitProblem(name: RfmScoreName, index: number, cut: number) {
  if (name === 'recency') return `cut point ${index} (${cut}) must be in whole days`;
  if (name === 'frequency') return `cut point ${index} (${cut}) must be in whole numbers of orders`;
  return `cut point ${index} (${cut}) must be in amounts with at most 2 decimals`;
}

/** Problems of fixed thresholds for one score: four cut points, ascending, in the score's unit. */
function cutPointProblem(name: RfmScoreName, setting: RfmScoreSetting): string | undefined {
  const cuts = setting.cutPoints;
  if (setting.method === 'quantiles')
    return cuts === undefined ? undefined : 'only fixed thresholds have cut points (method "fixed")';
  if (cuts?.length !== 4) return 'fixed thresholds need 4 cut points, between scores 1–2, 2–3, 3–4 and 4–5';
  const scale = 10 ** cutPointDecimals[name];
  const least = name === 'frequency' ? 1 : 0;
  for (const [i, cut] of cuts.entries()) {
    if (Math.abs(Math.round(cut * scale) - cut * scale) > 1e-6) return unitProblem(name, i + 1, cut);
    if (cut < least) return `cut point ${i + 1} (${cut}) must be at least ${least}`;
    if (i > 0 && cut <= cuts[i - 1])
      return `cut points must be ascending: cut point ${i + 1} (${cut}) is not above cut point ${i} (${cuts[i - 1]})`;
  }
  return undefined;
}

const scoreSetting = (name: RfmScoreName) =>
  z
    .strictObject({
      method: z.enum(rfmScoringMethods),
      cutPoints: z.array(z.number()).optional(),
    })
    .superRefine((setting, context) => {
      const problem = cutPointProblem(name, setting);
      if (problem) context.addIssue({ code: 'custom', message: problem, path: ['cutPoints'] });
    });

const segmentRules = z.record(z.string(), z.enum(rfmSegments)).superRefine((rules, context) => {
  try {
    expandSegmentRules(rules);
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message });
  }
});
const abc = z
  .strictObject({ a: z.number().gt(0).lt(1), b: z.number().gt(0).lt(1) })
  .refine((abc) => abc.a < abc.b, 'a must be below b');
const loyalty = z.strictObject({
  /** 主顾: at least this many purchases in the last `clientWindowDays`. */
  clientMinPurchases: z.number().int().min(2).default(4),
  clientWindowDays: z.number().int().min(30).default(365),
  /** 沉寂: no purchase for `dormantIntervals` × the usual interval, and at least `dormantFloorDays`. */
  dormantIntervals: z.number().min(1).default(3),
  dormantFloorDays: z.number().int().min(1).default(180),
  /** Lost: no purchase for `lostIntervals` × the usual interval, and at least `lostFloorDays`. */
  lostIntervals: z.number().min(1).default(6),
  lostFloorDays: z.number().int().min(1).default(730),
});
/** Only purchases on or after this day count for RFM and ABC; all history when absent. */
const windowStart = z.iso.date().nullish();

export const analysisSettingsSchema = z.strictObject({
  windowStart,
  segmentRules: segmentRules.default(defaultSegmentRules),
  /**
   * How each of R, F, M is scored: quantiles of the run's buyers, or fixed cut points (each the largest
   * value of the lower score: R in days since the last purchase, F in orders, M in revenue).
   */
  rfm: z
    .strictObject({
      recency: scoreSetting('recency').default(() => ({ ...defaultRfmScoring.recency })),
      frequency: scoreSetting('frequency').default(() => ({ ...defaultRfmScoring.frequency })),
      monetary: scoreSetting('monetary').default(() => ({ ...defaultRfmScoring.monetary })),
    })
    .default(() => structuredClone(defaultRfmScoring)),
  abc: abc.default({ a: 0.8, b: 0.95 }),
  loyalty: loyalty.default({
    clientMinPurchases: 4,
    clientWindowDays: 365,
    dormantIntervals: 3,
    dormantFloorDays: 180,
    lostIntervals: 6,
    lostFloorDays: 730,
  }),
});
export type AnalysisSettings = z.infer<typeof analysisSettingsSchema>;

/**
 * Settings for one run, over the company's (src/analytics/analysis-settings.ts): what is given replaces
 * the company's setting, each of R, F, M on its own; nothing is filled with defaults here.
 */
export const analysisSettingsOverridesSchema = z.strictObject({
  windowStart,
  segmentRules: segmentRules.optional(),
  rfm: z
    .strictObject({
      recency: scoreSetting('recency').optional(),
      frequency: scoreSetting('frequency').optional(),
      monetary: scoreSetting('monetary').optional(),
    })
    .optional(),
  abc: abc.optional(),
  loyalty: loyalty.optional(),
});
export type AnalysisSettingsOverrides = z.infer<typeof analysisSettingsOverridesSchema>;

/** The settings of a run: the company's, with what the run was given instead. */
export const withOverrides = (company: AnalysisSettings, given: AnalysisSettingsOverrides = {}): AnalysisSettings =>
  analysisSettingsSchema.parse({ ...company, ...given, rfm: { ...company.rfm, ...given.rfm } });

/** The cut points a run used for each of R, F, M (`analysis_runs.rfm_cut_points`). */
export const runRfmCutPointsSchema = z
  .object({
    recency: z.object({ method: z.enum(rfmScoringMethods), cutPoints: z.array(z.number()).nullable() }),
    frequency: z.object({ method: z.enum(rfmScoringMethods), cutPoints: z.array(z.number()).nullable() }),
    monetary: z.object({ method: z.enum(rfmScoringMethods), cutPoints: z.array(z.number()).nullable() }),
  })
  .meta({ id: 'RfmCutPoints' });

/** Why one of a customer's R, F, M scores moved since the run before (src/shared/rfm-moves.ts). */
export const scoreMoveSchema = z
  .object({
    score: z.enum(rfmScoreNames),
    from: z.number().nullable(),
    to: z.number().nullable(),
    valueBefore: z.union([z.number(), z.string()]).nullable(),
    valueAfter: z.union([z.number(), z.string()]).nullable(),
    cause: z.enum(moveCauses),
    methodBefore: z.enum(rfmScoringMethods).nullable(),
    methodAfter: z.enum(rfmScoringMethods).nullable(),
    cutPoint: z.object({ position: z.number(), from: z.number(), to: z.number() }).nullable(),
  })
  .meta({ id: 'RfmScoreMove' });
