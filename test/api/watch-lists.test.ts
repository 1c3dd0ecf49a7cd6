import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisRuns, customerScores } from '../../src/db/schema/index.ts';
import { insertPurchaseHistory } from '../helpers/purchases.ts';
import { startTestServer } from '../helpers/test-server.ts';

/** Watch-lists are filters of the customers list; spend and lapse are measured against today. */
let server: Awaited<ReturnType<typeof startTestServer>>;
let manager: Awaited<ReturnType<typeof server.userClient>>;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
  const ids = await insertPurchaseHistory(server.db, [
    {
      name: 'falling',
      purchases: [
        [daysAgo(120), '1000'],
        [daysAgo(10), '100'],
      ],
    },
    {
      name: 'steady',
      purchases: [
        [daysAgo(120), '100'],
        [daysAgo(10), '100'],
      ],
    },
    {
      name: 'gone quiet',
      purchases: [
        [daysAgo(400), '50'],
        [daysAgo(390), '50'],
      ],
    },
    { name: 'slipping' },
    { name: 'long at risk' },
  ]);
  const [older, latest] = await server.db
    .insert(analysisRuns)
    .values([
      { asOf: daysAgo(30), settings: {} },
      { asOf: daysAgo(1), settings: {} },
    ])
    .returning({ id: analysisRuns.id });
  const score = (runId: string, customerId: string, rfmSegment: string) => ({
    runId,
    customerId,
    frequency: 1,
    monetary: '1',
    rfmSegment,
    abcClass: 'C',
    loyaltyStage: 'first_time',
  });
  await server.db
    .insert(customerScores)
    .values([
      score(older.id, ids.slipping, 'loyal'),
      score(latest.id, ids.slipping, 'at_risk'),
      score(older.id, ids['long at risk'], 'cant_lose_them'),
      score(latest.id, ids['long at risk'], 'at_risk'),
    ]);
});
afterAll(() => server.close());

const names = async (query: string) =>
  (await manager.get(`/api/v1/customers?${query}`)).body.items.map((c: { name: string }) => c.name).sort();

describe('watch-lists', () => {
  it('find spend that fell sharply, customers who lapsed, and newcomers to at risk', async () => {
    expect(await names('watch=spend_drop')).toEqual(['falling']);
    expect(await names('watch=lapsed')).toEqual(['gone quiet']);
    expect(await names('watch=newly_at_risk')).toEqual(['slipping']);
    expect((await manager.get('/api/v1/customers?watch=rich')).status).toBe(400);
  });
});

describe('why a customer is on a watch-list', () => {
  const reasons = async (list: string) =>
    Object.fromEntries(
      (await manager.get(`/api/v1/customers?watch=${list}`)).body.items.map(
        (c: { name: string; watchReason: unknown }) => [c.name, c.watchReason],
      ),
    );

  it('is in each listed customer: the spend before and after, the days since the last purchase, the segments', async () => {
    expect(await reasons('spend_drop')).toEqual({
      falling: { list: 'spend_drop', recentRevenue: '100.00', previousRevenue: '1000.00' },
    });
    expect(await reasons('lapsed')).toEqual({
      'gone quiet': {
        list: 'lapsed',
        // Whole days since noon in Beijing of that day (390, or 389 early in the UTC day).
        daysSincePurchase: Math.floor((Date.now() - Date.parse(`${daysAgo(390)}T12:00:00+08:00`)) / 86_400_000),
        usualIntervalDays: 10,
      },
    });
    expect(await reasons('newly_at_risk')).toEqual({
      slipping: { list: 'newly_at_risk', segment: 'at_risk', previousSegment: 'loyal' },
    });
  });

  it('is absent from lists not filtered by a watch-list', async () => {
    const items = (await manager.get('/api/v1/customers')).body.items;
    expect(items.map((c: { watchReason: unknown }) => c.watchReason)).toEqual(items.map(() => null));
  });
});
