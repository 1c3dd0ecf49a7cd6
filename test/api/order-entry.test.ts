import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

/** Entering, correcting and cancelling an order by hand, as the web app's order form does. */
let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = ApiClient & { user: { id: string } };
let admin: Client;
let owner: Client;
let outsider: Client;
let service: Client;
let customerId: string;
let tea: { id: string };

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.userClient('admin');
  owner = await server.userClient('relationship_manager');
  outsider = await server.userClient('relationship_manager');
  service = await server.userClient('service');
  tea = (await admin.post('/api/v1/products', { sku: 'TEA-9', name: '普洱茶', listPrice: '88.00' })).body;
  customerId = (await owner.post('/api/v1/customers', { kind: 'person', name: '王芳' })).body.id;
}, 180_000);
afterAll(() => server.close());

const newOrder = (overrides: Record<string, unknown> = {}) =>
  owner.post('/api/v1/orders', {
    customerId,
    orderedAt: '2025-05-01T10:00:00+08:00',
    lines: [
      { productId: tea.id, quantity: '2', unitPrice: '88.00' },
      { description: '定制礼盒', quantity: '1', unitPrice: '25.50' },
    ],
    ...overrides,
  });

describe('an order entered by hand', () => {
  it('keeps a free description on a line without a product', async () => {
    const created = await newOrder();
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.total).toBe('201.50');
    expect(created.body.lines.map((line: { description: string | null }) => line.description)).toEqual([
      null,
      '定制礼盒',
    ]);
    const read = await owner.get(`/api/v1/orders/${created.body.id}`);
    expect(read.body.lines[1]).toMatchObject({ product: null, description: '定制礼盒', amount: '25.50' });
  });

  it('is corrected: new lines replace the old ones and the total is their exact sum', async () => {
    const { id } = (await newOrder()).body;
    const edited = await owner.patch(`/api/v1/orders/${id}`, {
      channel: '门店',
      amountCollected: '100',
      lines: [
        { description: '茶具', quantity: '3', unitPrice: '0.10' },
        { productId: tea.id, quantity: '0.5', unitPrice: '0.20' },
      ],
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ total: '0.40', channel: '门店', amountCollected: '100.00', lineCount: 2 });
    expect(edited.body.lines.map((line: { amount: string }) => line.amount)).toEqual(['0.30', '0.10']);
    const audit = (await admin.get(`/api/v1/audit?entity=order&entityId=${id}`)).body.items;
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual(['update', 'create']);
    expect(audit[0].changes.total).toEqual({ before: '201.50', after: '0.40' });
    expect(audit[0].changes.channel).toEqual({ before: null, after: '门店' });
  });

  it('is cancelled, and leaves the customer’s purchase summary', async () => {
    const summary = async () => (await owner.get(`/api/v1/customers/${customerId}/summary`)).body.orderCount;
    const { id } = (await newOrder()).body;
    const before = await summary();
    const cancelled = await owner.patch(`/api/v1/orders/${id}`, { status: 'cancelled' });
    expect(cancelled.body.status).toBe('cancelled');
    expect(await summary()).toBe(before - 1);
  });

  it('refuses bad corrections with the fields named, and changes nothing', async () => {
    const { id, total } = (await newOrder()).body;
    const bad = await owner.patch(`/api/v1/orders/${id}`, {
      status: 'lost',
      orderedAt: 'tomorrow',
      lines: [{ quantity: '0', unitPrice: '1.001' }],
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual([
      'lines.0.quantity',
      'lines.0.unitPrice',
      'orderedAt',
      'status',
    ]);
    expect((await owner.patch(`/api/v1/orders/${id}`, { lines: [] })).body.error.fields).toHaveProperty('lines');
    expect((await owner.patch(`/api/v1/orders/${id}`, { customerId })).status).toBe(400);
    const unknown = await owner.patch(`/api/v1/orders/${id}`, {
      lines: [{ productId: '00000000-0000-4000-8000-000000000000', quantity: 1, unitPrice: 1 }],
    });
    expect(unknown.body.error.fields).toEqual({ 'lines.0.productId': 'is not a product' });
    expect((await owner.get(`/api/v1/orders/${id}`)).body.total).toBe(total);
  });

  it('follows the customer’s access: 404 for whom cannot see it, 403 for service staff', async () => {
    const { id } = (await newOrder()).body;
    expect((await outsider.patch(`/api/v1/orders/${id}`, { status: 'cancelled' })).status).toBe(404);
    expect((await service.patch(`/api/v1/orders/${id}`, { status: 'cancelled' })).status).toBe(403);
    expect((await owner.patch('/api/v1/orders/00000000-0000-4000-8000-000000000000', { status: 'paid' })).status).toBe(
      404,
    );
    expect((await owner.get(`/api/v1/orders/${id}`)).body.status).toBe('paid');
  });
});
