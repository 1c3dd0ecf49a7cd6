import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analytics/analytics.service.ts';
import { loyaltyMeasures } from '../../src/analytics/measures.ts';
import { cohortRetention, migrationMatrix } from '../../src/analytics/reports.ts';
import { systemActor } from '../../src/auth/index.ts';
import { customers } from '../../src/db/schema/index.ts';
import { insertPurchaseHistory } from '../helpers/purchases.ts';
import { startTestServer } from '../helpers/test-server.ts';

/** Loyalty measures, cohorts and run comparison on a hand-computed history (see docs/analytics.md). */
let server: Awaited<ReturnType<typeof startTestServer>>;
let first: Awaited<ReturnType<typeof server.userClient>>;
let second: Awaited<ReturnType<typeof server.userClient>>;

beforeAll(async () => {
  server = await startTestServer();
  first = await server.userClient('relationship_manager', '甲');
  second = await server.userClient('relationship_manager', '乙');
  const ids = await insertPurchaseHistory(server.db, [
    {
      name: 'P',
      ownerId: first.user.id,
      purchases: [
        ['2024-03-01', '10'],
        ['2024-06-01', '10'],
        ['2024-09-01', '10'],
        ['2024-12-01', '10'],
        ['2025-02-01', '100'],
      ],
    },
    { name: 'Q', ownerId: second.user.id, purchases: [['2024-05-01', '80']] },
    {
      name: 'N1',
      ownerId: first.user.id,
      purchases: [
        ['2025-03-01', '200'],
        ['2025-04-01', '100'],
      ],
    },
    { name: 'N2', ownerId: second.user.id, purchases: [['2025-06-01', '50']] },
    { name: 'Z', ownerId: second.user.id },
  ]);
  await server.db.update(customers).set({ walletEstimate: '1000' }).where(eq(customers.id, ids.P));
});
afterAll(() => server.close());

