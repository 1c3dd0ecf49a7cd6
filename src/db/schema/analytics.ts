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
import { customers } from './customers.ts';
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

/** Each customer's scores in a run: RFM, ABC class and loyalty-ladder stage. */
export const customerScores = pgTable(
  'customer_scores',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => analysisRuns.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
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
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.customerId] }),
    index('customer_scores_segment_idx').on(t.runId, t.rfmSegment),
    index('customer_scores_customer_idx').on(t.customerId, t.runId),
  ],
);
