import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = ApiClient & { user: { id: string } };
let manager: Client;
let owner: Client;
let outsider: Client;
let customerId: string;
let tea: { id: string };
let cup: { id: string };

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
  owner = await server.userClient('relationship_manager');
  outsider = await server.userClient('relationship_manager');
  tea = (
    await manager.post('/api/v1/products', {
      sku: 'TEA-1',
      name: '龙井茶',
      category: '茶',
      listPrice: '120.00',
      unitCost: '70',
    })
  ).body;
  cup = (await manager.post('/api/v1/products', { sku: 'CUP-1', name: '茶杯', category: '器具', listPrice: 35.5 }))
    .body;
  customerId = (await owner.post('/api/v1/customers', { kind: 'person', name: '陈静' })).body.id;
});
afterAll(() => server.close());

const order = (overrides: Record<string, unknown> = {}) => ({
  customerId,
  orderedAt: '2025-03-01T10:00:00+08:00',
  lines: [
    { productId: tea.id, quantity: 2, unitPrice: '120.00' },
    { productId: cup.id, quantity: '3', unitPrice: '35.50', unitCost: '20.00' },
    { quantity: 1, unitPrice: '9.99' },
  ],
  ...overrides,
});

describe('products', () => {
  it('are maintained by managers, read by everyone, and kept exact', async () => {
    expect(tea).toMatchObject({ sku: 'TEA-1', listPrice: '120.00', unitCost: '70.00', currency: 'CNY', active: true });
    expect(cup.id).toBeTruthy();
    expect((await owner.post('/api/v1/products', { sku: 'X', name: 'X', listPrice: '1' })).status).toBe(403);
    expect((await owner.get('/api/v1/products?q=%E8%8C%B6')).body.items.map((p: { sku: string }) => p.sku)).toEqual([
      'CUP-1',
      'TEA-1',
    ]);
    expect((await owner.get('/api/v1/products/categories')).body.items).toEqual(['器具', '茶']);
    const bad = await manager.post('/api/v1/products', { sku: '', name: 'x', listPrice: '1.234', currency: 'yuan' });
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['currency', 'listPrice', 'sku']);
    expect((await manager.post('/api/v1/products', { sku: 'TEA-1', name: 'dup', listPrice: '1' })).status).toBe(409);
    const patched = await manager.patch(`/api/v1/products/${cup.id}`, { active: false });
    expect(patched.body.active).toBe(false);
    expect((await owner.get('/api/v1/products')).body.items.map((p: { sku: string }) => p.sku)).toEqual(['TEA-1']);
    expect((await owner.get('/api/v1/products?active=all')).body.items).toHaveLength(2);
    await manager.patch(`/api/v1/products/${cup.id}`, { active: true });
  });
});

