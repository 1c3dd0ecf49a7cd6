import type { AbcClass, AnalysisSummary } from '../../api/analytics.types.ts';

export interface ParetoPoint {
  /** Cumulative share of the buyers, 0..1 (largest first). */
  x: number;
  /** Cumulative share of the revenue, 0..1. */
  y: number;
  /** The class that ends here, or `top` for the top fifth of the buyers. */
  mark?: AbcClass | 'top';
}

/**
 * The Pareto (Lorenz) curve through what the summary knows: the end of classes A, B and C and the
 * top 20% of buyers. Customers without revenue (D) are not buyers and stay off the curve.
 */
export function paretoPoints(abc: AnalysisSummary['abc']): ParetoPoint[] {
  const total = abc.classes.reduce((sum, group) => sum + Number(group.revenue), 0);
  if (abc.buyers === 0 || total <= 0) return [];
  const points: ParetoPoint[] = [{ x: 0, y: 0 }];
  let customers = 0;
  let revenue = 0;
  for (const name of ['A', 'B', 'C'] as const) {
    const group = abc.classes.find((c) => c.class === name);
    if (!group || group.customers === 0) continue;
    customers += group.customers;
    revenue += Number(group.revenue);
    points.push({ x: customers / abc.buyers, y: revenue / total, mark: name });
  }
  if (abc.topFifthRevenueShare !== null) {
    const x = Math.ceil(abc.buyers * 0.2) / abc.buyers;
    if (!points.some((point) => Math.abs(point.x - x) < 1e-9))
      points.push({ x, y: abc.topFifthRevenueShare, mark: 'top' });
  }
  return points.sort((a, b) => a.x - b.x);
}
