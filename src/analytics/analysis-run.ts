import { type SQL, sql } from 'drizzle-orm';
import { businessTimeZone } from '../config.ts';
import type { Executor } from '../db/client.ts';
import { analysisRuns, customerScores, customers, type PyramidIndicator } from '../db/schema/index.ts';
import { cutPointDecimals, type RfmScoreName, rfmScoreNames } from '../shared/rfm-scoring.ts';
import { type AnalysisSettings, expandSegmentRules } from './settings.ts';
import { indicatorsUsed, rankColumn, scorecardColumns, tierOf, tierPosition, weightedRank } from './value-scores.ts';

/**
 * Each indicator's values in the run's `base`, NULL where the customer lacks it (definitions in
 * docs/analytics.md): a missing indicator is ranked among nobody and left out of the weights.
 */
const indicatorValue: Record<PyramidIndicator, string> = {
  revenue: 'revenue_value',
  profit: 'profit_value',
  collected: 'collected_value',
  orders: 'orders_value',
  growth: 'growth',
  tenure: 'tenure',
  potential: 'potential',
};
/**
 * A score against four ascending cut points, the rule of `scoreAgainst` (src/shared/rfm-scoring.ts):
 * width_bucket(−v, the negated cut points, ascending) counts the cut points ≥ v in one binary search,
 * so 4 − that is how many the value is above: F and M score 1 + that, R (fewer days is better) 5 − that.
 */
const score = (name: RfmScoreName, value: SQL, negatedCuts: SQL) =>
  name === 'recency'
    ? sql`1 + width_bucket(-${value}, ${negatedCuts})`
    : sql`5 - width_bucket(-${value}, ${negatedCuts})`;
const negated = (cuts: SQL) => sql`ARRAY[-${cuts}[4], -${cuts}[3], -${cuts}[2], -${cuts}[1]]`;

/** Each score's column in `base`, and the SQL type its cut points are compared in. */
const rfmColumn: Record<RfmScoreName, { value: string; type: string }> = {
  recency: { value: 'recency_days', type: 'float8' },
  frequency: { value: 'frequency', type: 'float8' },
  monetary: { value: 'monetary', type: 'numeric' },
};

/**
 * The cut points of one score: fixed ones as given; otherwise the 20/40/60/80% quantiles of the buyers'
 * values (`raw`, from percentile_cont) rounded down to the values' unit (whole days and orders, cents),
 * so that a value is above the rounded cut point exactly when it is above the exact one. Interpolated
 * quantiles of whole units have fractions in steps of 0.2, so 0.01 only absorbs float8's error.
 */
function cutPointsOf(name: RfmScoreName, setting: AnalysisSettings['rfm'][RfmScoreName], raw: SQL): SQL {
  const { type } = rfmColumn[name];
  if (setting.method === 'fixed')
    return sql`ARRAY[${sql.join(
      (setting.cutPoints ?? []).map((cut) => sql`${String(cut)}::${sql.raw(type)}`),
      sql`, `,
    )}]::${sql.raw(type)}[]`;
  const scale = 10 ** cutPointDecimals[name];
  const rounded = (i: number) =>
    sql`round((floor(${raw}[${sql.raw(String(i))}] * ${scale} + 0.01) / ${scale})::numeric, ${cutPointDecimals[name]})::${sql.raw(type)}`;
  return sql`CASE WHEN ${raw} IS NOT NULL THEN ARRAY[${sql.join([1, 2, 3, 4].map(rounded), sql`, `)}] END`;
}

/** A value as numeric with `places` decimals, without the text round trip of a float8 → numeric cast. */
const decimal = (value: SQL, places: number) =>
  sql`(round(${value} * 1e${sql.raw(String(places))})::int8 * 1e-${sql.raw(String(places))})`;

/**
 * Those with few distinct values (orders, whole days, a 0–100 score): ranked by counting customers
 * per value and joining the value's rank back, cheaper than sorting every customer.
 */
const fewValues = new Set<PyramidIndicator>(['orders', 'tenure', 'potential']);