describe('loyalty measures for 2025', () => {
  it('are computed overall and per relationship manager', async () => {
    const measures = await loyaltyMeasures({
      db: server.db,
      actor: systemActor('command line'),
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(measures.overall).toMatchObject({
      customerBase: 3,
      newCustomers: 2,
      newCustomerRetentionRate: 0.5,
      clientRetentionRate: 1,
      churnRate: 0.5,
      orders: 4,
      revenue: '450.00',
      averageOrderValue: '112.50',
      shareOfWallet: 0.1,
    });
    expect(measures.overall?.repeatPurchaseRate).toBeCloseTo(1 / 3, 9);
    expect(measures.overall?.purchasesPerCustomerPerYear).toBeCloseTo(4 / 3, 9);
    expect(measures.overall?.revenueConcentration).toBeCloseTo(300 / 450, 9);
    expect(measures.overall?.newCustomersPerMonth).toBeCloseTo(2 / (365 / (365.25 / 12)), 9);
    const byName = Object.fromEntries(measures.byRelationshipManager.map((row) => [row.ownerName, row]));
    expect(byName.甲).toMatchObject({ customerBase: 2, newCustomers: 1, churnRate: 0, revenue: '400.00' });
    expect(byName.乙).toMatchObject({ customerBase: 1, newCustomers: 1, churnRate: 1, revenue: '50.00' });
  });

  it('cover only the caller’s customers for a relationship manager', async () => {
    const mine = await loyaltyMeasures({
      db: server.db,
      actor: { ...second.user, role: 'relationship_manager' } as never,
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(mine.overall).toMatchObject({ customerBase: 1, churnRate: 1, revenue: '50.00' });
    expect(mine.byRelationshipManager.map((row) => row.ownerName)).toEqual(['乙']);
  });
});

describe('cohorts and run comparison', () => {
  it('give each first-purchase month its share buying in every month up to the as-of month', async () => {
    const report = await cohortRetention({
      db: server.db,
      actor: systemActor('command line'),
      fromMonth: '2025-03',
      months: 4,
      asOf: '2025-07-15',
    });
    // N1 bought in March and April, then not again: zeros through July, the as-of month, still in progress.
    expect(report).toEqual({
      fromMonth: '2025-03',
      months: 4,
      asOf: '2025-07-15',
      partialMonth: '2025-07',
      cohorts: [
        { cohort: '2025-03', size: 1, retention: [1, 1, 0, 0, 0] },
        { cohort: '2025-06', size: 1, retention: [1, 0] },
      ],
    });
    // As of a month's last day, no month is partial; purchases after the as-of day do not count.
    const endOfMarch = await cohortRetention({
      db: server.db,
      actor: systemActor('command line'),
      fromMonth: '2025-03',
      months: 4,
      asOf: '2025-03-31',
    });
    expect(endOfMarch.partialMonth).toBeNull();
    expect(endOfMarch.cohorts).toEqual([{ cohort: '2025-03', size: 1, retention: [1] }]);
  });

  it('say who moved from which stage to which between two runs', async () => {
    const before = await runAnalysis({ db: server.db, actor: systemActor('command line'), asOf: '2024-12-31' });
    const after = await runAnalysis({ db: server.db, actor: systemActor('command line'), asOf: '2025-12-31' });
    const matrix = await migrationMatrix({
      db: server.db,
      actor: systemActor('command line'),
      fromRunId: before.id,
      toRunId: after.id,
      by: 'stage',
    });
    expect(matrix.cells).toEqual([
      { from: 'client', to: 'dormant', customers: 1 },
      { from: 'dormant', to: 'dormant', customers: 1 },
      // N1 and N2 last bought 274 and 213 days before the end of 2025: past the 180-day floor.
      { from: 'prospect', to: 'dormant', customers: 2 },
      { from: 'prospect', to: 'prospect', customers: 1 },
    ]);
  });

  it('are served over HTTP with validated parameters', async () => {
    const manager = await server.userClient('manager');
    const measures = await manager.get('/api/v1/analytics/measures?from=2025-01-01&to=2025-12-31');
    expect(measures.body.overall.customerBase).toBe(3);
    expect(
      (await manager.get('/api/v1/analytics/measures?from=2025-12-31&to=2025-01-01')).body.error.fields,
    ).toHaveProperty('from');
    expect(
      (await first.get('/api/v1/analytics/measures?from=2025-01-01&to=2025-12-31')).body.overall.customerBase,
    ).toBe(2);
    const cohorts = await manager.get('/api/v1/analytics/cohorts?from=2025-03&months=4&asOf=2025-12-31');
    expect(cohorts.body.cohorts).toHaveLength(2);
    expect(cohorts.body.cohorts[0].retention).toHaveLength(10);
    expect(cohorts.body.partialMonth).toBeNull();
    expect((await manager.get('/api/v1/analytics/cohorts?from=2025-13')).status).toBe(400);
    const late = await manager.get('/api/v1/analytics/cohorts?from=2025-03&asOf=2999-01-01');
    expect(late.status).toBe(400);
    expect(late.body.error.fields).toHaveProperty('asOf');
    expect(
      (await manager.get('/api/v1/analytics/cohorts?from=2025-03&asOf=2025-02-30')).body.error.fields,
    ).toHaveProperty('asOf');
    // Today by default: every row runs to this month, which is in progress unless today is its last day.
    const today = await manager.get('/api/v1/analytics/cohorts?from=2025-03&months=4');
    const month = today.body.asOf.slice(0, 7);
    const sinceMarch = (Number(month.slice(0, 4)) - 2025) * 12 + Number(month.slice(5, 7)) - 3;
    expect(today.body.cohorts[0].retention).toHaveLength(sinceMarch + 1);
    const runs = (await manager.get('/api/v1/analytics/runs')).body.items;
    const matrix = await manager.get(`/api/v1/analytics/migration?from=${runs[1].id}&to=${runs[0].id}&by=stage`);
    expect(matrix.body.cells).toContainEqual({ from: 'client', to: 'dormant', customers: 1 });
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await manager.get(`/api/v1/analytics/migration?from=${missing}&to=${runs[0].id}`)).status).toBe(404);
  });
});
