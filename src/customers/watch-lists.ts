import { type SQL, sql } from 'drizzle-orm';
import { analysisRuns, customerScores, customers, orders } from '../db/schema/index.ts';
import type { watchLists } from '../shared/domain.ts';

export type WatchList = (typeof watchLists)[number];

/** How far spend must fall, last 90 days against the 90 before, to be on the `spend_drop` list. */
export const spendDropShare = Number(process.env.GUANXI_SPEND_DROP_SHARE || 0.5);

const latestRuns = (offset: number) =>
  sql`(SELECT id FROM ${analysisRuns} ORDER BY as_of DESC, created_at DESC LIMIT 1 OFFSET ${offset})`;

/**
 * The watch-lists the texts ask for, as conditions on `customers`:
 * (as of `now`, the present unless given)
 * - spend_drop: paid revenue in the last 90 days fell by more than `spendDropShare` against the 90 before;
 * - lapsed: no purchase for more than twice the customer's usual interval between purchases;
 * - newly_at_risk: at risk or can't-lose-them in the latest analysis run, and not in the run before.
 */
export function watchListCondition(list: WatchList, now: SQL = sql`now()`): SQL {
  switch (list) {
    case 'spend_drop':
      return sql`EXISTS (
        SELECT 1 FROM ${orders} o
        WHERE o.customer_id = ${customers.id} AND o.status = 'paid'
          AND o.ordered_at >= ${now} - interval '180 days' AND o.ordered_at < ${now}
        HAVING coalesce(sum(o.total) FILTER (WHERE o.ordered_at < ${now} - interval '90 days'), 0) > 0
           AND coalesce(sum(o.total) FILTER (WHERE o.ordered_at >= ${now} - interval '90 days'), 0)
               < (1 - ${spendDropShare}::numeric) * sum(o.total) FILTER (WHERE o.ordered_at < ${now} - interval '90 days'))`;
    case 'lapsed':
      return sql`EXISTS (
        SELECT 1 FROM ${orders} o
        WHERE o.customer_id = ${customers.id} AND o.status = 'paid'
          AND o.ordered_at < ${now}
        HAVING count(*) >= 2
           AND ${now} - max(o.ordered_at) > 2 * (max(o.ordered_at) - min(o.ordered_at)) / (count(*) - 1))`;
    case 'newly_at_risk':
      return sql`EXISTS (
        SELECT 1 FROM ${customerScores} latest
        WHERE latest.customer_id = ${customers.id} AND latest.run_id = ${latestRuns(0)}
          AND latest.rfm_segment IN ('at_risk', 'cant_lose_them')
          AND NOT EXISTS (
            SELECT 1 FROM ${customerScores} previous
            WHERE previous.customer_id = ${customers.id} AND previous.run_id = ${latestRuns(1)}
              AND previous.rfm_segment IN ('at_risk', 'cant_lose_them')))`;
  }
}
