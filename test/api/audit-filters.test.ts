import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

/** The audit log by who, which record and which days, each entry saying whether its record is still there. */
let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = ApiClient & { user: { id: string } };
let admin: Client;
let manager: Client;
let keptId: string;
let goneId: string;
let orderId: string;

interface Entry {
  id: number;
  action: string;
  entity: string;
  entityId: string;
  actorId: string | null;
  systemActor: string | null;
  record: { found: boolean; customerId: string | null } | null;
}
const list = async (query: string) => {
  const answer = await admin.get(`/api/v1/audit?${query}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.items as Entry[];
};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.userClient('admin');
  manager = await server.userClient('manager');
  keptId = (await manager.post('/api/v1/customers', { kind: 'person', name: '留下' })).body.id;
  goneId = (await manager.post('/api/v1/customers', { kind: 'person', name: '删掉' })).body.id;
  await manager.delete(`/api/v1/customers/${goneId}`);
  orderId = (
    await manager.post('/api/v1/orders', {
      customerId: keptId,
      orderedAt: '2025-05-01T10:00:00+08:00',
      lines: [{ description: '茶', quantity: 1, unitPrice: '10' }],
    })
  ).body.id;
  // Two entries of earlier days, around midnight in Beijing (the business's time zone).
  await server.db.insert(auditLog).values([
    {
      at: new Date('2024-01-15T23:30:00+08:00'),
      systemActor: 'scheduler',
      action: 'create',
      entity: 'backup',
      entityId: 'guanxi-2024-01-15.dump',
      changes: {},
    },
    {
      at: new Date('2024-01-16T00:30:00+08:00'),
      actorId: admin.user.id,
      action: 'update',
      entity: 'customer',
      entityId: keptId,
      changes: { region: { before: null, after: '深圳' } },
    },
  ]);
}, 180_000);
afterAll(() => server.close());

describe('the audit log', () => {
  it('filters by who: a user or a system actor', async () => {
    const byManager = await list(`actorId=${manager.user.id}`);
    expect(byManager.length).toBeGreaterThanOrEqual(4);
    expect(byManager.every((entry) => entry.actorId === manager.user.id)).toBe(true);
    const byShell = await list('systemActor=command%20line');
    expect(byShell.map((entry) => `${entry.action} ${entry.entity}`)).toEqual(['create user', 'create user']);
    expect((await list('systemActor=scheduler')).map((entry) => entry.entity)).toEqual(['backup']);
  });

  it('filters by record type and id', async () => {
    const customers = await list('entity=customer');
    expect(new Set(customers.map((entry) => entry.entity))).toEqual(new Set(['customer']));
    const one = await list(`entity=customer&entityId=${goneId}`);
    expect(one.map((entry) => entry.action)).toEqual(['delete', 'create']);
  });

  it('filters by days in the business time zone, both included', async () => {
    const day15 = await list('from=2024-01-15&to=2024-01-15');
    expect(day15.map((entry) => entry.entity)).toEqual(['backup']);
    const day16 = await list('from=2024-01-16&to=2024-01-16');
    expect(day16.map((entry) => entry.entity)).toEqual(['customer']);
    expect((await list('to=2024-01-16')).length).toBe(2);
    expect((await list('from=2024-01-17&entity=backup')).length).toBe(0);
  });

  it('pages by keyset with the filters kept', async () => {
    const all = await list(`actorId=${manager.user.id}`);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const answer: { body: { items: Entry[]; nextCursor: string | null } } = await admin.get(
        `/api/v1/audit?actorId=${manager.user.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(answer.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...answer.body.items.map((entry) => entry.id));
      cursor = answer.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((entry) => entry.id));
  });

  it('says whether each entry’s record is still there, and whose customer it is', async () => {
    const [kept] = await list(`entity=customer&entityId=${keptId}&actorId=${manager.user.id}`);
    expect(kept.record).toEqual({ found: true, customerId: keptId });
    const [gone] = await list(`entity=customer&entityId=${goneId}`);
    expect(gone.record).toEqual({ found: false, customerId: null });
    const [order] = await list(`entity=order&entityId=${orderId}`);
    expect(order.record).toEqual({ found: true, customerId: keptId });
    const [user] = await list(`entity=user&entityId=${manager.user.id}`);
    expect(user.record).toEqual({ found: true, customerId: null });
    const [backup] = await list('entity=backup');
    expect(backup.record).toBeNull();
  });

  it('refuses bad filters naming them, and anyone but administrators', async () => {
    const bad = await admin.get('/api/v1/audit?actorId=someone&from=15.01.2024&entity=Customer%3B&limit=0');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['actorId', 'entity', 'from', 'limit']);
    const both = await admin.get(`/api/v1/audit?actorId=${admin.user.id}&systemActor=scheduler`);
    expect(both.body.error.fields).toHaveProperty('systemActor');
    expect((await admin.get('/api/v1/audit?systemActor=robot')).status).toBe(400);
    const backwards = await admin.get('/api/v1/audit?from=2024-02-01&to=2024-01-01');
    expect(backwards.body.error.fields).toEqual({ to: 'must not be before from' });
    expect((await manager.get('/api/v1/audit')).status).toBe(403);
  });
});
