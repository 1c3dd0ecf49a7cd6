import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Caller } from '../auth/index.ts';
import { businessTimeZone } from '../config.ts';
import { visibleTo } from '../customers/index.ts';
import { type Db, selectRows } from '../db/client.ts';
import { customerScores, customers, orders } from '../db/schema/index.ts';
import { businessToday, checkAsOf, getRun } from './analytics.service.ts';

/** `AND <the actor's customers>` for queries that join `customers`. */
const scopeOf = (actor: Caller): SQL => {
  const condition = visibleTo(actor);
  return condition ? sql`AND ${condition}` : sql``;
};

const dimensions = { segment: 'rfm_segment', class: 'abc_class', stage: 'loyalty_stage' } as const;
export type Dimension = keyof typeof dimensions;

/** Who moved from which segment (or class, or stage) in one run to which in another. */
export async function migrationMatrix(options: {
  db: Db;
  actor: Caller;
  fromRunId: string;
  toRunId: string;
  by: Dimension;
}) {
  const { db, actor, by } = options;
  const [from, to] = [await getRun(db, options.fromRunId), await getRun(db, options.toRunId)];
  const column = sql.raw(dimensions[by]);
  const cells = await selectRows<{ from: string; to: string; customers: number }>(
    db,
    sql`SELECT a.${column}::text AS "from", b.${column}::text AS "to", count(*)::int AS customers
        FROM ${customerScores} a
        JOIN ${customerScores} b ON b.customer_id = a.customer_id AND b.run_id = ${to.id}
        JOIN ${customers} ON ${customers.id} = a.customer_id
        WHERE a.run_id = ${from.id} ${scopeOf(actor)}
        GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  return { from, to, by, cells };
}

/** The cohorts report's query: the first cohort's month, how many cohorts, and the day it is as of. */
export const cohortQuery = z.object({
  from: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2025-01'),
  months: z.coerce.number().int().min(1).max(120).default(12),
  asOf: z.iso.date({ message: 'must be a date like 2025-12-31' }).optional(),
});

export const cohortReportSchema = z.object({
  fromMonth: z.string(),
  months: z.number(),
  /** The day the report is as of (YYYY-MM-DD): purchases after it do not count. */
  asOf: z.string(),
  /** The as-of month (YYYY-MM) when the as-of day is not its last: still in progress. */
  partialMonth: z.string().nullable(),
  cohorts: z.array(z.object({ cohort: z.string(), size: z.number(), retention: z.array(z.number()) })),
});

/** Whole months from `from` to `to` (YYYY-MM…). */
const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

/**
 * Cohort retention as of a day (default: today in the business's time zone): customers grouped by
 * the month of their first paid purchase, and for every month from it up to the as-of month the
 * share of the cohort that bought in it, 0 where nobody did. The as-of month is partial unless the
 * as-of day is its last.
 */
export async function cohortRetention(options: {
  db: Db;
  actor: Caller;
  fromMonth: string;
  months: number;
  asOf?: string;
}) {
  const { db, actor, fromMonth, months } = options;
  const asOf = options.asOf ?? businessToday();
  checkAsOf(asOf);
  const rows = await selectRows<{ cohort: string; size: number; offset: number; buyers: number }>(
    db,
    sql`WITH purchases AS (
          SELECT o.customer_id, date_trunc('month', o.ordered_at AT TIME ZONE ${businessTimeZone})::date AS month
          FROM ${orders} o JOIN ${customers} ON ${customers.id} = o.customer_id
          WHERE o.status = 'paid' ${scopeOf(actor)}
            AND o.ordered_at < ((${asOf}::date + 1)::timestamp AT TIME ZONE ${businessTimeZone})
          GROUP BY 1, 2
        ),
        firsts AS (SELECT customer_id, min(month) AS cohort FROM purchases GROUP BY 1),
        cohorts AS (
          SELECT cohort, count(*)::int AS size FROM firsts
          WHERE cohort >= ${`${fromMonth}-01`}::date AND cohort < ${`${fromMonth}-01`}::date + make_interval(months => ${months})
          GROUP BY 1
        )
        SELECT to_char(c.cohort, 'YYYY-MM') AS cohort, c.size,
               ((extract(year FROM p.month) - extract(year FROM c.cohort)) * 12
                 + extract(month FROM p.month) - extract(month FROM c.cohort))::int AS "offset",
               count(DISTINCT p.customer_id)::int AS buyers
        FROM cohorts c
        JOIN firsts f ON f.cohort = c.cohort
        JOIN purchases p ON p.customer_id = f.customer_id
        GROUP BY 1, 2, 3 ORDER BY 1, 3`,
  );
  const cohorts = new Map<string, { cohort: string; size: number; retention: number[] }>();
  for (const row of rows) {
    let cohort = cohorts.get(row.cohort);
    if (!cohort) {
      cohort = { cohort: row.cohort, size: row.size, retention: Array(monthsBetween(row.cohort, asOf) + 1).fill(0) };
      cohorts.set(row.cohort, cohort);
    }
    cohort.retention[row.offset] = row.buyers / row.size;
  }
  const nextDay = new Date(`${asOf}T00:00:00Z`);
  nextDay.setUTCDate(nextDay.getUTCDate() + 1);
  const partialMonth = nextDay.toISOString().slice(0, 7) === asOf.slice(0, 7) ? asOf.slice(0, 7) : null;
  return { fromMonth, months, asOf, partialMonth, cohorts: [...cohorts.values()] };
}
