import { sql } from 'drizzle-orm';
import {
  char,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/** One analysis of every customer as of a date, with the settings it used and its summary. */
export const analysisRuns = pgTable(
  'analysis_runs',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    settings: jsonb('settings').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    customerCount: integer('customer_count').notNull().default(0),
  },
  (t) => [index('analysis_runs_as_of_idx').on(t.asOf, t.createdAt)],
);

/**
 * Each customer's scores in a run: RFM, ABC class, loyalty-ladder stage and value scorecard.
 * Derived data written a million rows at a time, so without foreign keys (their per-row checks
 * cost more than the rest of the insert): every read joins `customers` and `analysis_runs`, so the
 * rows of a deleted customer are never seen.
 */
export const customerScores = pgTable(
  'customer_scores',
  {
    runId: uuid('run_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    lastPurchaseAt: timestamp('last_purchase_at', { withTimezone: true, precision: 3 }),
    recencyDays: integer('recency_days'),
    frequency: integer('frequency').notNull(),
    monetary: numeric('monetary', { precision: 18, scale: 2 }).notNull(),
    rScore: smallint('r_score'),
    fScore: smallint('f_score'),
    mScore: smallint('m_score'),
    rfmSegment: text('rfm_segment').notNull(),
    abcClass: char('abc_class', { length: 1 }).notNull(),
    loyaltyStage: text('loyalty_stage').notNull(),
    /** Value scorecard (客户价值计分卡): 0–1 each; potential is null when none of its inputs is known. */
    realisedValue: numeric('realised_value', { precision: 6, scale: 4 }),
    potentialValue: numeric('potential_value', { precision: 6, scale: 4 }),
    valueQuadrant: text('value_quadrant'),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.customerId] }),
    index('customer_scores_segment_idx').on(t.runId, t.rfmSegment),
    index('customer_scores_customer_idx').on(t.customerId, t.runId),
  ],
);

export const pyramidIndicators = ['revenue', 'profit', 'collected', 'orders', 'growth', 'tenure', 'potential'] as const;
export type PyramidIndicator = (typeof pyramidIndicators)[number];

/** A value pyramid (客户价值金字塔): weighted indicators and the tiers' shares, top first. */
export const valuePyramids = pgTable('value_pyramids', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  name: text('name').notNull().unique(),
  weights: jsonb('weights').$type<Partial<Record<PyramidIndicator, number>>>().notNull(),
  tiers: jsonb('tiers').$type<number[]>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

/** Each customer's composite value and tier (1 = the top) in each pyramid, per run (derived: no foreign keys, as above). */
export const customerPyramidTiers = pgTable(
  'customer_pyramid_tiers',
  {
    runId: uuid('run_id').notNull(),
    pyramidId: uuid('pyramid_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    composite: numeric('composite', { precision: 8, scale: 6 }).notNull(),
    tier: smallint('tier').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.pyramidId, t.customerId] }),
    index('customer_pyramid_tiers_tier_idx').on(t.runId, t.pyramidId, t.tier),
  ],
);
