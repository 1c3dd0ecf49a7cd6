import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPurchaseHistory } from '../helpers/purchases.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = ApiClient & { user: { id: string } };
let manager: Client;
let owner: Client;
let other: Client;
let ids: Record<string, string>;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager', '经理');
  owner = await server.userClient('relationship_manager', 'Alice');
  other = await server.userClient('relationship_manager', 'Bob');
  ids = await insertPurchaseHistory(server.db, [
    {
      name: '大客户',
      ownerId: owner.user.id,
      purchases: [
        ['2025-01-10', '9000.00'],
        ['2025-02-10', '1000.00'],
      ],
    },
    { name: '小客户', ownerId: owner.user.id, purchases: [['2025-01-10', '50.00']] },
    { name: '常联系', ownerId: owner.user.id, purchases: [['2025-01-10', '5000.00']] },
    { name: '别人的', ownerId: other.user.id },
  ]);
  await owner.post('/api/v1/interactions', { customerId: ids.常联系, medium: 'phone', occurredAt: daysAgo(2) });
  await owner.post('/api/v1/interactions', { customerId: ids.大客户, medium: 'visit', occurredAt: daysAgo(60) });
  await manager.post('/api/v1/analytics/runs', {});
});
afterAll(() => server.close());

describe('the timeline', () => {
  it('merges interactions, orders and tasks newest first, paged by cursor without gaps or repeats', async () => {
    const customerId = ids.大客户;
    await owner.post('/api/v1/tasks', { title: '回访', customerId, dueAt: daysAgo(-1) });
    const all = (await owner.get(`/api/v1/customers/${customerId}/timeline`)).body.items;
    expect(all.map((entry: { kind: string }) => entry.kind)).toEqual([
      'task',
      'analysis',
      'interaction',
      'order',
      'order',
    ]);
    expect(all[3].data).toMatchObject({ status: 'paid', total: '1000.00', currency: 'CNY' });
    expect(all[2].data).toMatchObject({ medium: 'visit', user: { name: 'Alice' } });
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 5; page++) {
      const body = (await owner.get(`/api/v1/customers/${customerId}/timeline?limit=2${cursor}`)).body;
      seen.push(...body.items.map((entry: { id: string }) => entry.id));
      if (!body.nextCursor) break;
      cursor = `&cursor=${body.nextCursor}`;
    }
    expect(seen).toEqual(all.map((entry: { id: string }) => entry.id));
    const orders = (await owner.get(`/api/v1/customers/${customerId}/timeline?kinds=order`)).body.items;
    expect(orders.map((entry: { kind: string }) => entry.kind)).toEqual(['order', 'order']);
  });

  it('answers 404 for a customer the caller may not see, and 400 for bad filters', async () => {
    expect((await other.get(`/api/v1/customers/${ids.大客户}/timeline`)).status).toBe(404);
    const bad = await owner.get(`/api/v1/customers/${ids.大客户}/timeline?kinds=order,gossip`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.kinds).toBeTruthy();
    expect((await owner.get(`/api/v1/customers/${ids.大客户}/timeline?cursor=abc`)).status).toBe(400);
  });
});

describe('the neglect report', () => {
  it("lists each relationship manager's customers without a recent interaction, most valuable first", async () => {
    const report = (await manager.get('/api/v1/reports/neglect?days=30')).body;
    expect(report.days).toBe(30);
    const alice = report.owners.find((group: { owner: { name: string } }) => group.owner?.name === 'Alice');
    expect(alice.count).toBe(2);
    expect(alice.customers.map((c: { name: string }) => c.name)).toEqual(['大客户', '小客户']);
    expect(alice.customers[0]).toMatchObject({ monetary: '10000.00', daysSince: 60 });
    expect(alice.customers[1]).toMatchObject({ lastInteractionAt: null, daysSince: null });
    const bob = report.owners.find((group: { owner: { name: string } }) => group.owner?.name === 'Bob');
    expect(bob.customers.map((c: { name: string }) => c.name)).toEqual(['别人的']);
    const longer = (await manager.get(`/api/v1/reports/neglect?days=90&ownerId=${owner.user.id}`)).body;
    expect(longer.owners.map((group: { count: number }) => group.count)).toEqual([1]);
  });

  it('shows a relationship manager only their own customers', async () => {
    const report = (await other.get('/api/v1/reports/neglect')).body;
    expect(
      report.owners.flatMap((group: { customers: { name: string }[] }) => group.customers.map((c) => c.name)),
    ).toEqual(['别人的']);
    expect((await other.get('/api/v1/reports/neglect?days=0')).status).toBe(400);
  });
});
