import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysis, runSummary } from '../../src/analytics/analytics.service.ts';
import { systemActor } from '../../src/auth/index.ts';
import { selectRows } from '../../src/db/client.ts';
import { customers, valuePyramids } from '../../src/db/schema/index.ts';
import { type FixtureCustomer, insertPurchaseHistory } from '../helpers/purchases.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * The value pyramids and the scorecard at the edges (docs/analytics.md): a population where most
 * customers never bought, with big groups of equal values. Expectations are worked out here from
 * the definitions, not read from the code.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let ids: Record<string, string>;
const actor = systemActor('command line');

/** Names of `count` customers with the same history. */
const many = (prefix: string, count: number, purchases?: FixtureCustomer['purchases']): FixtureCustomer[] =>
  Array.from({ length: count }, (_, i) => ({ name: `${prefix}${i + 1}`, purchases }));

const group = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

/** Potential scores given by hand to 60 customers who never bought: 40 at 50, 15 at 80, 5 at 100. */
const potentialScores: Record<string, number> = Object.fromEntries([
  ...group('Never', 40).map((name) => [name, 50]),
  ...group('Never', 55)
    .slice(40)
    .map((name) => [name, 80]),
  ...group('Never', 60)
    .slice(55)
    .map((name) => [name, 100]),
]);

beforeAll(async () => {
  server = await startTestServer();
  ids = await insertPurchaseHistory(server.db, [
    { name: 'Top', purchases: [['2024-03-01', '5000']] },
    { name: 'Tiny', purchases: [['2024-06-01', '10']] },
    { name: 'Old', purchases: [['2020-01-01', '300']] },
    ...many('Big', 3, [['2025-05-01', '2000']]),
    ...many('Mid', 8, [['2025-06-01', '500']]),
    ...many('Small', 32, [['2025-07-01', '100']]),
    ...many('Never', 205),
  ]);
  for (const score of new Set(Object.values(potentialScores))) {
    const names = Object.keys(potentialScores).filter((name) => potentialScores[name] === score);
    await server.db
      .update(customers)
      .set({ potentialScore: score })
      .where(
        inArray(
          customers.id,
          names.map((name) => ids[name]),
        ),
      );
  }
  await server.db.insert(valuePyramids).values([
    { name: 'revenue only', weights: { revenue: 1 }, tiers: [0.01, 0.04, 0.15, 0.8] },
    { name: 'potential only', weights: { potential: 1 }, tiers: [0.1, 0.3, 0.6] },
  ]);
}, 180_000);
afterAll(() => server.close());

/** Rows keyed by customer id, as a record by the fixture's names. */
const byName = <T>(rows: { customer_id: string; value: T }[]) => {
  const names = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
  return Object.fromEntries(rows.map((row) => [names[row.customer_id], row.value]));
};

/** Each customer's tier in a pyramid of a run, by name. */
const tiersOf = async (runId: string, pyramid: string) =>
  byName(
    await selectRows<{ customer_id: string; value: number }>(
      server.db,
      sql`SELECT s.customer_id, s.pyramid_tiers[array_position(r.pyramid_ids, p.id)] AS value
          FROM customer_scores s JOIN analysis_runs r ON r.id = s.run_id JOIN value_pyramids p ON p.name = ${pyramid}
          WHERE s.run_id = ${runId}`,
    ),
  );

/** Each customer's scorecard quadrant in a run, by name. */
const quadrantsOf = async (runId: string) =>
  byName(
    await selectRows<{ customer_id: string; value: string }>(
      server.db,
      sql`SELECT customer_id, value_quadrant AS value FROM customer_scores WHERE run_id = ${runId}`,
    ),
  );

/**
 * Tiers by the definition in docs/analytics.md, from each ranked customer's value (higher is better):
 * a group of equal values sits at the middle of the shares it spans, (those above + half the group)
 * ÷ the ranked customers, and goes to the first tier whose cumulative share reaches that middle.
 */
function tiersByDefinition(values: Record<string, number>, shares: number[]) {
  const ranked = Object.entries(values);
  const bounds = shares.map((_, i) => shares.slice(0, i + 1).reduce((a, b) => a + b, 0));
  return Object.fromEntries(
    ranked.map(([name, value]) => {
      const above = ranked.filter(([, other]) => other > value).length;
      const equal = ranked.filter(([, other]) => other === value).length;
      const middle = (above + equal / 2) / ranked.length;
      const tier = bounds.findIndex((bound) => middle <= bound + 1e-12) + 1;
      return [name, tier];
    }),
  );
}

