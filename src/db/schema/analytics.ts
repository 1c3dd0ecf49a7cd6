import { sql } from 'drizzle-orm';
import {
  char,
  check,
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
import type { RunRfmCutPoints } from '../../shared/rfm-scoring.ts';
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
    /** The value pyramids of the run, in the order of each score's `pyramidTiers`. */
    pyramidIds: uuid('pyramid_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** The cut points each of R, F, M was scored against, and how they were set (null before they were recorded). */
    rfmCutPoints: jsonb('rfm_cut_points').$type<RunRfmCutPoints>(),
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
    /** Tier (1 = the top) and composite value in each pyramid of the run, in the order of `analysis_runs.pyramid_ids`. */
    pyramidTiers: smallint('pyramid_tiers').array().notNull().default(sql`'{}'::smallint[]`),
    pyramidComposites: numeric('pyramid_composites', { precision: 8, scale: 6 })
      .array()
      .notNull()
      .default(sql`'{}'::numeric[]`),
  },
  // One index: a customer's history across runs is read run by run through it (analysis_runs ⋈ scores).
  (t) => [primaryKey({ columns: [t.runId, t.customerId] })],
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

/**
 * Each customer's paid purchases, kept current by triggers on orders, order lines and products
 * (migration 0011) as of the cutoff in `purchase_facts_state`: an analysis run as of that cutoff
 * reads one row per customer instead of every order and line (src/analytics/purchase-facts.ts).
 * Derived, so without a foreign key; customers who never bought have no row or zeros.
 */
export const customerPurchaseFacts = pgTable('customer_purchase_facts', {
  customerId: uuid('customer_id').primaryKey(),
  /** Paid orders before the cutoff: count, first and last time, Σ total, Σ collected. */
  purchases: integer('purchases').notNull().default(0),
  firstAt: timestamp('first_at', { withTimezone: true, precision: 3 }),
  lastAt: timestamp('last_at', { withTimezone: true, precision: 3 }),
  revenue: numeric('revenue').notNull().default('0'),
  collected: numeric('collected').notNull().default('0'),
  /** Σ quantity × (price − cost) over their lines whose cost is known; null when none is. */
  profit: numeric('profit'),
  /** Paid orders and revenue in [year_from, cutoff), and revenue in [prior_from, year_from). */
  yearPurchases: integer('year_purchases').notNull().default(0),
  yearRevenue: numeric('year_revenue').notNull().default('0'),
  priorRevenue: numeric('prior_revenue').notNull().default('0'),
});

/** The one row telling as of when `customer_purchase_facts` hold: the cutoff and the two year boundaries. */
export const purchaseFactsState = pgTable(
  'purchase_facts_state',
  {
    id: smallint('id').primaryKey().default(1),
    cutoff: timestamp('cutoff', { withTimezone: true }).notNull(),
    yearFrom: timestamp('year_from', { withTimezone: true }).notNull(),
    priorFrom: timestamp('prior_from', { withTimezone: true }).notNull(),
  },
  (t) => [check('purchase_facts_state_one_row', sql`${t.id} = 1`)],
);

/**
 * Purchases were loaded in bulk (the demo company, an import of orders) and the analysis should be
 * made again now, not at the next daily run. Written in the loader's transaction; an analysis run
 * as of today deletes the requests it sees in its own transaction, so a request stays until a run
 * that includes its purchases has committed (src/analytics/analysis-requests.ts).
 */
export const analysisRequests = pgTable('analysis_requests', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  /** What loaded the purchases: 'demo' or 'import'. */
  reason: text('reason').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
