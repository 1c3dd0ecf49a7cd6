import { type SQL, sql } from 'drizzle-orm';
import type { Caller } from '../auth/index.ts';
import { businessTimeZone } from '../config.ts';
import { visibleTo } from '../customers/index.ts';
import { type Db, selectRows } from '../db/client.ts';
import { customers, orders, users } from '../db/schema/index.ts';
import { inTopFifth, topFifthShare } from './concentration.ts';
import { summedCurrencies } from './currencies.ts';

interface MeasureRow {
  owner_id: string | null;
  owner_name: string | null;
  is_total: boolean;
  customer_base: number;
  new_customers: number;
  new_retained: number;
  clients_at_start: number;
  clients_retained: number;
  active_before: number;
  churned: number;
  repeat_buyers: number;
  orders: number;
  revenue: string;
  top_fifth_share: string | null;
  wallet_revenue: string | null;
  wallet_estimate: string | null;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * The loyalty measures of a period (测量顾客忠诚度的指标), overall and per relationship manager.
 * Definitions in docs/analytics.md; `from` and `to` are days in the business's time zone.
 */
export async function loyaltyMeasures(options: {
  db: Db;
  actor: Caller;
  from: string;
  to: string;
  clientMinPurchases?: number;
  clientWindowDays?: number;
}) {
  const { db, actor, from, to } = options;
  const scope: SQL | undefined = visibleTo(actor);
  const [currencies, rows] = await Promise.all([
    summedCurrencies(db, { actor, from, to }),
    selectRows<MeasureRow>(
      db,
      sql`WITH span AS (
          SELECT (${from}::date::timestamp AT TIME ZONE ${businessTimeZone}) AS from_ts,
                 ((${to}::date + 1)::timestamp AT TIME ZONE ${businessTimeZone}) AS to_ts
        ),
        per_customer AS (
          SELECT ${customers.id} AS id, ${customers.ownerId} AS owner_id, ${customers.walletEstimate} AS wallet_estimate,
                 min(o.ordered_at) AS first_at,
                 count(*) FILTER (WHERE o.ordered_at >= s.from_ts) AS period_orders,
                 coalesce(sum(o.total) FILTER (WHERE o.ordered_at >= s.from_ts), 0) AS period_revenue,
                 count(*) FILTER (WHERE o.ordered_at >= s.from_ts - interval '365 days' AND o.ordered_at < s.from_ts) AS prior_year_orders,
                 count(*) FILTER (WHERE o.ordered_at >= s.from_ts - make_interval(days => ${options.clientWindowDays ?? 365})
                                    AND o.ordered_at < s.from_ts) AS client_window_orders
          FROM ${customers} JOIN ${orders} o ON o.customer_id = ${customers.id} CROSS JOIN span s
          WHERE o.status = 'paid' AND o.ordered_at < s.to_ts ${scope ? sql`AND ${scope}` : sql``}
          GROUP BY 1, 2, 3
        ),
        flagged AS (
          SELECT p.*, p.first_at >= s.from_ts AS is_new, p.period_orders > 0 AS active,
                 ${inTopFifth(sql`p.period_revenue`)} AS top_all,
                 ${inTopFifth(sql`p.period_revenue`, sql`p.owner_id`)} AS top_owner
          FROM per_customer p CROSS JOIN span s
        )
        SELECT f.owner_id, ${users.name} AS owner_name, GROUPING(f.owner_id) = 1 AS is_total,
               count(*) FILTER (WHERE f.active)::int AS customer_base,
               count(*) FILTER (WHERE f.is_new)::int AS new_customers,
               count(*) FILTER (WHERE f.is_new AND f.period_orders >= 2)::int AS new_retained,
               count(*) FILTER (WHERE f.client_window_orders >= ${options.clientMinPurchases ?? 4})::int AS clients_at_start,
               count(*) FILTER (WHERE f.client_window_orders >= ${options.clientMinPurchases ?? 4} AND f.active)::int AS clients_retained,
               count(*) FILTER (WHERE f.prior_year_orders > 0)::int AS active_before,
               count(*) FILTER (WHERE f.prior_year_orders > 0 AND NOT f.active)::int AS churned,
               count(*) FILTER (WHERE f.period_orders >= 2)::int AS repeat_buyers,
               coalesce(sum(f.period_orders), 0)::int AS orders,
               coalesce(sum(f.period_revenue), 0)::text AS revenue,
               CASE WHEN GROUPING(f.owner_id) = 1
                    THEN ${topFifthShare(sql`f.period_revenue`, sql`f.top_all`)}
                    ELSE ${topFifthShare(sql`f.period_revenue`, sql`f.top_owner`)} END::text AS top_fifth_share,
               sum(f.period_revenue) FILTER (WHERE f.active AND f.wallet_estimate IS NOT NULL)::text AS wallet_revenue,
               sum(f.wallet_estimate) FILTER (WHERE f.active AND f.wallet_estimate IS NOT NULL)::text AS wallet_estimate
        FROM flagged f LEFT JOIN ${users} ON ${users.id} = f.owner_id
        GROUP BY GROUPING SETS ((), (f.owner_id, ${users.name}))
        ORDER BY is_total DESC, owner_name`,
    ),
  ]);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  const months = days / (365.25 / 12);
  const describe = (row: MeasureRow) => {
    const revenue = Number(row.revenue);
    return {
      customerBase: row.customer_base,
      newCustomers: row.new_customers,
      newCustomersPerMonth: row.new_customers / months,
      newCustomerRetentionRate: ratio(row.new_retained, row.new_customers),
      clientRetentionRate: ratio(row.clients_retained, row.clients_at_start),
      churnRate: ratio(row.churned, row.active_before),
      repeatPurchaseRate: ratio(row.repeat_buyers, row.customer_base),
      purchasesPerCustomerPerYear: row.customer_base ? (row.orders / row.customer_base) * (365 / days) : null,
      averageOrderValue: row.orders ? (revenue / row.orders).toFixed(2) : null,
      orders: row.orders,
      revenue: row.revenue,
      revenueConcentration: row.top_fifth_share === null ? null : Number(row.top_fifth_share),
      shareOfWallet:
        row.wallet_estimate && Number(row.wallet_estimate) > 0
          ? Number(row.wallet_revenue) / ((Number(row.wallet_estimate) * days) / 365)
          : null,
    };
  };
  const [total, ...perOwner] = rows;
  return {
    from,
    to,
    currencies,
    overall: total ? describe(total) : null,
    byRelationshipManager: perOwner.map((row) => ({
      ownerId: row.owner_id,
      ownerName: row.owner_name,
      ...describe(row),
    })),
  };
}
