import { type SQL, sql } from 'drizzle-orm';
import { businessTimeZone } from '../config.ts';
import type { Executor } from '../db/client.ts';
import {
  customerPyramidTiers,
  customers,
  orderLines,
  orders,
  type PyramidIndicator,
  products,
  pyramidIndicators,
  valuePyramids,
} from '../db/schema/index.ts';
import type { AnalysisSettings } from './settings.ts';

/**
 * The value indicators of every customer as of a day, each normalised to its percentile rank
 * (0 = lowest, 1 = highest) among the customers who have it; a customer without a value (no known
 * costs, no potential score) has no rank for it, which is not the same as the lowest.
 */
export async function rankIndicators(db: Executor, asOf: string, settings: AnalysisSettings) {
  await db.execute(sql`DROP TABLE IF EXISTS run_indicators`);
  await db.execute(sql`
    CREATE TEMP TABLE run_indicators ON COMMIT DROP AS
    WITH params AS (
      SELECT ((${asOf}::date + 1)::timestamp AT TIME ZONE ${businessTimeZone}) AS cutoff,
             (${settings.windowStart ?? null}::date::timestamp AT TIME ZONE ${businessTimeZone}) AS window_from
    ),
    paid AS (
      SELECT o.*, (p.window_from IS NULL OR o.ordered_at >= p.window_from) AS in_window, p.cutoff
      FROM ${orders} o CROSS JOIN params p WHERE o.status = 'paid' AND o.ordered_at < p.cutoff
    ),
    totals AS (
      SELECT customer_id,
             sum(total) FILTER (WHERE in_window) AS revenue,
             sum(amount_collected) FILTER (WHERE in_window) AS collected,
             count(*) FILTER (WHERE in_window) AS orders,
             coalesce(sum(total) FILTER (WHERE ordered_at >= cutoff - interval '365 days'), 0)
               - coalesce(sum(total) FILTER (WHERE ordered_at >= cutoff - interval '730 days' AND ordered_at < cutoff - interval '365 days'), 0) AS growth,
             extract(epoch FROM max(cutoff) - min(ordered_at)) / 86400 AS tenure
      FROM paid GROUP BY customer_id
    ),
    profits AS (
      SELECT paid.customer_id, sum(l.quantity * (l.unit_price - coalesce(l.unit_cost, pr.unit_cost))) AS profit
      FROM paid JOIN ${orderLines} l ON l.order_id = paid.id LEFT JOIN ${products} pr ON pr.id = l.product_id
      WHERE paid.in_window AND coalesce(l.unit_cost, pr.unit_cost) IS NOT NULL
      GROUP BY paid.customer_id
    ),
    raw AS (
      SELECT c.id AS customer_id, coalesce(t.revenue, 0) AS revenue, pf.profit, coalesce(t.collected, 0) AS collected,
             coalesce(t.orders, 0) AS orders, coalesce(t.growth, 0) AS growth, coalesce(t.tenure, 0) AS tenure,
             c.potential_score::numeric AS potential
      FROM ${customers} c LEFT JOIN totals t ON t.customer_id = c.id LEFT JOIN profits pf ON pf.customer_id = c.id
    )
    SELECT customer_id, ${sql.join(
      pyramidIndicators.map(
        (name) =>
          sql`CASE WHEN ${sql.raw(name)} IS NULL THEN NULL
                   ELSE percent_rank() OVER (PARTITION BY ${sql.raw(name)} IS NULL ORDER BY ${sql.raw(name)}) END AS ${sql.raw(name)}`,
      ),
      sql`, `,
    )}
    FROM raw`);
}

/** Σ weight × rank over the indicators the customer has, ÷ Σ of those weights (0 when none). */
function weightedRank(weights: Partial<Record<PyramidIndicator, number>>, prefix = ''): SQL {
  const used = pyramidIndicators.filter((name) => (weights[name] ?? 0) > 0);
  if (!used.length) return sql`0::numeric`;
  const part = (name: PyramidIndicator, value: SQL) => sql`${weights[name]!}::numeric * ${value}`;
  const numerator = sql.join(
    used.map((name) => part(name, sql`coalesce(${sql.raw(name)}, 0)`)),
    sql` + `,
  );
  const denominator = sql.join(
    used.map((name) => part(name, sql`(${sql.raw(prefix + name)} IS NOT NULL)::int`)),
    sql` + `,
  );
  return sql`coalesce((${numerator}) / nullif(${denominator}, 0), 0)::numeric`;
}

/** Cuts every pyramid into its tiers by composite value, top first; ties share a tier. */
export async function placeInPyramids(db: Executor, runId: string) {
  const pyramids = await db.select().from(valuePyramids);
  for (const pyramid of pyramids) {
    let cumulative = 0;
    const bounds = pyramid.tiers.map((share) => (cumulative += share));
    const tierOf = sql.join(
      bounds
        .slice(0, -1)
        .map((bound, i) => sql`WHEN position <= ${bound}::numeric + 1e-9 THEN ${sql.raw(String(i + 1))}`),
      sql` `,
    );
    await db.execute(sql`
      INSERT INTO ${customerPyramidTiers} (run_id, pyramid_id, customer_id, composite, tier)
      SELECT ${runId}::uuid, ${pyramid.id}::uuid, customer_id, round(composite, 6),
             CASE ${tierOf} ELSE ${sql.raw(String(bounds.length))} END
      FROM (
        SELECT customer_id, composite, rank() OVER (ORDER BY composite DESC)::numeric / count(*) OVER () AS position
        FROM (SELECT customer_id, ${weightedRank(pyramid.weights)} AS composite FROM run_indicators) composites
      ) positioned`);
  }
}

/**
 * The value scorecard (客户价值计分卡), as columns over `run_indicators ri`: realised value = the
 * mean of the financial (revenue, profit) and sales (orders, collected) ranks; potential value =
 * the mean of the customer ranks (revenue growth, the manual potential score). Service indicators
 * are not recorded yet: they are left out of the weights, not counted as zero. Quadrants split
 * both at 0.5.
 */
export function scorecardColumns(): { realised: SQL; potential: SQL; quadrant: SQL } {
  const mean = (names: PyramidIndicator[]) => weightedRank(Object.fromEntries(names.map((n) => [n, 1])), 'ri.');
  const realised = sql`((${mean(['revenue', 'profit'])} + ${mean(['orders', 'collected'])}) / 2)`;
  const potential = sql`(CASE WHEN ri.growth IS NULL AND ri.potential IS NULL THEN NULL ELSE ${mean(['growth', 'potential'])} END)`;
  const quadrant = sql`CASE WHEN ${potential} IS NULL THEN 'unknown'
                            WHEN ${realised} >= 0.5 AND ${potential} >= 0.5 THEN 'key'
                            WHEN ${realised} >= 0.5 THEN 'maintain'
                            WHEN ${potential} >= 0.5 THEN 'develop'
                            ELSE 'minor' END`;
  return { realised: sql`round(${realised}, 4)`, potential: sql`round(${potential}, 4)`, quadrant };
}