describe('orders', () => {
  it('are recorded with lines, and the total is the exact sum of the lines', async () => {
    const created = await owner.post('/api/v1/orders', order({ externalId: 'SO-1', amountCollected: '300' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      externalId: 'SO-1',
      total: '356.49',
      amountCollected: '300.00',
      status: 'paid',
      lineCount: 3,
    });
    expect(created.body.customer).toEqual({ id: customerId, name: '陈静' });
    expect(created.body.lines.map((l: { amount: string }) => l.amount)).toEqual(['240.00', '106.50', '9.99']);
    expect(created.body.lines[2].product).toBeNull();
    const detail = await owner.get(`/api/v1/orders/${created.body.id}`);
    expect(detail.body.lines[0]).toMatchObject({
      lineNo: 1,
      quantity: '2.000',
      product: { sku: 'TEA-1', name: '龙井茶' },
    });
  });

  it('refuses bad orders with named fields and writes nothing', async () => {
    const before = (await manager.get('/api/v1/orders?limit=200')).body.items.length;
    const unknownProduct = await owner.post(
      '/api/v1/orders',
      order({ lines: [{ productId: '00000000-0000-4000-8000-000000000000', quantity: 1, unitPrice: 1 }] }),
    );
    expect(unknownProduct.status).toBe(400);
    expect(unknownProduct.body.error.fields).toEqual({ 'lines.0.productId': 'is not a product' });
    const bad = await owner.post(
      '/api/v1/orders',
      order({ orderedAt: 'yesterday', lines: [{ quantity: -1, unitPrice: 'abc' }] }),
    );
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['lines.0.quantity', 'lines.0.unitPrice', 'orderedAt']);
    expect((await owner.post('/api/v1/orders', order({ lines: [] }))).body.error.fields).toHaveProperty('lines');
    expect((await owner.post('/api/v1/orders', order({ externalId: 'SO-1' }))).status).toBe(409);
    expect((await manager.get('/api/v1/orders?limit=200')).body.items.length).toBe(before);
  });

  it('filter by customer, status and day in the business time zone, newest first, paged', async () => {
    await owner.post(
      '/api/v1/orders',
      order({ externalId: 'SO-2', orderedAt: '2025-03-31T23:30:00+08:00', status: 'refunded' }),
    );
    await owner.post('/api/v1/orders', order({ externalId: 'SO-3', orderedAt: '2025-04-01T00:30:00+08:00' }));
    const ids = async (query: string) =>
      (await owner.get(`/api/v1/orders?${query}`)).body.items.map((o: { externalId: string }) => o.externalId);
    expect(await ids(`customerId=${customerId}`)).toEqual(['SO-3', 'SO-2', 'SO-1']);
    expect(await ids('status=refunded')).toEqual(['SO-2']);
    expect(await ids('from=2025-03-31&to=2025-03-31')).toEqual(['SO-2']);
    expect(await ids('from=2025-04-01')).toEqual(['SO-3']);
    const first = await owner.get('/api/v1/orders?limit=2');
    const second = await owner.get(`/api/v1/orders?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((o: { externalId: string }) => o.externalId)).toEqual([
      'SO-3',
      'SO-2',
      'SO-1',
    ]);
    expect(second.body.nextCursor).toBeNull();
    expect((await owner.get('/api/v1/orders?from=31/03/2025')).status).toBe(400);
  });

  it('sum up into the customer summary: paid orders, profit where costs are known', async () => {
    const summary = (await owner.get(`/api/v1/customers/${customerId}/summary`)).body;
    expect(summary.orderCount).toBe(2);
    expect(new Date(summary.firstPurchaseAt).toISOString()).toBe('2025-03-01T02:00:00.000Z');
    expect(new Date(summary.lastPurchaseAt).toISOString()).toBe('2025-03-31T16:30:00.000Z');
    const [cny] = summary.totals;
    // Each paid order: tea 2 × (120 − 70) = 100 and cups 3 × (35.50 − 20) = 46.50 are costed; the 9.99 line is not.
    expect(cny).toMatchObject({
      currency: 'CNY',
      orderCount: 2,
      revenue: '712.98',
      amountCollected: '300.00',
      averageOrderValue: '356.49',
      profit: '293.00',
    });
    expect(cny.costCoverage).toBeCloseTo(346.5 / 356.49, 6);
    const empty = (await owner.post('/api/v1/customers', { kind: 'person', name: '新客' })).body;
    expect((await owner.get(`/api/v1/customers/${empty.id}/summary`)).body).toEqual({
      customerId: empty.id,
      orderCount: 0,
      firstPurchaseAt: null,
      lastPurchaseAt: null,
      totals: [],
    });
  });

  it('follow the customer’s access', async () => {
    const some = (await owner.get('/api/v1/orders')).body.items[0];
    expect((await outsider.get('/api/v1/orders')).body.items).toEqual([]);
    expect((await outsider.get(`/api/v1/orders?customerId=${customerId}`)).body.items).toEqual([]);
    expect((await outsider.get(`/api/v1/orders/${some.id}`)).status).toBe(404);
    expect((await outsider.get(`/api/v1/customers/${customerId}/summary`)).status).toBe(404);
    expect((await outsider.post('/api/v1/orders', order({ externalId: 'SO-X' }))).status).toBe(404);
    expect((await manager.get(`/api/v1/orders/${some.id}`)).status).toBe(200);
    const service = await server.userClient('service');
    expect((await service.get(`/api/v1/orders/${some.id}`)).status).toBe(200);
    expect((await service.post('/api/v1/orders', order({ externalId: 'SO-S' }))).status).toBe(403);
  });

  it('keep their customer and products from being deleted', async () => {
    const deleted = await owner.delete(`/api/v1/customers/${customerId}`);
    expect(deleted.status).toBe(409);
    expect(deleted.body.error.message).toMatch(/archive/);
    expect((await manager.delete(`/api/v1/products/${tea.id}`)).status).toBe(409);
    const unused = (await manager.post('/api/v1/products', { sku: 'NEW', name: '新品', listPrice: '1' })).body;
    expect((await manager.delete(`/api/v1/products/${unused.id}`)).status).toBe(204);
  });
});
