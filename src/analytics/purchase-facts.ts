import { type SQL, sql } from 'drizzle-orm';
import { businessTimeZone } from '../config.ts';
import { type Executor, selectRows } from '../db/client.ts';
import { customerPurchaseFacts, orderLines, orders, products, purchaseFactsState } from '../db/schema/index.ts';
import type { AnalysisSettings } from './settings.ts';

/*
 * Where an analysis run gets each customer's purchase history from. Two sources give the same
 * columns (customer_id, purchases, first_at, last_at, window_last_at, frequency, monetary,
 * collected, profit, recent_purchases, growth) for the customers with paid orders before the cutoff:
 *
 * - `maintainedFacts`: `customer_purchase_facts`, one row per customer kept current by triggers on
 *   orders, order lines and products (migration 0010) as of the cutoff in `purchase_facts_state`.
 *   When the run's cutoff differs from it, the customers with a paid order between the two (or
 *   between the two year boundaries, or the two boundaries a year before) are recomputed from their
 *   orders by the same function the triggers use, `guanxi_purchase_facts`; everyone else's facts
 *   are the same at both cutoffs. Only for runs over all history with the 365-day client window
 *   (the defaults), because those are the windows the facts are kept for.
 * - `factsFromOrders`: the same aggregated from every paid order and line, for any settings.
 */

/** The run's cutoff (the end of `asOf` in the business's time zone) and the year boundaries before it. */
export const runBounds = (asOf: string) => sql`
  SELECT ((${asOf}::date + 1)::timestamp AT TIME ZONE ${businessTimeZone}) AS cutoff,
         ((${asOf}::date + 1)::timestamp AT TIME ZONE ${businessTimeZone}) - interval '365 days' AS year_from,
         ((${asOf}::date + 1)::timestamp AT TIME ZONE ${businessTimeZone}) - interval '730 days' AS prior_from`;

/** Whether the maintained facts can answer a run with these settings. */
export const factsAnswer = (settings: AnalysisSettings) =>
  !settings.windowStart && settings.loyalty.clientWindowDays === 365;

interface Bounds {
  cutoff: string;
  year_from: string;
  prior_from: string;
}

/** The kept cutoff and boundaries and the run's, read exactly (as text with their offsets). */
async function keptAndRunBounds(db: Executor, asOf: string, lock: SQL) {
  const [row] = await selectRows<{ kept: Bounds; run: Bounds; customers: number }>(
    db,
    sql`SELECT json_build_object('cutoff', s.cutoff::text, 'year_from', s.year_from::text, 'prior_from', s.prior_from::text) AS kept,
               json_build_object('cutoff', b.cutoff::text, 'year_from', b.year_from::text, 'prior_from', b.prior_from::text) AS run,
               (SELECT greatest(reltuples, 0)::int FROM pg_class WHERE oid = 'customer_purchase_facts'::regclass) AS customers
        FROM ${purchaseFactsState} s CROSS JOIN (${runBounds(asOf)}) b WHERE s.id = 1 ${lock}`,
  );
  return row;
}

/**
 * Customers whose facts differ between the kept bounds and the run's: those with a paid order
 * between the two cutoffs, or between the two year boundaries, or the two boundaries a year before.
 * The bounds are literals, so each range is an index scan on orders.ordered_at.
 */
const touchedCustomers = (kept: Bounds, run: Bounds) => {
  const ranges = (['cutoff', 'year_from', 'prior_from'] as const).flatMap((key) => {
    const [a, b] = [sql`${kept[key]}::timestamptz`, sql`${run[key]}::timestamptz`];
    return kept[key] === run[key]
      ? []
      : [sql`(o.ordered_at >= least(${a}, ${b}) AND o.ordered_at < greatest(${a}, ${b}))`];
  });
  return sql`SELECT DISTINCT o.customer_id FROM ${orders} o
    WHERE o.status = 'paid' AND (${ranges.length ? sql.join(ranges, sql` OR `) : sql`false`})`;
};

const factColumns = sql`customer_id, purchases, first_at, last_at, last_at AS window_last_at, purchases AS frequency,
  revenue AS monetary, collected, profit, year_purchases AS recent_purchases, year_revenue - prior_revenue AS growth`;

/**
 * Moves the kept facts to the run's cutoff, recomputing the customers in between. In its own short
 * transaction: it holds the state row, so order writes (whose triggers read it) wait for it.
 */
