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
 * A count is not even tried when the planner expects this many times the cap: it would reach the
 * cap anyway, after reading at least `countedUpTo` matching rows (for a one-character search through
 * contacts at a million customers, every matching contact: 100–300 ms). See docs/search.md.
 */
const surelyOverCap = 10 * countedUpTo;

/** The planner's estimate of the rows a condition matches (an EXPLAIN: no row is read). */
async function estimate(db: Executor, where: SQL | undefined): Promise<number> {
  const query = db.select({ one: sql`1` }).from(customers).where(where).getSQL();
  const [row] = await selectRows<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
    db,
    sql`EXPLAIN (FORMAT JSON) ${query}`,
  );
  return row['QUERY PLAN'][0].Plan['Plan Rows'];
}

/** Up to `countedUpTo + 1` of the customers a condition matches. */
async function cappedCount(db: Executor, where: SQL | undefined): Promise<number> {
  const capped = db
    .select({ one: sql`1` })
    .from(customers)
    .where(where)
    .limit(countedUpTo + 1);
  const [row] = await db.select({ n: count() }).from(capped.as('capped'));
  return row.n;
}

/**
 * How many customers match the list's conditions. `conditions` are disjoint (the search's branches),
 * so their counts add up. Each is counted up to the cap, unless the planner expects far more; past
 * the cap the total is the planner's estimate, marked as not exact.
 */
export async function listTotal(db: Executor, conditions: (SQL | undefined)[]): Promise<ListTotal> {
  const branches = await Promise.all(
    conditions.map(async (where) => {
      const expected = await estimate(db, where);
      if (expected > surelyOverCap) return { counted: null, expected };
      return { counted: await cappedCount(db, where), expected };
    }),
  );
  if (branches.every(({ counted }) => counted !== null && counted <= countedUpTo))
    return { count: branches.reduce((sum, { counted }) => sum + (counted ?? 0), 0), exact: true };
  const sum = branches.reduce(
    (total, { counted, expected }) =>
      total + (counted !== null && counted <= countedUpTo ? counted : Math.max(countedUpTo + 1, expected)),
    0,
  );
  return { count: roughly(sum), exact: false };
}
