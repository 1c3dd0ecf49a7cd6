import { type SQL, sql } from 'drizzle-orm';

/*
 * Revenue concentration (二八理论): the share of revenue brought by the top 20% of buyers, rounded up.
 * Defined here once, for the run summary (over a run's window) and the loyalty measures (over a period).
 */

/**
 * A buyer, for the concentration: a customer with positive revenue over the span. One whose paid
 * orders are all zero-amount brought no revenue and is not a buyer (nor is one with negative revenue).
 */
export const isBuyer = (revenue: SQL) => sql`(${revenue} > 0)`;

/**
 * Whether a row (one customer and its revenue) is among the top 20% of the buyers of its partition
 * (all rows without one), rounded up: a window expression, to be aggregated by `topFifthShare` in an
 * outer query. Buyers sort first by revenue descending, so their row number is their rank among buyers;
 * equal revenue at the boundary makes no difference to the sum.
 */
export function inTopFifth(revenue: SQL, partition?: SQL): SQL {
  const over = partition ? sql`PARTITION BY ${partition}` : sql``;
  return sql`(${isBuyer(revenue)}
    AND row_number() OVER (${over} ORDER BY ${revenue} DESC NULLS LAST)
        <= ceil(count(*) FILTER (WHERE ${isBuyer(revenue)}) OVER (${over}) * 0.2))`;
}

/** The top fifth's revenue ÷ all buyers' revenue (NULL without buyers), over rows flagged by `inTopFifth`. */
export const topFifthShare = (revenue: SQL, inTop: SQL) =>
  sql`(sum(${revenue}) FILTER (WHERE ${inTop}) / nullif(sum(${revenue}) FILTER (WHERE ${isBuyer(revenue)}), 0))`;

/** The number of buyers, over the same rows. */
export const buyerCount = (revenue: SQL) => sql`count(*) FILTER (WHERE ${isBuyer(revenue)})`;
