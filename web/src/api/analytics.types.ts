/** The analytics API's shapes (docs/analytics.md): runs, their summaries, measures, cohorts, migration. */

import type { ScoredInRun, ScoreMove } from '../../../src/shared/rfm-moves.ts';
import type { RunRfmCutPoints } from '../../../src/shared/rfm-scoring.ts';
import type { LoyaltyStage, RfmSegment, ValueQuadrant } from './domain.types.ts';

export const abcClasses = ['A', 'B', 'C', 'D'] as const;
export type AbcClass = (typeof abcClasses)[number];
/** An RFM segment, or `prospect` for a customer who never bought. */
export type Segment = RfmSegment | 'prospect';
export const migrationDimensions = ['segment', 'class', 'stage'] as const;
export type MigrationDimension = (typeof migrationDimensions)[number];

export interface AnalysisRun {
  id: string;
  /** YYYY-MM-DD */
  asOf: string;
  settings: { segmentRules?: Record<string, string> } & Record<string, unknown>;
  createdBy: string | null;
  createdAt: string;
  customerCount: number;
  /** The cut points R, F, M were scored against; null for runs made before they were recorded. */
  rfmCutPoints: RunRfmCutPoints | null;
}

/** How many customers fall in a group and the revenue they brought (a decimal string). */
interface Group {
  customers: number;
  revenue: string;
}

export interface AnalysisSummary {
  run: AnalysisRun;
  /** The currencies the revenues add up (docs/analytics.md, "Currencies"). */
  currencies: string[];
  rfm: {
    segments: (Group & { segment: Segment })[];
    grid: (Group & { r: number; f: number })[];
  };
  abc: { classes: (Group & { class: AbcClass })[]; buyers: number; topFifthRevenueShare: number | null };
  loyalty: { stages: (Group & { stage: LoyaltyStage })[] };
  scorecard: { quadrants: (Group & { quadrant: ValueQuadrant })[] };
  /** `unranked`: customers without any of the pyramid's indicators, in its bottom tier outside the shares. */
  pyramids: { id: string; name: string; tiers: (Group & { tier: number })[]; unranked: number }[];
}

export interface LoyaltyMeasures {
  customerBase: number;
  newCustomers: number;
  newCustomersPerMonth: number;
  newCustomerRetentionRate: number | null;
  clientRetentionRate: number | null;
  churnRate: number | null;
  repeatPurchaseRate: number | null;
  purchasesPerCustomerPerYear: number | null;
  averageOrderValue: string | null;
  orders: number;
  revenue: string;
  revenueConcentration: number | null;
  shareOfWallet: number | null;
}

export interface MeasuresReport {
  from: string;
  to: string;
  /** The currencies the period's revenues add up. */
  currencies: string[];
  overall: LoyaltyMeasures | null;
  byRelationshipManager: (LoyaltyMeasures & { ownerId: string | null; ownerName: string | null })[];
}

export interface CohortReport {
  fromMonth: string;
  months: number;
  /** The day the report is as of (YYYY-MM-DD). */
  asOf: string;
  /** The as-of month (YYYY-MM) when it is still in progress; null when the as-of day is its last. */
  partialMonth: string | null;
  /** retention[i]: the share of the cohort that bought i months after its first purchase, up to the as-of month. */
  cohorts: { cohort: string; size: number; retention: number[] }[];
}

export interface MigrationReport {
  from: AnalysisRun;
  to: AnalysisRun;
  by: MigrationDimension;
  cells: { from: string; to: string; customers: number }[];
}

/** A customer's scores in one run: the values and R, F, M scores the explanation of moves reads, and the rest. */
export interface CustomerScore extends Omit<ScoredInRun, 'lastPurchaseDay' | 'cutPoints'> {
  runId: string;
  asOf: string;
  rfmSegment: Segment;
  abcClass: AbcClass;
  loyaltyStage: LoyaltyStage;
  /** Why R, F, M moved since the customer's run before (docs/analytics.md). */
  moves: ScoreMove[];
}

export const pyramidIndicators = ['revenue', 'profit', 'collected', 'orders', 'growth', 'tenure', 'potential'] as const;
export type PyramidIndicator = (typeof pyramidIndicators)[number];

export interface ValuePyramid {
  id: string;
  name: string;
  weights: Partial<Record<PyramidIndicator, number>>;
  /** Tier shares, top first, summing to 1. */
  tiers: number[];
  createdAt: string;
  updatedAt: string;
}