export async function rollPurchaseFacts(db: Executor, asOf: string) {
  await db.transaction(async (tx) => {
    const bounds = await keptAndRunBounds(tx, asOf, sql`FOR UPDATE OF s`);
    if (!bounds) return;
    const { kept, run } = bounds;
    if (kept.cutoff === run.cutoff && kept.year_from === run.year_from && kept.prior_from === run.prior_from) return;
    await tx.execute(sql`DROP TABLE IF EXISTS purchase_facts_touched`);
    await tx.execute(sql`CREATE TEMP TABLE purchase_facts_touched ON COMMIT DROP AS ${touchedCustomers(kept, run)}`);
    await tx.execute(sql`
      UPDATE ${purchaseFactsState} SET cutoff = ${run.cutoff}::timestamptz, year_from = ${run.year_from}::timestamptz,
        prior_from = ${run.prior_from}::timestamptz WHERE id = 1`);
    await tx.execute(
      sql`SELECT guanxi_refresh_purchase_facts(ARRAY(SELECT customer_id FROM purchase_facts_touched ORDER BY 1))`,
    );
  });
}

/**
 * The maintained facts as of the run's cutoff, or undefined when more customers than `limit` would
 * have to be recomputed (then aggregating every order is as quick). Call inside the run's transaction.
 */
export async function maintainedFacts(db: Executor, asOf: string): Promise<SQL | undefined> {
  // FOR KEY SHARE, held until the run commits: no roll moves the kept cutoff before the run's insert has read it.
  const bounds = await keptAndRunBounds(db, asOf, sql`FOR KEY SHARE OF s`);
  if (!bounds) return undefined;
  const { kept, run, customers } = bounds;
  const touched = touchedCustomers(kept, run);
  const [{ count }] = await selectRows<{ count: number }>(db, sql`SELECT count(*)::int AS count FROM (${touched}) t`);
  if (count === 0) return sql`SELECT ${factColumns} FROM ${customerPurchaseFacts}`;
  if (count > Math.max(10_000, customers * 0.2)) return undefined;
  return sql`
    WITH touched AS (${touched})
    SELECT ${factColumns} FROM ${customerPurchaseFacts} f
    WHERE NOT EXISTS (SELECT 1 FROM touched t WHERE t.customer_id = f.customer_id)
    UNION ALL
    SELECT ${factColumns}
    FROM guanxi_purchase_facts(${run.cutoff}::timestamptz, ${run.year_from}::timestamptz, ${run.prior_from}::timestamptz,
                               ARRAY(SELECT customer_id FROM touched)) n`;
}
/** The same columns aggregated from every paid order (and line, for profit) before the cutoff. */
export function factsFromOrders(asOf: string, settings: AnalysisSettings): SQL {
  return sql`
    WITH bounds AS (
      SELECT b.*, (${settings.windowStart ?? null}::date::timestamp AT TIME ZONE ${businessTimeZone}) AS window_from
      FROM (${runBounds(asOf)}) b
    ),
    paid AS (
      SELECT o.id, o.customer_id, o.ordered_at, o.total, o.amount_collected,
             (b.window_from IS NULL OR o.ordered_at >= b.window_from) AS in_window, b.cutoff, b.year_from, b.prior_from
      FROM ${orders} o CROSS JOIN bounds b WHERE o.status = 'paid' AND o.ordered_at < b.cutoff
    ),
    totals AS (
      SELECT customer_id,
             count(*) AS purchases, min(ordered_at) AS first_at, max(ordered_at) AS last_at,
             max(ordered_at) FILTER (WHERE in_window) AS window_last_at,
             count(*) FILTER (WHERE in_window) AS frequency,
             coalesce(sum(total) FILTER (WHERE in_window), 0) AS monetary,
             coalesce(sum(amount_collected) FILTER (WHERE in_window), 0) AS collected,
             count(*) FILTER (WHERE ordered_at >= cutoff - make_interval(days => ${settings.loyalty.clientWindowDays})) AS recent_purchases,
             coalesce(sum(total) FILTER (WHERE ordered_at >= year_from), 0)
               - coalesce(sum(total) FILTER (WHERE ordered_at >= prior_from AND ordered_at < year_from), 0) AS growth
      FROM paid GROUP BY customer_id
    ),
    profits AS (
      SELECT paid.customer_id, sum(l.quantity * (l.unit_price - coalesce(l.unit_cost, pr.unit_cost))) AS profit
      FROM paid JOIN ${orderLines} l ON l.order_id = paid.id LEFT JOIN ${products} pr ON pr.id = l.product_id
      WHERE paid.in_window AND coalesce(l.unit_cost, pr.unit_cost) IS NOT NULL
      GROUP BY paid.customer_id
    )
    SELECT t.customer_id, t.purchases, t.first_at, t.last_at, t.window_last_at, t.frequency, t.monetary, t.collected,
           pf.profit, t.recent_purchases, t.growth
    FROM totals t LEFT JOIN profits pf ON pf.customer_id = t.customer_id`;
}
