import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/db/client.ts';
import { download } from '../fixtures/import/http.ts';
import { insertPurchaseHistory } from '../helpers/purchases.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

/**
 * The neglect report past its first 20 customers per relationship manager: every one of them paged,
 * as a file in the reader's language, and a follow-up task for each, for its relationship manager.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = ApiClient & { user: { id: string; name: string } };
let manager: Client;
let alice: Client;
let bob: Client;
let service: Client;
let ids: Record<string, string>;

/** Alice owns 45 customers nobody contacted: revenue 1,000 down to 560 in steps of 10, with ties in pairs. */
const aliceCustomers = Array.from({ length: 45 }, (_, i) => ({
  name: `A客户${String(i).padStart(2, '0')}`,
  revenue: 1000 - 10 * Math.floor(i / 2),
}));

beforeAll(async () => {
  server = await startTestServer();
  manager = (await server.userClient('manager', '赵总')) as Client;
  alice = (await server.userClient('relationship_manager', 'Alice')) as Client;
  bob = (await server.userClient('relationship_manager', 'Bob')) as Client;
  service = (await server.userClient('service', '客服')) as Client;
  ids = await insertPurchaseHistory(server.db, [
    ...aliceCustomers.map(({ name, revenue }) => ({
      name,
      ownerId: alice.user.id,
      purchases: [['2025-01-10', `${revenue}.00`]] as [string, string][],
    })),
    { name: '=HYPERLINK("x")', ownerId: bob.user.id, purchases: [['2025-01-10', '20.00']] },
    { name: 'Bob的客户', ownerId: bob.user.id },
    { name: '无人负责', purchases: [['2025-01-10', '30.00']] },
  ]);
  // Bob shares one of his customers with Alice.
  expect((await manager.patch(`/api/v1/customers/${ids.Bob的客户}`, { sharedWithIds: [alice.user.id] })).status).toBe(
    200,
  );
  // Bob reads English, the manager Chinese; Alice chose none, so her tasks are in the manager's language.
  await server.db.execute(sql`UPDATE users SET language = 'en' WHERE id = ${bob.user.id}`);
  await server.db.execute(sql`UPDATE users SET language = 'zh-CN' WHERE id = ${manager.user.id}`);
});
afterAll(() => server.close());

const names = (items: { name: string }[]) => items.map((item) => item.name);

describe('all neglected customers of a relationship manager', () => {
  it('are paged most valuable first, without gaps or repeats, with the total', async () => {
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 5; page++) {
      const body = (await manager.get(`/api/v1/reports/neglect/customers?ownerId=${alice.user.id}&limit=20${cursor}`))
        .body;
      expect(body.total).toBe(45);
      seen.push(...names(body.items));
      if (!body.nextCursor) break;
      cursor = `&cursor=${encodeURIComponent(body.nextCursor)}`;
    }
    expect(seen).toEqual(aliceCustomers.map((customer) => customer.name));
    // The report's card shows the first 20 of the same order.
    const report = (await manager.get('/api/v1/reports/neglect')).body;
    const card = report.owners.find((group: { owner: { name: string } | null }) => group.owner?.name === 'Alice');
    expect(card.count).toBe(45);
    expect(names(card.customers)).toEqual(seen.slice(0, 20));
    const none = (await manager.get('/api/v1/reports/neglect/customers?noOwner=true')).body;
    expect(names(none.items)).toEqual(['无人负责']);
  });

  it('shows a relationship manager only customers they may see, and refuses bad input', async () => {
    const bobs = (await alice.get(`/api/v1/reports/neglect/customers?ownerId=${bob.user.id}`)).body;
    expect(bobs).toMatchObject({ total: 1, nextCursor: null });
    expect(names(bobs.items)).toEqual(['Bob的客户']);
    // Cursors are opaque: one made up (a value that is no amount, an id that is no id) is a 400, not a 500.
    const forged = (value: unknown, id: string) =>
      Buffer.from(JSON.stringify([JSON.stringify(value), id])).toString('base64url');
    const cursors = [forged(['10', 'x'], 'not-a-uuid'), forged(['1e999', 'x'], ids.A客户00), forged('10', ids.A客户00)];
    for (const query of [
      'cursor=abc',
      'days=0',
      'ownerId=x',
      'limit=500',
      'noOwner=maybe',
      ...cursors.map((c) => `cursor=${c}`),
    ]) {
      const refused = await alice.get(`/api/v1/reports/neglect/customers?${query}`);
      expect(refused.status, query).toBe(400);
    }
  });
});

