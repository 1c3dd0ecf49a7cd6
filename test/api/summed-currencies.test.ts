import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders } from '../../src/db/schema/index.ts';
import { insertPurchaseHistory } from '../helpers/purchases.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

/**
 * Analyses add up order totals as recorded, whatever their currency: every answer with such sums says
 * which currencies it added, so that the web app never shows a sum of yuan and dollars as one amount.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
type UserClient = Awaited<ReturnType<typeof server.userClient>>;
let manager: UserClient;
let yuanOnly: UserClient;

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
  yuanOnly = await server.userClient('relationship_manager', '只收人民币');
  const buyer = await server.userClient('relationship_manager', '也收美元');
  await insertPurchaseHistory(server.db, [
    { name: '人民币客户', ownerId: yuanOnly.user.id, purchases: [['2025-03-01', '1000.00']] },
    {
      name: 'Dollar Ltd',
      ownerId: buyer.user.id,
      purchases: [
        ['2024-05-01', '500.00'],
        ['2025-04-01', '300.00'],
        ['2025-05-01', '20.00', 'refunded'],
      ],
    },
  ]);
  // Dollar Ltd paid in dollars in 2024, in yuan in 2025 (and was refunded in euros, which counts nowhere).
  await server.db.update(orders).set({ currency: 'USD' }).where(eq(orders.externalId, 'FX-2-Dollar Ltd'));
  await server.db.update(orders).set({ currency: 'EUR' }).where(eq(orders.externalId, 'FX-4-Dollar Ltd'));
});
afterAll(() => server.close());

describe('the currencies summed by analyses', () => {
  it('are named in a run’s summary, over the reader’s customers and the run’s window', async () => {
    expect((await manager.post('/api/v1/analytics/runs', { asOf: '2025-12-31' })).status).toBe(201);
    expect((await manager.get('/api/v1/analytics/summary')).body.currencies).toEqual(['CNY', 'USD']);
    expect((await yuanOnly.get('/api/v1/analytics/summary')).body.currencies, 'their customers pay in yuan').toEqual([
      'CNY',
    ]);

    const windowed = await manager.post('/api/v1/analytics/runs', {
      asOf: '2025-12-31',
      settings: { windowStart: '2025-01-01' },
    });
    expect(windowed.status).toBe(201);
    const summary = await manager.get(`/api/v1/analytics/summary?runId=${windowed.body.id}`);
    expect(summary.body.currencies, 'the dollars were paid before the window').toEqual(['CNY']);

    const before = await manager.post('/api/v1/analytics/runs', { asOf: '2024-12-31' });
    expect((await manager.get(`/api/v1/analytics/summary?runId=${before.body.id}`)).body.currencies).toEqual(['USD']);
  });

  it('are named in the loyalty measures of a period', async () => {
    const currencies = async (client: ApiClient, from: string, to: string) =>
      (await client.get(`/api/v1/analytics/measures?from=${from}&to=${to}`)).body.currencies;
    expect(await currencies(manager, '2024-01-01', '2025-12-31')).toEqual(['CNY', 'USD']);
    expect(await currencies(manager, '2025-01-01', '2025-12-31')).toEqual(['CNY']);
    expect(await currencies(manager, '2024-05-01', '2024-05-01'), 'the day of the dollar order').toEqual(['USD']);
    expect(await currencies(manager, '2023-01-01', '2023-12-31'), 'nothing summed').toEqual([]);
    expect(await currencies(yuanOnly, '2024-01-01', '2025-12-31')).toEqual(['CNY']);
  });

  it('of every paid order of the reader’s customers are answered on their own', async () => {
    expect((await manager.get('/api/v1/analytics/currencies')).body).toEqual({ currencies: ['CNY', 'USD'] });
    expect((await yuanOnly.get('/api/v1/analytics/currencies')).body).toEqual({ currencies: ['CNY'] });
    expect((await server.client().get('/api/v1/analytics/currencies')).status).toBe(401);
  });
});
