import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysis, runSummary } from '../../src/analytics/analytics.service.ts';
import { systemActor } from '../../src/auth/index.ts';
import { insertPurchaseHistory } from '../helpers/purchases.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

/** Hand-computed fixture, as of 2025-12-31 (Asia/Shanghai); the numbers are derived in docs/analytics.md. */
let server: Awaited<ReturnType<typeof startTestServer>>;
let ids: Record<string, string>;
let owner: ApiClient & { user: { id: string } };

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.userClient('relationship_manager');
  ids = await insertPurchaseHistory(server.db, [
    {
      name: 'A',
      ownerId: owner.user.id,
      purchases: [
        ['2025-02-01', '100'],
        ['2025-05-01', '100'],
        ['2025-08-01', '100'],
        ['2025-11-01', '100'],
        ['2025-12-30', '100'],
      ],
    },
    {
      name: 'B',
      ownerId: owner.user.id,
      purchases: [
        ['2024-01-01', '200'],
        ['2024-06-01', '300'],
      ],
    },
    { name: 'C', purchases: [['2025-12-01', '1000']] },
    { name: 'D', purchases: [['2021-01-01', '50']] },
    { name: 'E' },
    {
      name: 'F',
      purchases: [
        ['2025-03-01', '25'],
        ['2025-06-01', '25'],
        ['2025-09-01', '25'],
        ['2025-12-01', '25'],
      ],
    },
    {
      name: 'G',
      referredBy: 'F',
      purchases: [
        ['2025-10-01', '40'],
        ['2025-12-15', '60'],
        ['2026-01-05', '999'],
      ],
    },
    { name: 'H', purchases: [['2025-12-20', '500', 'refunded']] },
  ]);
});
afterAll(() => server.close());

