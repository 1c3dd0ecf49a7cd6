import { count, type SQL, sql } from 'drizzle-orm';
import { type Executor, selectRows } from '../db/client.ts';
import { customers } from '../db/schema/index.ts';

/**
 * Up to this many customers the list's total is counted; beyond it, counting would read every
 * matching row (at a million customers, hundreds of milliseconds), so the total is the planner's
 * estimate, marked as not exact ("about"). See docs/search.md for the measurements.
 */
export const countedUpTo = 1000;

export interface ListTotal {
  count: number;
  exact: boolean;
}

/** Two significant digits: an estimate should not look precise. */
const roughly = (value: number) => {
  if (value < 100) return Math.round(value);
  const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / unit) * unit;
};

/**
 * How many customers match the list's conditions. `conditions` are disjoint (the search's branches),
 * so their counts add up.
 */
export async function listTotal(db: Executor, conditions: (SQL | undefined)[]): Promise<ListTotal> {
  const counts = await Promise.all(
    conditions.map(async (where) => {
      const capped = db
        .select({ one: sql`1` })
        .from(customers)
        .where(where)
        .limit(countedUpTo + 1);
      const [row] = await db.select({ n: count() }).from(capped.as('capped'));
      return row.n;
    }),
  );
  const counted = counts.reduce((sum, n) => sum + n, 0);
  if (counts.every((n) => n <= countedUpTo)) return { count: counted, exact: true };
  const estimates = await Promise.all(
    conditions.map(async (where, i) => {
      if (counts[i] <= countedUpTo) return counts[i];
      const query = db.select({ one: sql`1` }).from(customers).where(where).getSQL();
      const [row] = await selectRows<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
        db,
        sql`EXPLAIN (FORMAT JSON) ${query}`,
      );
      return Math.max(countedUpTo + 1, row['QUERY PLAN'][0].Plan['Plan Rows']);
    }),
  );
  return { count: roughly(estimates.reduce((sum, n) => sum + n, 0)), exact: false };
}