describe('value pyramids where most customers never bought', () => {
  it('keep the bottom tier for those who never bought and give each tier its share of the buyers', async () => {
    const run = await runAnalysis({ db: server.db, actor, asOf: '2025-12-31' });
    // 46 buyers are ranked; the 205 who never bought have no revenue, orders or collected amount.
    // Top: middle 0.5/46 = 1.1% > 1%: tier 2. Big (3 at 2,000): (1 + 1.5)/46 = 5.4%: tier 3. Mid (8 at
    // 500): (4 + 4)/46 = 17.4%: tier 3. Old (300): 12.5/46 = 27%: tier 4, and so are Small, Tiny, Never.
    const expected = {
      Top: 2,
      ...Object.fromEntries(group('Big', 3).map((name) => [name, 3])),
      ...Object.fromEntries(group('Mid', 8).map((name) => [name, 3])),
      Old: 4,
      ...Object.fromEntries(group('Small', 32).map((name) => [name, 4])),
      Tiny: 4,
      ...Object.fromEntries(group('Never', 205).map((name) => [name, 4])),
    };
    expect(await tiersOf(run.id, 'revenue only')).toEqual(expected);
    // The default value pyramid: collected amounts (all 0) and orders (all 1) tie, profit is unknown
    // (no lines): the composite follows revenue, so the tiers are the same.
    expect(await tiersOf(run.id, 'value')).toEqual(expected);

    const summary = await runSummary({ db: server.db, actor, runId: run.id });
    const revenueOnly = summary.pyramids.find((p) => p.name === 'revenue only');
    expect(revenueOnly?.tiers.map(({ tier, customers }) => ({ tier, customers }))).toEqual([
      { tier: 2, customers: 1 },
      { tier: 3, customers: 11 },
      { tier: 4, customers: 239 },
    ]);
    expect(revenueOnly?.unranked).toBe(205);
  });

  it('hold their shares within the tie groups, by the definition, for any shares', async () => {
    const run = await runAnalysis({ db: server.db, actor, asOf: '2025-12-31' });
    // 60 customers have a potential score (tie groups of 40, 15 and 5); the other 191 have none.
    const tiers = await tiersOf(run.id, 'potential only');
    const byDefinition = tiersByDefinition(potentialScores, [0.1, 0.3, 0.6]);
    // The 5 at 100: middle 2.5/60 ≤ 10%: tier 1. The 15 at 80: (5 + 7.5)/60 = 20.8% ≤ 40%: tier 2.
    // The 40 at 50: (20 + 20)/60 = 66.7%: tier 3.
    expect(Object.values(byDefinition).filter((tier) => tier === 1)).toHaveLength(5);
    expect(Object.values(byDefinition).filter((tier) => tier === 2)).toHaveLength(15);
    for (const name of Object.keys(ids)) expect(tiers[name], name).toBe(byDefinition[name] ?? 3);
    // Through each tier, the ranked customers differ from the share by at most half the group at the boundary.
    const bounds = [0.1, 0.4, 1];
    for (const [i, bound] of bounds.entries()) {
      const through = Object.keys(potentialScores).filter((name) => tiers[name] <= i + 1).length;
      const straddling = Object.values(potentialScores).filter((score) => {
        const above = Object.values(potentialScores).filter((other) => other > score).length;
        const equal = Object.values(potentialScores).filter((other) => other === score).length;
        return above < bound * 60 && above + equal > bound * 60;
      }).length;
      expect(Math.abs(through - bound * 60), `tier ${i + 1}`).toBeLessThanOrEqual(straddling / 2);
    }
  });

  it('never make a one-order tiny buyer a key customer, even among few buyers', async () => {
    // As of 2024-12-31 only Top (5,000), Old (300) and Tiny (10) had bought, against 248 who had not.
    const run = await runAnalysis({ db: server.db, actor, asOf: '2024-12-31' });
    const tiers = await tiersOf(run.id, 'value');
    // Three ranked: Top's middle 0.5/3 = 16.7%: tier 3; Old 50% and Tiny 83%: tier 4.
    expect([tiers.Top, tiers.Old, tiers.Tiny]).toEqual([3, 4, 4]);
    const quadrants = await quadrantsOf(run.id);
    // Tiny has the lowest revenue of the three buyers (rank 0) and ties on orders and collected: realised 0,
    // low. Its growth (+10) ranks between Old's (0) and Top's (+5,000): 0.5, high: develop, not key.
    expect(quadrants.Tiny).toBe('develop');
    const later = await runAnalysis({ db: server.db, actor, asOf: '2025-12-31' });
    expect((await quadrantsOf(later.id)).Tiny).not.toBe('key');
  });
});

describe('the value scorecard', () => {
  it('puts customers without any potential input in unknown, and shows them in the summary', async () => {
    const run = await runAnalysis({ db: server.db, actor, asOf: '2025-12-31' });
    const quadrants = await quadrantsOf(run.id);
    // Growth is missing only for those who never bought; a potential score is missing unless set.
    const unknown = Object.keys(ids).filter((name) => quadrants[name] === 'unknown');
    expect(unknown.sort()).toEqual(
      group('Never', 205)
        .filter((name) => !(name in potentialScores))
        .sort(),
    );
    // Old bought in 2020: no revenue in either of the last two years is a growth of 0, not a missing one.
    expect(quadrants.Old).not.toBe('unknown');
    // Who never bought realised nothing (low); a potential score of 100 is the highest rank: develop.
    expect(quadrants.Never60).toBe('develop');
    expect(quadrants.Never1).toBe('minor');
    const summary = await runSummary({ db: server.db, actor, runId: run.id });
    expect(summary.scorecard.quadrants.find((q) => q.quadrant === 'unknown')?.customers).toBe(145);
    const manager = await server.userClient('manager');
    const listed = await manager.get('/api/v1/customers?quadrant=unknown&limit=200');
    expect(listed.status).toBe(200);
    expect(listed.body.items.length).toBe(145);
  });

  it('reads the unknown customers through the API only where the caller may see them', async () => {
    const owner = await server.userClient('relationship_manager');
    await server.db
      .update(customers)
      .set({ ownerId: owner.user.id })
      .where(inArray(customers.id, [ids.Never200, ids.Top]));
    await runAnalysis({ db: server.db, actor, asOf: '2025-12-31' });
    const summary = (await owner.get('/api/v1/analytics/summary')).body;
    expect(summary.scorecard.quadrants.find((q: { quadrant: string }) => q.quadrant === 'unknown').customers).toBe(1);
    const listed = await owner.get('/api/v1/customers?quadrant=unknown');
    expect(listed.body.items.map((c: { name: string }) => c.name)).toEqual(['Never200']);
  });
});
