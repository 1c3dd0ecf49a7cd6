import { type SQL, sql } from 'drizzle-orm';
import { type Executor, selectRows } from '../db/client.ts';
import { analysisRuns, customerScores, customers, orders } from '../db/schema/index.ts';
import type { RfmSegment, watchLists } from '../shared/domain.ts';

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

/** Why a customer is on a watch-list: the values its condition looked at. */
export type WatchReason =
  | { list: 'spend_drop'; recentRevenue: string; previousRevenue: string }
  | { list: 'lapsed'; daysSincePurchase: number; usualIntervalDays: number }
  | { list: 'newly_at_risk'; segment: RfmSegment; previousSegment: RfmSegment | null };

const ids = (customerIds: string[]) => sql`${`{${customerIds.join(',')}}`}::uuid[]`;
const days = (interval: SQL) => sql`floor(extract(epoch FROM ${interval}) / 86400)::int`;

/** The reasons of the given customers (those of a page of the list) for being on `list`, as of `now`. */
export async function watchReasons(
  db: Executor,
  list: WatchList,
  customerIds: string[],
  now: SQL = sql`now()`,
): Promise<Map<string, WatchReason>> {
  if (!customerIds.length) return new Map();
  switch (list) {
    case 'spend_drop': {
      const rows = await selectRows<{ id: string; recent: string; previous: string }>(
        db,
        sql`SELECT o.customer_id AS id,
                   coalesce(sum(o.total) FILTER (WHERE o.ordered_at >= ${now} - interval '90 days'), 0)::text AS recent,
                   coalesce(sum(o.total) FILTER (WHERE o.ordered_at < ${now} - interval '90 days'), 0)::text AS previous
            FROM ${orders} o
            WHERE o.customer_id = ANY(${ids(customerIds)}) AND o.status = 'paid'
              AND o.ordered_at >= ${now} - interval '180 days' AND o.ordered_at < ${now}
            GROUP BY o.customer_id`,
      );
      return new Map(rows.map((row) => [row.id, { list, recentRevenue: row.recent, previousRevenue: row.previous }]));
    }
    case 'lapsed': {
      const rows = await selectRows<{ id: string; since: number; usual: number }>(
        db,
        sql`SELECT o.customer_id AS id, ${days(sql`${now} - max(o.ordered_at)`)} AS since,
                   ${days(sql`(max(o.ordered_at) - min(o.ordered_at)) / greatest(count(*) - 1, 1)`)} AS usual
            FROM ${orders} o
            WHERE o.customer_id = ANY(${ids(customerIds)}) AND o.status = 'paid' AND o.ordered_at < ${now}
            GROUP BY o.customer_id`,
      );
      return new Map(rows.map((row) => [row.id, { list, daysSincePurchase: row.since, usualIntervalDays: row.usual }]));
    }
    case 'newly_at_risk': {
      const rows = await selectRows<{ id: string; segment: RfmSegment; previous: RfmSegment | null }>(
        db,
        sql`SELECT latest.customer_id AS id, latest.rfm_segment AS segment, previous.rfm_segment AS previous
            FROM ${customerScores} latest
            LEFT JOIN ${customerScores} previous
              ON previous.customer_id = latest.customer_id AND previous.run_id = ${latestRuns(1)}
            WHERE latest.customer_id = ANY(${ids(customerIds)}) AND latest.run_id = ${latestRuns(0)}`,
      );
      return new Map(rows.map((row) => [row.id, { list, segment: row.segment, previousSegment: row.previous }]));
    }
  }
}
