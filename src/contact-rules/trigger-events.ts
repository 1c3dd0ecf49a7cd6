import { type SQL, sql } from 'drizzle-orm';
import { businessTimeZone } from '../config.ts';
import { watchListCondition } from '../customers/index.ts';
import {
  analysisRuns,
  type contactRules,
  customerScores,
  customers,
  interactions,
  orders,
} from '../db/schema/index.ts';

export type ContactRule = typeof contactRules.$inferSelect;

/**
 * The trigger events of a rule whose action time (event + delay) falls in the pass's window
 * (asOf − horizon, asOf]: rows of `customer_id, event_key, event_at, action_at, order_ref, days, value`.
 * The event key names the event itself (an order, a last purchase, a run's change), so a later
 * pass finds the same key and `rule_firings` keeps it from acting twice.
 */
export function triggerEvents(rule: ContactRule, asOf: Date): SQL {
  const delay = sql`make_interval(days => ${rule.delayDays})`;
  const now = sql`${asOf.toISOString()}::timestamptz`;
  const windowStart = sql`(${now} - make_interval(days => ${rule.horizonDays}))`;
  /** `at` + delay + extra in (windowStart, now], written so that an index on `at` can be used. */
  const actionDue = (at: SQL, extra: SQL = sql`interval '0'`) =>
    sql`${at} <= ${now} - ${delay} - ${extra} AND ${at} > ${windowStart} - ${delay} - ${extra}`;

  switch (rule.trigger) {
    case 'order_placed':
      return sql`
        SELECT o.customer_id, 'order:' || o.id AS event_key, o.ordered_at AS event_at, o.ordered_at + ${delay} AS action_at,
               o.external_id AS order_ref, NULL::int AS days, NULL::text AS value
        FROM ${orders} o
        WHERE o.status = 'paid' AND ${actionDue(sql`o.ordered_at`)}`;

    case 'no_purchase': {
      const quiet = sql`make_interval(days => ${rule.days ?? 0})`;
      // The paid orders in the window that no later paid order (up to asOf) follows: each customer's
      // last purchase when it falls in the window (of orders at the same moment, the greatest id).
      // Reads the window's orders by orders_ordered_at_idx and probes orders_customer_idx once for
      // each, instead of aggregating every order on every pass.
      return sql`
        SELECT o.customer_id, 'no_purchase:' || o.customer_id || ':' || o.ordered_at AS event_key,
               o.ordered_at AS event_at, o.ordered_at + ${quiet} + ${delay} AS action_at,
               NULL::text AS order_ref, ${rule.days ?? 0}::int AS days, NULL::text AS value
        FROM ${orders} o
        WHERE o.status = 'paid' AND ${actionDue(sql`o.ordered_at`, quiet)}
          AND NOT EXISTS (SELECT 1 FROM ${orders} later
                          WHERE later.customer_id = o.customer_id AND later.status = 'paid'
                            AND later.ordered_at >= o.ordered_at AND later.ordered_at <= ${now}
                            AND (later.ordered_at > o.ordered_at OR later.id > o.id))`;
    }

    case 'no_interaction': {
      const quiet = sql`make_interval(days => ${rule.days ?? 0})`;
      return sql`
        SELECT q.customer_id, 'no_interaction:' || q.customer_id || ':' || q.last_at AS event_key,
               q.last_at AS event_at, q.last_at + ${quiet} + ${delay} AS action_at,
               NULL::text AS order_ref, ${rule.days ?? 0}::int AS days, NULL::text AS value
        FROM (SELECT c.id AS customer_id,
                     coalesce((SELECT max(i.occurred_at) FROM ${interactions} i
                               WHERE i.customer_id = c.id AND i.occurred_at <= ${now}), c.created_at) AS last_at
              FROM ${customers} c) q
        WHERE ${actionDue(sql`q.last_at`, quiet)}`;
    }

    case 'spend_drop': {
      // The drop as seen `delay` days ago; at most one event per customer every 90 days.
      const seenAt = sql`(${now} - ${delay})`;
      return sql`
        SELECT ${customers.id} AS customer_id, 'spend_drop:' || ${customers.id} || ':' || ${seenAt}::date AS event_key,
               ${seenAt} AS event_at, ${now} AS action_at, NULL::text AS order_ref, NULL::int AS days, NULL::text AS value
        FROM ${customers}
        WHERE ${watchListCondition('spend_drop', seenAt)}
          AND NOT EXISTS (SELECT 1 FROM rule_firings f WHERE f.rule_id = ${rule.id} AND f.customer_id = ${customers.id}
                          AND f.event_at > ${seenAt} - interval '90 days')`;
    }

    case 'entered_segment':
    case 'entered_stage': {
      const column = sql.raw(rule.trigger === 'entered_segment' ? 'rfm_segment' : 'loyalty_stage');
      // A run's changes happen at the start of its as-of day (business time zone): a run of past
      // history (analyze --as-of 2020-01-01) lies outside any current window.
      const runDay = sql`(r.as_of::timestamp AT TIME ZONE ${businessTimeZone})`;
      return sql`
        SELECT cur.customer_id, ${rule.trigger} || ':' || r.id || ':' || cur.customer_id AS event_key,
               ${runDay} AS event_at, ${runDay} + ${delay} AS action_at,
               NULL::text AS order_ref, NULL::int AS days, cur.${column} AS value
        FROM ${analysisRuns} r
        CROSS JOIN LATERAL (SELECT p.id FROM ${analysisRuns} p
                            WHERE (p.as_of, p.created_at) < (r.as_of, r.created_at)
                            ORDER BY p.as_of DESC, p.created_at DESC LIMIT 1) prev
        JOIN ${customerScores} cur ON cur.run_id = r.id AND cur.${column} = ${rule.enteredValue}
        LEFT JOIN ${customerScores} before ON before.run_id = prev.id AND before.customer_id = cur.customer_id
        WHERE ${actionDue(runDay)}
          AND before.${column} IS DISTINCT FROM ${rule.enteredValue}
          ${rule.fromValue ? sql`AND before.${column} = ${rule.fromValue}` : sql``}`;
    }
  }
}