describe('an analysis run', () => {
  it('scores R and M against quantile cut points and F against fixed ones, names segments, classes and stages', async () => {
    const run = await runAnalysis({ db: server.db, actor: systemActor('command line'), asOf: '2025-12-31' });
    expect(run.customerCount).toBe(8);
    expect(run.rfmCutPoints).toEqual({
      recency: { method: 'quantiles', cutPoints: [16, 30, 30, 578] },
      frequency: { method: 'fixed', cutPoints: [1, 2, 4, 7] },
      monetary: { method: 'quantiles', cutPoints: [100, 100, 500, 500] },
    });
    expect(await scoresByName(run.id)).toEqual({
      A: [1, 5, '500.00', 5, 4, 3, 'champions', 'A', 'client'],
      B: [578, 2, '500.00', 2, 2, 3, 'hibernating', 'A', 'dormant'],
      C: [30, 1, '1000.00', 4, 1, 5, 'promising', 'A', 'first_time'],
      D: [1825, 1, '50.00', 1, 1, 1, 'hibernating', 'C', 'lost'],
      E: [null, 0, '0.00', null, null, null, 'prospect', 'D', 'prospect'],
      F: [30, 4, '100.00', 4, 3, 1, 'potential_loyalist', 'B', 'advocate'],
      G: [16, 2, '100.00', 5, 2, 1, 'potential_loyalist', 'B', 'repeat'],
      H: [null, 0, '0.00', null, null, null, 'prospect', 'D', 'prospect'],
    });
  });

  async function scoresByName(runId: string) {
    const rows = await server.db.query.customerScores.findMany({ where: (s, { eq }) => eq(s.runId, runId) });
    return Object.fromEntries(
      Object.entries(ids).map(([name, id]) => {
        const s = rows.find((row) => row.customerId === id)!;
        return [
          name,
          [
            s.recencyDays,
            s.frequency,
            s.monetary,
            s.rScore,
            s.fScore,
            s.mScore,
            s.rfmSegment,
            s.abcClass,
            s.loyaltyStage,
          ],
        ];
      }),
    );
  }

  it('summarises segments, the R×F grid, ABC classes and stages, scoped to the caller', async () => {
    const all = await runSummary({ db: server.db, actor: systemActor('command line') });
    expect(all.rfm.segments).toContainEqual({ segment: 'hibernating', customers: 2, revenue: '550.00' });
    expect(all.rfm.grid).toContainEqual({ r: 5, f: 4, customers: 1, revenue: '500.00' });
    expect(all.abc.classes).toEqual([
      { class: 'A', customers: 3, revenue: '2000.00' },
      { class: 'B', customers: 2, revenue: '200.00' },
      { class: 'C', customers: 1, revenue: '50.00' },
      { class: 'D', customers: 2, revenue: '0.00' },
    ]);
    // Top 20% of 6 buyers = 2 customers (rounded up): C 1000 + one of A/B 500 of 2250.
    expect(all.abc.topFifthRevenueShare).toBeCloseTo(1500 / 2250, 6);
    const mine = await runSummary({ db: server.db, actor: { ...owner.user, role: 'relationship_manager' } as never });
    expect(mine.loyalty.stages).toEqual([
      { stage: 'client', customers: 1, revenue: '500.00' },
      { stage: 'dormant', customers: 1, revenue: '500.00' },
    ]);
  });

  it('honours a window: purchases before it do not count for RFM or ABC', async () => {
    const run = await runAnalysis({
      db: server.db,
      actor: systemActor('command line'),
      asOf: '2025-12-31',
      settings: { windowStart: '2025-01-01' },
    });
    const summary = await runSummary({ db: server.db, actor: systemActor('command line'), runId: run.id });
    const prospects = summary.rfm.segments.find((s) => s.segment === 'prospect');
    expect(prospects?.customers).toBe(4); // E, H, and B and D bought only before the window
    expect(summary.loyalty.stages.find((s) => s.stage === 'dormant')?.customers).toBe(1);
  });

  it('over HTTP: managers run analyses, relationship managers see only their own customers', async () => {
    const manager = await server.userClient('manager');
    expect((await owner.post('/api/v1/analytics/runs', { asOf: '2025-12-31' })).status).toBe(403);
    expect((await manager.post('/api/v1/analytics/runs', { asOf: '31.12.2025' })).status).toBe(400);
    const gap = await manager.post('/api/v1/analytics/runs', { settings: { segmentRules: { '[1-5][1-4]': 'loyal' } } });
    expect(gap.status).toBe(400);
    expect(gap.body.error.fields['settings.segmentRules']).toMatch(/no segment for R×F cells/);
    const run = await manager.post('/api/v1/analytics/runs', { asOf: '2025-12-31' });
    expect(run.status).toBe(201);
    const mine = (await owner.get('/api/v1/analytics/summary')).body;
    expect(mine.run.id).toBe(run.body.id);
    expect(mine.abc.classes.reduce((n: number, c: { customers: number }) => n + c.customers, 0)).toBe(2);
    const all = (await manager.get(`/api/v1/analytics/summary?runId=${run.body.id}`)).body;
    expect(all.abc.classes.reduce((n: number, c: { customers: number }) => n + c.customers, 0)).toBe(8);
    const history = await owner.get(`/api/v1/customers/${ids.A}/scores`);
    expect(history.body.items[0]).toMatchObject({
      runId: run.body.id,
      rfmSegment: 'champions',
      loyaltyStage: 'client',
    });
    expect((await owner.get(`/api/v1/customers/${ids.C}/scores`)).status).toBe(404);
  });

  it('filters the customers list by segment, class and stage of the latest run', async () => {
    const manager = await server.userClient('manager');
    await runAnalysis({ db: server.db, actor: systemActor('command line'), asOf: '2025-12-31' });
    const names = async (client: ApiClient, query: string) =>
      (await client.get(`/api/v1/customers?${query}`)).body.items.map((c: { name: string }) => c.name).sort();
    expect(await names(manager, 'segment=hibernating')).toEqual(['B', 'D']);
    expect(await names(manager, 'abcClass=A&stage=first_time')).toEqual(['C']);
    expect(await names(manager, 'segment=prospect')).toEqual(['E', 'H']);
    expect(await names(owner, 'segment=hibernating')).toEqual(['B']);
    expect((await manager.get('/api/v1/customers?segment=vip')).status).toBe(400);
  });

  it('places customers in value pyramids and the scorecard quadrants', async () => {
    const manager = await server.userClient('manager');
    const bad = await manager.post('/api/v1/analytics/pyramids', {
      name: 'x',
      weights: { charm: 1 },
      tiers: [0.5, 0.6],
    });
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['tiers', 'weights']);
    expect((await owner.post('/api/v1/analytics/pyramids', { name: 'x', weights: { revenue: 1 } })).status).toBe(403);
    const pyramid = await manager.post('/api/v1/analytics/pyramids', {
      name: 'revenue only',
      weights: { revenue: 1 },
      tiers: [0.25, 0.25, 0.5],
    });
    expect(pyramid.status).toBe(201);
    expect((await manager.get('/api/v1/analytics/pyramids')).body.items.map((p: { name: string }) => p.name)).toEqual([
      'potential',
      'revenue only',
      'value',
    ]);
    await runAnalysis({ db: server.db, actor: systemActor('command line'), asOf: '2025-12-31' });
    // The six buyers are ranked by revenue (E and H never bought: unranked, in the bottom tier). A group
    // of equal revenue sits at its middle: C (1,000) at 0.5/6 = 8%: tier 1; A and B (500) at (1 + 1)/6 =
    // 33%: tier 2; F and G (100) at (3 + 1)/6 = 67% and D (50) at 92%: tier 3.
    const names = async (query: string) =>
      (await manager.get(`/api/v1/customers?${query}`)).body.items.map((c: { name: string }) => c.name).sort();
    expect(await names(`pyramidId=${pyramid.body.id}&tier=1`)).toEqual(['C']);
    expect(await names(`pyramidId=${pyramid.body.id}&tier=2`)).toEqual(['A', 'B']);
    expect(await names(`pyramidId=${pyramid.body.id}&tier=3`)).toEqual(['D', 'E', 'F', 'G', 'H']);
    const summary = (await manager.get('/api/v1/analytics/summary')).body;
    const revenueOnly = summary.pyramids.find((p: { name: string }) => p.name === 'revenue only');
    expect(revenueOnly.tiers).toEqual([
      { tier: 1, customers: 1, revenue: '1000.00' },
      { tier: 2, customers: 2, revenue: '1000.00' },
      { tier: 3, customers: 5, revenue: '250.00' },
    ]);
    expect(revenueOnly.unranked).toBe(2);
    const quadrants = summary.scorecard.quadrants;
    expect(quadrants.reduce((n: number, q: { customers: number }) => n + q.customers, 0)).toBe(8);
    // A: revenue rank 3/5 among the buyers, orders 5/5, collected 0 (all equal): realised (0.6 + 0.5)/2;
    // growth +500 ranks 4/5: key. E and H never bought and have no potential score: unknown.
    expect(await names('quadrant=key')).toContain('A');
    expect(await names('quadrant=unknown')).toEqual(['E', 'H']);
  });

  it('scores F against quantiles when the settings say so, as before fixed cut points were the default', async () => {
    const run = await runAnalysis({
      db: server.db,
      actor: systemActor('command line'),
      asOf: '2025-12-31',
      settings: { rfm: { frequency: { method: 'quantiles' } } },
    });
    expect(run.rfmCutPoints?.frequency).toEqual({ method: 'quantiles', cutPoints: [1, 2, 2, 4] });
    const scores = await scoresByName(run.id);
    // F as it always was: A 5, F 4, B and G 2, C and D 1 (no 3: the cut points 2 and 2 collapse).
    expect(Object.fromEntries(Object.entries(scores).map(([name, s]) => [name, s[4]]))).toEqual({
      A: 5,
      B: 2,
      C: 1,
      D: 1,
      E: null,
      F: 4,
      G: 2,
      H: null,
    });
    expect(scores.F[6]).toBe('loyal');
  });
});
