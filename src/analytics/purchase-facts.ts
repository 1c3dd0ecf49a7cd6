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

/** Customers whose facts differ between the kept cutoff and the run's (a relation of customer_id). */
const touchedCustomers = (asOf: string) => sql`
  SELECT DISTINCT o.customer_id
  FROM ${purchaseFactsState} s CROSS JOIN (${runBounds(asOf)}) b
  JOIN ${orders} o ON o.status = 'paid' AND (
       (o.ordered_at >= least(s.cutoff, b.cutoff) AND o.ordered_at < greatest(s.cutoff, b.cutoff))
    OR (o.ordered_at >= least(s.year_from, b.year_from) AND o.ordered_at < greatest(s.year_from, b.year_from))
    OR (o.ordered_at >= least(s.prior_from, b.prior_from) AND o.ordered_at < greatest(s.prior_from, b.prior_from)))`;

const factColumns = sql`customer_id, purchases, first_at, last_at, last_at AS window_last_at, purchases AS frequency,
  revenue AS monetary, collected, profit, year_purchases AS recent_purchases, year_revenue - prior_revenue AS growth`;

/**
 * Moves the kept facts to the run's cutoff, recomputing the customers in between. In its own short
 * transaction: it holds the state row, so order writes (whose triggers read it) wait for it.
 */
export async function rollPurchaseFacts(db: Executor, asOf: string) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT 1 FROM ${purchaseFactsState} WHERE id = 1 FOR UPDATE`);
    await tx.execute(sql`DROP TABLE IF EXISTS purchase_facts_touched`);
    await tx.execute(sql`CREATE TEMP TABLE purchase_facts_touched ON COMMIT DROP AS ${touchedCustomers(asOf)}`);
    await tx.execute(sql`
      UPDATE ${purchaseFactsState} s SET cutoff = b.cutoff, year_from = b.year_from, prior_from = b.prior_from
      FROM (${runBounds(asOf)}) b
      WHERE (s.cutoff, s.year_from, s.prior_from) IS DISTINCT FROM (b.cutoff, b.year_from, b.prior_from)`);
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
  // Held until the run commits, so no roll moves the cutoff between this check and the run's insert.
  const [state] = await selectRows<{ customers: number }>(
    db,
    sql`SELECT greatest(c.reltuples, 0)::int AS customers
        FROM ${purchaseFactsState} s, pg_class c WHERE s.id = 1 AND c.oid = 'customer_purchase_facts'::regclass
        FOR KEY SHARE OF s`,
  );
  if (!state) return undefined;
  const [{ touched }] = await selectRows<{ touched: number }>(
    db,
    sql`SELECT count(*)::int AS touched FROM (${touchedCustomers(asOf)}) t`,
  );
  if (touched === 0) return sql`SELECT ${factColumns} FROM ${customerPurchaseFacts}`;
  if (touched > Math.max(10_000, state.customers * 0.2)) return undefined;
  return sql`
    WITH touched AS (${touchedCustomers(asOf)})
    SELECT ${factColumns} FROM ${customerPurchaseFacts} f
    WHERE NOT EXISTS (SELECT 1 FROM touched t WHERE t.customer_id = f.customer_id)
    UNION ALL
    SELECT ${factColumns}
    FROM (${runBounds(asOf)}) b
    CROSS JOIN LATERAL guanxi_purchase_facts(b.cutoff, b.year_from, b.prior_from, ARRAY(SELECT customer_id FROM touched)) n`;
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
