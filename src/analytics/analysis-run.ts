import { sql } from 'drizzle-orm';
import { businessTimeZone } from '../config.ts';
import type { Executor } from '../db/client.ts';
import { customerScores, customers, orders } from '../db/schema/index.ts';
import { type AnalysisSettings, expandSegmentRules } from './settings.ts';
import { scorecardColumns } from './value-scores.ts';

/**
 * Scores every customer as of the end of `asOf` (a day in the business's time zone) in one
 * INSERT … SELECT: the database does the work, nothing is loaded into Node.
 *
 * - RFM over paid orders in the window: recency in days since the last purchase, frequency in
 *   orders, monetary in revenue. Scores 1–5 against the 20/40/60/80% quantiles (percentile_cont)
 *   of the buyers' values: a score is 1 + the number of cut points the value beats, so equal values
 *   always score the same; for recency, beating means being more recent.
 * - ABC: buyers ranked by revenue; the share of revenue of everyone strictly above decides
 *   (A below `a`, B below `b`, else C); D for no revenue. Equal revenue, equal class.
 * - Loyalty ladder over all history up to `asOf` (see docs/analytics.md).
 * - The value scorecard, from the ranks in `run_indicators` (rankIndicators runs first).
 */
export async function scoreCustomers(db: Executor, runId: string, asOf: string, settings: AnalysisSettings) {
  const cells = Object.entries(expandSegmentRules(settings.segmentRules));
  const segmentMap = sql.join(
    cells.map(([cell, segment]) => sql`(${cell}, ${segment})`),
    sql`, `,
  );
  const { loyalty, abc } = settings;
  const card = scorecardColumns();
  await db.execute(sql`
    WITH params AS (
      SELECT ${asOf}::date AS as_of,
             ((${asOf}::date + 1)::timestamp AT TIME ZONE ${businessTimeZone}) AS cutoff,
             (${settings.windowStart ?? null}::date::timestamp AT TIME ZONE ${businessTimeZone}) AS window_from
    ),
    history AS (
      SELECT o.customer_id,
             count(*) AS purchases,
             min(o.ordered_at) AS first_at,
             max(o.ordered_at) AS last_at,
             count(*) FILTER (WHERE o.ordered_at >= p.cutoff - make_interval(days => ${loyalty.clientWindowDays})) AS recent_purchases,
             count(*) FILTER (WHERE p.window_from IS NULL OR o.ordered_at >= p.window_from) AS frequency,
             coalesce(sum(o.total) FILTER (WHERE p.window_from IS NULL OR o.ordered_at >= p.window_from), 0) AS monetary,
             max(o.ordered_at) FILTER (WHERE p.window_from IS NULL OR o.ordered_at >= p.window_from) AS window_last_at
      FROM ${orders} o CROSS JOIN params p
      WHERE o.status = 'paid' AND o.ordered_at < p.cutoff
      GROUP BY o.customer_id
    ),
    base AS (
      SELECT c.id AS customer_id,
             coalesce(h.purchases, 0) AS purchases, h.last_at, h.window_last_at,
             coalesce(h.recent_purchases, 0) AS recent_purchases,
             coalesce(h.frequency, 0)::int AS frequency, coalesce(h.monetary, 0) AS monetary,
             p.as_of - (h.window_last_at AT TIME ZONE ${businessTimeZone})::date AS recency_days,
             p.as_of - (h.last_at AT TIME ZONE ${businessTimeZone})::date AS days_since_last,
             CASE WHEN h.purchases >= 2
                  THEN extract(epoch FROM h.last_at - h.first_at) / 86400.0 / (h.purchases - 1) ELSE 0 END AS usual_interval,
             referrers.id IS NOT NULL AS referred_others
      FROM ${customers} c CROSS JOIN params p LEFT JOIN history h ON h.customer_id = c.id
      LEFT JOIN (SELECT DISTINCT referred_by_id AS id FROM ${customers} WHERE referred_by_id IS NOT NULL) referrers
        ON referrers.id = c.id
    ),
    cuts AS (
      SELECT percentile_cont(ARRAY[0.2, 0.4, 0.6, 0.8]) WITHIN GROUP (ORDER BY recency_days) AS r_cuts,
             percentile_cont(ARRAY[0.2, 0.4, 0.6, 0.8]) WITHIN GROUP (ORDER BY frequency) AS f_cuts,
             percentile_cont(ARRAY[0.2, 0.4, 0.6, 0.8]) WITHIN GROUP (ORDER BY monetary) AS m_cuts,
             nullif(sum(monetary), 0) AS revenue
      FROM base WHERE frequency > 0
    ),
    scored AS (
      SELECT b.*,
             CASE WHEN b.frequency > 0 THEN 1 + (SELECT count(*) FROM unnest(k.r_cuts) AS cut WHERE b.recency_days < cut) END AS r_score,
             CASE WHEN b.frequency > 0 THEN 1 + (SELECT count(*) FROM unnest(k.f_cuts) AS cut WHERE b.frequency > cut) END AS f_score,
             CASE WHEN b.frequency > 0 THEN 1 + (SELECT count(*) FROM unnest(k.m_cuts) AS cut WHERE b.monetary > cut) END AS m_score,
             (sum(b.monetary) OVER (ORDER BY b.monetary DESC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
               - b.monetary * count(*) OVER (PARTITION BY b.monetary)) / k.revenue AS revenue_share_above
      FROM base b CROSS JOIN cuts k
    )
    INSERT INTO ${customerScores} (run_id, customer_id, last_purchase_at, recency_days, frequency, monetary,
                                   r_score, f_score, m_score, rfm_segment, abc_class, loyalty_stage,
                                   realised_value, potential_value, value_quadrant)
    SELECT ${runId}::uuid, s.customer_id, s.window_last_at, s.recency_days, s.frequency, s.monetary,
           s.r_score, s.f_score, s.m_score,
           coalesce(segment_map.segment, 'prospect'),
           CASE WHEN s.monetary <= 0 THEN 'D'
                WHEN s.revenue_share_above < ${abc.a} THEN 'A'
                WHEN s.revenue_share_above < ${abc.b} THEN 'B'
                ELSE 'C' END,
           CASE WHEN s.purchases = 0 THEN 'prospect'
                WHEN s.days_since_last > greatest(${loyalty.lostFloorDays}, ${loyalty.lostIntervals} * s.usual_interval) THEN 'lost'
                WHEN s.days_since_last > greatest(${loyalty.dormantFloorDays}, ${loyalty.dormantIntervals} * s.usual_interval) THEN 'dormant'
                WHEN s.recent_purchases >= ${loyalty.clientMinPurchases} AND s.referred_others THEN 'advocate'
                WHEN s.recent_purchases >= ${loyalty.clientMinPurchases} THEN 'client'
                WHEN s.purchases >= 2 THEN 'repeat'
                ELSE 'first_time' END,
           ${card.realised}, ${card.potential}, ${card.quadrant}
    FROM scored s
    JOIN run_indicators ri ON ri.customer_id = s.customer_id
    LEFT JOIN (VALUES ${segmentMap}) AS segment_map(cell, segment) ON segment_map.cell = s.r_score::text || s.f_score::text
  `);
}
