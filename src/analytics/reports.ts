import { type SQL, sql } from 'drizzle-orm';
import type { Caller } from '../auth/index.ts';
import { businessTimeZone } from '../config.ts';
import { visibleTo } from '../customers/index.ts';
import { type Db, selectRows } from '../db/client.ts';
import { customerScores, customers, orders } from '../db/schema/index.ts';
import { getRun } from './analytics.service.ts';

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

/**
 * Cohort retention: customers grouped by the month of their first paid purchase, and for each
 * following month the share of the cohort that bought in it.
 */
export async function cohortRetention(options: { db: Db; actor: Caller; fromMonth: string; months: number }) {
  const { db, actor, fromMonth, months } = options;
  const rows = await selectRows<{ cohort: string; size: number; offset: number; buyers: number }>(
    db,
    sql`WITH purchases AS (
          SELECT o.customer_id, date_trunc('month', o.ordered_at AT TIME ZONE ${businessTimeZone})::date AS month
          FROM ${orders} o JOIN ${customers} ON ${customers.id} = o.customer_id
          WHERE o.status = 'paid' ${scopeOf(actor)}
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
    const cohort = cohorts.get(row.cohort) ?? { cohort: row.cohort, size: row.size, retention: [] };
    for (let i = cohort.retention.length; i < row.offset; i++) cohort.retention.push(0);
    cohort.retention.push(row.buyers / row.size);
    cohorts.set(row.cohort, cohort);
  }
  return { fromMonth, months, cohorts: [...cohorts.values()] };
}
