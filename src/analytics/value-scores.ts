import { type SQL, sql } from 'drizzle-orm';
import { type PyramidIndicator, pyramidIndicators } from '../db/schema/index.ts';

/** The indicators whose percentile ranks a run needs: the scorecard's and those the pyramids weigh. */
export function indicatorsUsed(pyramids: { weights: Partial<Record<PyramidIndicator, number>> }[]) {
  const used = new Set<PyramidIndicator>(['revenue', 'profit', 'orders', 'collected', 'growth', 'potential']);
  for (const pyramid of pyramids)
    for (const name of pyramidIndicators) if ((pyramid.weights[name] ?? 0) > 0) used.add(name);
  return pyramidIndicators.filter((name) => used.has(name));
}

/** The column holding an indicator's percentile rank in the run's statement. */
export const rankColumn = (name: PyramidIndicator) => sql.raw(`rank_${name}`);

/**
 * Σ weight × rank over the indicators the customer has, ÷ Σ of those weights; NULL when the customer
 * has none of them (a pyramid then leaves it unranked, in its bottom tier). In float8: ranks are floats
 * already, and numeric arithmetic (each cast between float and numeric goes through text) cost more
 * than the rest of the scorecard. The result is rounded to 1e-9, so that composites equal in exact
 * arithmetic (0.4 × 1/6 and 0.1 × 3/6 differ in float) tie.
 */
export function weightedRank(weights: Partial<Record<PyramidIndicator, number>>): SQL {
  const used = pyramidIndicators.filter((name) => (weights[name] ?? 0) > 0);
  if (!used.length) return sql`NULL::float8`;
  const part = (name: PyramidIndicator, value: SQL) => sql`${weights[name]!}::float8 * ${value}`;
  const numerator = sql.join(
    used.map((name) => part(name, sql`coalesce(${rankColumn(name)}, 0)`)),
    sql` + `,
  );
  const denominator = sql.join(
    used.map((name) => part(name, sql`(${rankColumn(name)} IS NOT NULL)::int`)),
    sql` + `,
  );
  return sql`round((${numerator}) / nullif(${denominator}, 0) * 1e9) / 1e9`;
}

/** Slack for comparing a float (a mean of composites, a position) with a bound it may equal exactly. */
export const tolerance = sql.raw('1e-12');

/**
 * Where a customer stands in a pyramid, as a share of the customers it ranks (those with a composite):
 * the middle of its group of equal composites, (those above + half the group) ÷ the ranked customers.
 * A group straddling a tier's boundary goes to the side holding more of it, so every tier keeps its
 * share but for half a tie group; NULL for a customer without a composite. `composite` must be a
 * column: the window sorts on it.
 */
export function tierPosition(composite: SQL): SQL {
  const byComposite = sql`(ORDER BY ${composite} DESC NULLS LAST)`;
  return sql`CASE WHEN ${composite} IS NOT NULL
    THEN (rank() OVER ${byComposite} - 1 + count(*) OVER ${byComposite})::float8 / 2 / count(${composite}) OVER () END`;
}

/** A pyramid's tier (1 = the top) from a position (`tierPosition`) and the tiers' shares; no position: the bottom tier. */
export function tierOf(shares: number[], position: SQL): SQL {
  let cumulative = 0;
  const bounds = shares.map((share) => (cumulative += share));
  const whens = bounds
    .slice(0, -1)
    .map(
      (bound, i) => sql`WHEN ${position} <= ${sql.raw(String(bound))} + ${tolerance} THEN ${sql.raw(String(i + 1))}`,
    );
  return sql`CASE ${sql.join(whens, sql` `)} ELSE ${sql.raw(String(bounds.length))} END`;
}

/**
 * The value scorecard (客户价值计分卡), as columns over the indicators' ranks: realised value = the
 * mean of the financial (revenue, profit) and sales (orders, collected) ranks, 0 for a customer who
 * did not buy in the window (who has none of them); potential value = the mean of the customer ranks
 * (revenue growth, the manual potential score), NULL when the customer has neither: quadrant
 * `unknown`. Service indicators are not recorded yet: they are left out of the weights, not counted
 * as zero. Quadrants split both at 0.5.
 */
export function scorecardColumns(): {
  realised: SQL;
  potential: SQL;
  quadrant: (realised: SQL, potential: SQL) => SQL;
} {
  const mean = (names: PyramidIndicator[]) => weightedRank(Object.fromEntries(names.map((n) => [n, 1])));
  const realised = sql`coalesce((${mean(['revenue', 'profit'])} + ${mean(['orders', 'collected'])}) / 2, 0)`;
  const potential = mean(['growth', 'potential']);
  const quadrant = (realised: SQL, potential: SQL) => sql`CASE WHEN ${potential} IS NULL THEN 'unknown'
                            WHEN ${realised} >= 0.5 - ${tolerance} AND ${potential} >= 0.5 - ${tolerance} THEN 'key'
                            WHEN ${realised} >= 0.5 - ${tolerance} THEN 'maintain'
                            WHEN ${potential} >= 0.5 - ${tolerance} THEN 'develop'
                            ELSE 'minor' END`;
  return { realised, potential, quadrant };
}