/**
 * Scores every customer as of the end of `asOf` (a day in the business's time zone) in one
 * INSERT … SELECT from `facts` (src/analytics/purchase-facts.ts): the database does the work,
 * nothing is loaded into Node, and the run's row gets the customer count in the same statement.
 *
 * - RFM over paid orders in the window: recency in days since the last purchase, frequency in
 *   orders, monetary in revenue. Scores 1–5 against four cut points per score, fixed in the settings
 *   or the 20/40/60/80% quantiles (percentile_cont) of the buyers' values: 1 + the number of cut points
 *   the value is above (for recency 5 − that), so equal values always score the same. The run's row
 *   records the cut points it used (`rfm_cut_points`).
 * - ABC: buyers ranked by revenue; the share of revenue of everyone strictly above decides
 *   (A below `a`, B below `b`, else C); D for no revenue. Equal revenue, equal class.
 * - Loyalty ladder over all history up to `asOf` (see docs/analytics.md).
 * - Percentile ranks of the indicators the scorecard and the pyramids use (revenue shares its sort
 *   with the ABC running sum), the value scorecard, and each pyramid's composite and tier.
 */
export async function scoreCustomers(options: {
  db: Executor;
  runId: string;
  asOf: string;
  settings: AnalysisSettings;
  facts: SQL;
  pyramids: { weights: Partial<Record<PyramidIndicator, number>>; tiers: number[] }[];
}) {
  const { db, runId, asOf, settings, facts, pyramids } = options;
  const cells = Object.entries(expandSegmentRules(settings.segmentRules));
  const segmentMap = sql.join(
    cells.map(([cell, segment]) => sql`(${Number(cell)}::int, ${segment})`),
    sql`, `,
  );
  const { loyalty, abc } = settings;
  const quantileScores = rfmScoreNames.filter((name) => settings.rfm[name].method === 'quantiles');
  const card = scorecardColumns();
  const used = indicatorsUsed(pyramids);
  const counted = used.filter((name) => fewValues.has(name));
  // percent_rank(): the customers with a smaller value ÷ (those with a value − 1), 0 for a lone one.
  const rankTables = counted.map(
    (name) => sql`, ${sql.raw(`ranks_${name}`)} AS (
      SELECT ${sql.raw(indicatorValue[name])} AS value,
             coalesce((sum(count(*)) OVER (ORDER BY ${sql.raw(indicatorValue[name])}) - count(*))::float8
                      / nullif(sum(count(*)) OVER () - 1, 0)::float8, 0) AS rank
      FROM base WHERE ${sql.raw(indicatorValue[name])} IS NOT NULL GROUP BY 1
    )`,
  );
  const rankJoins = counted.map(
    (name) =>
      sql` LEFT JOIN ${sql.raw(`ranks_${name}`)} ON ${sql.raw(`ranks_${name}.value = b.${indicatorValue[name]}`)}`,
  );
  const ranks = used.map((name) => {
    const value = sql.raw(`b.${indicatorValue[name]}`);
    if (fewValues.has(name)) return sql`${sql.raw(`ranks_${name}.rank`)} AS ${rankColumn(name)}`;
    // Revenue shares the ABC running sum's sort, where those without revenue (NULL) come first.
    if (name === 'revenue')
      return sql`CASE WHEN ${value} IS NULL THEN NULL
                      ELSE coalesce((rank() OVER by_monetary - 1 - (k.customers - k.revenue_count))::float8
                                    / nullif(k.revenue_count - 1, 0)::float8, 0) END AS ${rankColumn(name)}`;
    // percent_rank() among those with a value: nulls sort last, so they rank behind everyone else; the
    // divisor is those with a value (sorting on the value alone lets PostgreSQL abbreviate the keys).
    return sql`CASE WHEN ${value} IS NULL THEN NULL
                    ELSE coalesce((rank() OVER (ORDER BY ${value}) - 1)::float8
                                  / nullif(k.${sql.raw(`${name}_count`)} - 1, 0)::float8, 0) END AS ${rankColumn(name)}`;
  });
  const composites = pyramids.map(
    (pyramid, i) => sql`${weightedRank(pyramid.weights)} AS ${sql.raw(`composite_${i}`)}`,
  );
  const positions = pyramids.map(
    (_, i) => sql`${tierPosition(sql.raw(`composite_${i}`))} AS ${sql.raw(`position_${i}`)}`,
  );
  const array = (items: SQL[], type: string) =>
    items.length ? sql`ARRAY[${sql.join(items, sql`, `)}]::${sql.raw(type)}` : sql`'{}'::${sql.raw(type)}`;
  const tiers = array(
    pyramids.map((pyramid, i) => tierOf(pyramid.tiers, sql.raw(`s.position_${i}`))),
    'smallint[]',
  );
  const compositeValues = array(
    pyramids.map((_, i) => decimal(sql.raw(`s.composite_${i}`), 6)),
    'numeric[]',
  );
  await db.execute(sql`
    WITH params AS (
      SELECT ${asOf}::date AS as_of, ((${asOf}::date + 1)::timestamp AT TIME ZONE ${businessTimeZone}) AS cutoff
    ),
    facts AS (${facts}),
    base AS (
      SELECT c.id AS customer_id,
             coalesce(f.purchases, 0) AS purchases, f.last_at, f.window_last_at,
             coalesce(f.recent_purchases, 0) AS recent_purchases,
             coalesce(f.frequency, 0)::int AS frequency, coalesce(f.monetary, 0) AS monetary,
             -- The indicators (docs/analytics.md): the purchase ones for those who bought in the window,
             -- growth for those who ever bought, tenure likewise, potential where a score is set.
             CASE WHEN f.frequency > 0 THEN f.monetary END AS revenue_value,
             CASE WHEN f.frequency > 0 THEN f.profit END AS profit_value,
             CASE WHEN f.frequency > 0 THEN f.collected END AS collected_value,
             CASE WHEN f.frequency > 0 THEN f.frequency::int END AS orders_value,
             CASE WHEN f.purchases > 0 THEN f.growth END AS growth,
             p.as_of - (f.first_at AT TIME ZONE ${businessTimeZone})::date AS tenure,
             c.potential_score::numeric AS potential,
             p.as_of - (f.window_last_at AT TIME ZONE ${businessTimeZone})::date AS recency_days,
             p.as_of - (f.last_at AT TIME ZONE ${businessTimeZone})::date AS days_since_last,
             CASE WHEN f.purchases >= 2
                  THEN extract(epoch FROM f.last_at - f.first_at) / 86400.0 / (f.purchases - 1) ELSE 0 END AS usual_interval,
             referrers.id IS NOT NULL AS referred_others
      FROM ${customers} c CROSS JOIN params p LEFT JOIN facts f ON f.customer_id = c.id
      LEFT JOIN (SELECT DISTINCT referred_by_id AS id FROM ${customers} WHERE referred_by_id IS NOT NULL) referrers
        ON referrers.id = c.id
    ),
    cuts AS (
      SELECT cut_points.*, ${sql.join(
        rfmScoreNames.map((name) => sql`${negated(sql.raw(`${name}_cuts`))} AS ${sql.raw(`${name}_negated`)}`),
        sql`, `,
      )}
      FROM (
        SELECT quantiles.*, ${sql.join(
          rfmScoreNames.map(
            (name) =>
              sql`${cutPointsOf(name, settings.rfm[name], sql.raw(`quantiles.${name}_quantiles`))} AS ${sql.raw(`${name}_cuts`)}`,
          ),
          sql`, `,
        )}
        FROM (
          SELECT ${sql.join(
            [
              ...quantileScores.map(
                (name) =>
                  sql`percentile_cont(ARRAY[0.2, 0.4, 0.6, 0.8]) WITHIN GROUP (ORDER BY ${sql.raw(rfmColumn[name].value)}) FILTER (WHERE frequency > 0) AS ${sql.raw(`${name}_quantiles`)}`,
              ),
              sql`nullif(sum(monetary), 0) AS revenue`,
              sql`count(*) AS customers`,
              ...used.map((name) => sql`count(${sql.raw(indicatorValue[name])}) AS ${sql.raw(`${name}_count`)}`),
            ],
            sql`, `,
          )}
          FROM base
        ) AS quantiles
      ) AS cut_points
    )${sql.join(rankTables, sql``)},
    -- Counted ranks joined by value; the money ranks sort the rows (revenue's sort also gives the running
    -- sum for ABC); OFFSET 0 keeps each step's expressions computed once rather than substituted above.
    ranked AS (
      SELECT b.*, ${sql.join(ranks, sql`, `)},
             sum(b.monetary) OVER by_monetary AS monetary_up_to
      FROM base b CROSS JOIN cuts k${sql.join(rankJoins, sql``)}
      WINDOW by_monetary AS (ORDER BY b.revenue_value NULLS FIRST)
    ),
    valued AS (
      SELECT r.*, ${sql.join([...composites, sql`${card.realised} AS realised`, sql`${card.potential} AS potential_value`], sql`, `)}
      FROM ranked r OFFSET 0
    ),
    positioned AS (
      SELECT v.*${positions.length ? sql`, ${sql.join(positions, sql`, `)}` : sql``} FROM valued v
    ),
    scored AS (
      SELECT s.*,
             ${sql.join(
               rfmScoreNames.map(
                 (name) =>
                   sql`CASE WHEN s.frequency > 0 THEN ${score(name, sql.raw(`s.${rfmColumn[name].value}::${rfmColumn[name].type}`), sql.raw(`k.${name}_negated`))} END AS ${sql.raw(`${name[0]}_score`)}`,
               ),
               sql`, `,
             )},
             -- Σ revenue of the customers with strictly more: the total less Σ up to and including this value.
             k.revenue - s.monetary_up_to AS revenue_above, k.revenue
      FROM positioned s CROSS JOIN cuts k OFFSET 0
    ),
    inserted AS (
      INSERT INTO ${customerScores} (run_id, customer_id, last_purchase_at, recency_days, frequency, monetary,
                                     r_score, f_score, m_score, rfm_segment, abc_class, loyalty_stage,
                                     realised_value, potential_value, value_quadrant, pyramid_tiers, pyramid_composites)
      SELECT ${runId}::uuid, s.customer_id, s.window_last_at, s.recency_days, s.frequency, s.monetary,
             s.r_score, s.f_score, s.m_score,
             coalesce(segment_map.segment, 'prospect'),
             CASE WHEN s.monetary <= 0 THEN 'D'
                  WHEN s.revenue_above < ${abc.a} * s.revenue THEN 'A'
                  WHEN s.revenue_above < ${abc.b} * s.revenue THEN 'B'
                  ELSE 'C' END,
             CASE WHEN s.purchases = 0 THEN 'prospect'
                  WHEN s.days_since_last > greatest(${loyalty.lostFloorDays}, ${loyalty.lostIntervals} * s.usual_interval) THEN 'lost'
                  WHEN s.days_since_last > greatest(${loyalty.dormantFloorDays}, ${loyalty.dormantIntervals} * s.usual_interval) THEN 'dormant'
                  WHEN s.recent_purchases >= ${loyalty.clientMinPurchases} AND s.referred_others THEN 'advocate'
                  WHEN s.recent_purchases >= ${loyalty.clientMinPurchases} THEN 'client'
                  WHEN s.purchases >= 2 THEN 'repeat'
                  ELSE 'first_time' END,
             ${decimal(sql`s.realised`, 4)}, ${decimal(sql`s.potential_value`, 4)}, ${card.quadrant(sql`s.realised`, sql`s.potential_value`)}, ${tiers}, ${compositeValues}
      FROM scored s
      LEFT JOIN (VALUES ${segmentMap}) AS segment_map(cell, segment) ON segment_map.cell = s.r_score * 10 + s.f_score
      ORDER BY s.customer_id
      RETURNING 1
    )
    UPDATE ${analysisRuns}
    SET customer_count = (SELECT count(*) FROM inserted),
        rfm_cut_points = (
          SELECT jsonb_build_object(${sql.join(
            rfmScoreNames.map(
              (name) =>
                sql`${name}::text, jsonb_build_object('method', ${settings.rfm[name].method}::text, 'cutPoints', to_jsonb(${sql.raw(`${name}_cuts`)}))`,
            ),
            sql`, `,
          )})
          FROM cuts
        )
    WHERE id = ${runId}::uuid
  `);
}