describe('the neglect report as a file', () => {
  it('holds every neglected customer, with headers and labels in the reader’s language', async () => {
    const zh = await download(manager, '/api/v1/reports/neglect/export?language=zh-CN');
    expect(zh.status).toBe(200);
    expect(zh.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = zh.text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('\uFEFF关系经理,客户,客户 ID,最近联系,距今天数,销售额,RFM 细分,忠诚度阶段');
    expect(lines).toHaveLength(1 + 45 + 3);
    expect(lines).toContain(`无关系经理,无人负责,${ids.无人负责},从未联系,,30.00,,`);
    // A name that a spreadsheet would run as a formula is neutralised.
    expect(lines.some((line) => line.includes(`"'=HYPERLINK(""x"")"`))).toBe(true);

    const en = await download(manager, `/api/v1/reports/neglect/export?ownerId=${alice.user.id}&language=en`);
    const rows = en.text.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe(
      '\uFEFFRelationship manager,Customer,Customer id,Last contact,Days since,Revenue,RFM segment,Loyalty stage',
    );
    expect(rows).toHaveLength(46);
    expect(rows[1]).toBe(`Alice,A客户00,${ids.A客户00},Never,,1000.00,,`);
  });

  it('covers only what the caller may see, and refuses a bad language', async () => {
    const mine = (await download(bob, '/api/v1/reports/neglect/export?language=en')).text.split('\r\n').filter(Boolean);
    expect(mine).toHaveLength(3);
    expect((await bob.get('/api/v1/reports/neglect/export?language=fr')).status).toBe(400);
  });
});

describe('tasks for the neglected customers', () => {
  const openTasks = (customerId: string) =>
    selectRows<{ title: string; assignee_id: string }>(
      server.db,
      sql`SELECT title, assignee_id FROM tasks WHERE customer_id = ${customerId} AND status = 'open'`,
    );

  it('are counted first, then made once per customer for its relationship manager, audited and told', async () => {
    // One customer of Alice's has an open task already.
    expect(
      (await alice.post('/api/v1/tasks', { title: '已安排', customerId: ids.A客户44, dueAt: new Date().toISOString() }))
        .status,
    ).toBe(201);
    const preview = await manager.post('/api/v1/reports/neglect/tasks', { days: 30, dryRun: true });
    expect(preview.body).toEqual({ made: 46, openTask: 1, noOwner: 1, notYours: 0, dryRun: true });
    expect(await openTasks(ids.A客户00)).toEqual([]);

    const made = await manager.post('/api/v1/reports/neglect/tasks', { days: 30, dueDays: 3 });
    expect(made.body).toEqual({ made: 46, openTask: 1, noOwner: 1, notYours: 0, dryRun: false });
    expect(await openTasks(ids.A客户00)).toEqual([{ title: '联系A客户00：从未联系过', assignee_id: alice.user.id }]);
    expect(await openTasks(ids.Bob的客户)).toEqual([
      { title: 'Get in touch with Bob的客户: never contacted', assignee_id: bob.user.id },
    ]);
    expect(await openTasks(ids.A客户44)).toHaveLength(1);
    expect(await openTasks(ids.无人负责)).toEqual([]);
    const [due] = await selectRows<{ days: number }>(
      server.db,
      sql`SELECT round(extract(epoch FROM due_at - now()) / 86400)::int AS days FROM tasks WHERE customer_id = ${ids.A客户00}`,
    );
    expect(due.days).toBe(3);

    const [audit] = await selectRows<{ n: number }>(
      server.db,
      sql`SELECT count(*)::int AS n FROM audit_log
          WHERE entity = 'task' AND action = 'create' AND actor_id = ${manager.user.id} AND changes->'origin'->>'after' = 'neglect report'`,
    );
    expect(audit.n).toBe(46);
    const told = (await alice.get('/api/v1/notifications')).body.items;
    expect(told.map((n: { title: string }) => n.title)).toContain('赵总 给你安排了 44 个跟进任务：30 天未联系的客户');
    const bobTold = (await bob.get('/api/v1/notifications')).body.items;
    expect(bobTold.map((n: { title: string }) => n.title)).toContain(
      '赵总 gave you 2 follow-up tasks: customers not contacted for 30 days',
    );

    // Again: everyone has an open task now.
    expect((await manager.post('/api/v1/reports/neglect/tasks', { days: 30 })).body).toMatchObject({
      made: 0,
      openTask: 47,
    });
  });

  it('are for a relationship manager’s own customers only, for service staff not at all', async () => {
    await server.db.execute(sql`UPDATE tasks SET status = 'cancelled' WHERE assignee_id = ${bob.user.id}`);
    // Alice sees Bob's shared customer but may not give Bob a task; a customer she cannot see is ignored.
    const picked = [ids.Bob的客户, ids['=HYPERLINK("x")']];
    expect((await alice.post('/api/v1/reports/neglect/tasks', { customerIds: picked })).body).toEqual({
      made: 0,
      openTask: 0,
      noOwner: 0,
      notYours: 1,
      dryRun: false,
    });
    expect((await bob.post('/api/v1/reports/neglect/tasks', { customerIds: picked })).body).toMatchObject({
      made: 2,
      notYours: 0,
    });
    expect((await service.post('/api/v1/reports/neglect/tasks', {})).status).toBe(403);
    for (const body of [{ customerIds: [] }, { customerIds: ['x'] }, { dueDays: 100 }, { days: 30, every: true }]) {
      const refused = await manager.post('/api/v1/reports/neglect/tasks', body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
    }
  });
});
