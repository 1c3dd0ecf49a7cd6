import { type AddressInfo, createServer, type Socket } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRulesPass } from '../../src/contact-rules/index.ts';
import { customers, orders } from '../../src/db/schema/index.ts';
import { insertPurchaseHistory } from '../helpers/purchases.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = ApiClient & { user: { id: string } };
let manager: Client;
let owner: Client;
let ids: Record<string, string>;
const rules: Record<string, { id: string; name: string }> = {};

/** The controllable clock: every pass runs as of a given moment. */
const T0 = '2026-06-10T09:00:00+08:00';
const later = (days: number, hours = 0) => new Date(Date.parse(T0) + (days * 24 + hours) * 3_600_000).toISOString();
const pass = async (asOf: string) => {
  const response = await manager.post('/api/v1/contact-rules/run', { asOf });
  expect(response.status).toBe(200);
  return response.body as { tasks: number; rules: { ruleId: string; tasks: number }[] };
};
const tasksOf = async (ruleKey: string, customer?: string) => {
  const query = `scope=team&limit=200&ruleId=${rules[ruleKey].id}${customer ? `&customerId=${ids[customer]}` : ''}`;
  return (await manager.get(`/api/v1/tasks?${query}`)).body.items as {
    title: string;
    dueAt: string;
    customer: { name: string };
  }[];
};

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
  owner = await server.userClient('relationship_manager');
  const ownerId = owner.user.id;
  ids = await insertPurchaseHistory(server.db, [
    { name: '周杰', ownerId, purchases: [['2026-06-09', '500.00']] },
    { name: '老客户', ownerId, purchases: [['2025-01-01', '80.00']] },
    { name: '刘洋', ownerId, purchases: [['2026-03-11', '120.00']] },
    { name: '无主', purchases: [['2026-06-09', '60.00']] },
    { name: '王芳', ownerId },
  ]);
  for (const rule of (await manager.get('/api/v1/contact-rules')).body.items) rules[rule.systemKey] = rule;
});
afterAll(() => server.close());

describe('the shipped rules', () => {
  it('thank a purchase of the last days and flag 90 days without a purchase, once', async () => {
    const first = await pass(T0);
    expect(first.tasks).toBe(2);
    const thanks = await tasksOf('thank_you');
    expect(thanks.map((task) => task.customer.name)).toEqual(['周杰']);
    expect(thanks[0].title).toContain('周杰');
    expect(thanks[0].title).toContain('FX-1-周杰');
    // Due three days after the pass that made it (T0), not after the purchase (2026-06-09 12:00).
    expect(new Date(thanks[0].dueAt).toISOString()).toBe(later(3));
    const churn = await tasksOf('churn_risk');
    expect(churn.map((task) => task.customer.name)).toEqual(['刘洋']);
    expect(churn[0].title).toContain('90');
    // The owner sees them in My work and has been notified.
    const mine = (await owner.get('/api/v1/tasks?limit=50')).body.items;
    expect(mine).toHaveLength(2);
    expect(mine[0].rule).toMatchObject({ id: expect.any(String) });
    expect((await owner.get('/api/v1/notifications/unread-count')).body.count).toBe(2);
    // Idempotent: the same pass again, or an hour later, makes nothing new.
    expect((await pass(T0)).tasks).toBe(0);
    expect((await pass(later(0, 1))).tasks).toBe(0);
  });

  it('leave imported history alone, and customers without an owner', async () => {
    expect(await tasksOf('thank_you', '老客户')).toEqual([]);
    expect(await tasksOf('churn_risk', '老客户')).toEqual([]);
    expect(await tasksOf('thank_you', '无主')).toEqual([]);
  });

  it('wait for the delay, and catch up once after downtime within the horizon', async () => {
    expect(await tasksOf('satisfaction_check')).toEqual([]);
    // Due 30 days after the purchase (2026-07-09 12:00); the runner was down until 07-12.
    expect((await pass(later(28))).tasks).toBe(0);
    const caughtUp = await pass(later(32));
    expect(caughtUp.rules.find((rule) => rule.ruleId === rules.satisfaction_check.id)?.tasks).toBe(1);
    const [check] = await tasksOf('satisfaction_check');
    expect(check.customer.name).toBe('周杰');
    // Made on 07-12, three days after its action time: due 3 days after it was made, not born
    // (nearly) overdue at purchase + 30 + 3 days (2026-07-12 12:00).
    expect(new Date(check.dueAt).toISOString()).toBe(later(35));
    expect((await pass(later(33))).tasks).toBe(0);
    expect((await pass(later(40))).tasks).toBe(0);
  });
});

describe('rules as data', () => {
  it('follow their conditions', async () => {
    await server.db
      .update(customers)
      .set({ tags: ['vip'] })
      .where(eq(customers.id, ids.王芳));
    const vip = await manager.post('/api/v1/contact-rules', {
      name: 'VIP 下单 · VIP order',
      trigger: 'order_placed',
      conditions: { tags: ['vip'] },
      titleTemplate: 'VIP {customer} {order}',
      horizonDays: 2,
    });
    expect(vip.status).toBe(201);
    rules.vip = vip.body;
    const at = later(50);
    await server.db.insert(orders).values([
      { externalId: 'VIP-1', customerId: ids.王芳, orderedAt: new Date(later(49, 20)), total: '9.00' },
      { externalId: 'PLAIN-1', customerId: ids.周杰, orderedAt: new Date(later(49, 20)), total: '9.00' },
    ]);
    await pass(at);
    expect((await tasksOf('vip')).map((task) => task.title)).toEqual(['VIP 王芳 VIP-1']);
    // The shipped thank-you rule has no condition: both purchases are thanked.
    expect((await tasksOf('thank_you')).length).toBe(3);
  });

  it('are edited by managers, and the next pass follows the change', async () => {
    expect((await owner.patch(`/api/v1/contact-rules/${rules.vip.id}`, { enabled: false })).status).toBe(403);
    expect((await manager.patch(`/api/v1/contact-rules/${rules.vip.id}`, { enabled: false })).body.enabled).toBe(false);
    await server.db
      .insert(orders)
      .values({ externalId: 'VIP-2', customerId: ids.王芳, orderedAt: new Date(later(51)), total: '5.00' });
    await pass(later(51, 1));
    expect((await tasksOf('vip')).length).toBe(1);
    await manager.patch(`/api/v1/contact-rules/${rules.vip.id}`, { enabled: true, titleTemplate: '贵宾 {customer}' });
    await pass(later(51, 2));
    expect((await tasksOf('vip')).map((task) => task.title).sort()).toEqual(['VIP 王芳 VIP-1', '贵宾 王芳']);
  });

  it('are checked: a clear 400 for what a trigger needs, 409 for deleting a shipped rule', async () => {
    const bad = await manager.post('/api/v1/contact-rules', { name: 'x', trigger: 'no_purchase', titleTemplate: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.days).toBeTruthy();
    const badStage = await manager.patch(`/api/v1/contact-rules/${rules.win_back.id}`, { enteredValue: 'sleepy' });
    expect(badStage.status).toBe(400);
    expect(badStage.body.error.fields.enteredValue).toBeTruthy();
    expect((await manager.delete(`/api/v1/contact-rules/${rules.win_back.id}`)).status).toBe(409);
    expect((await manager.delete(`/api/v1/contact-rules/${rules.vip.id}`)).status).toBe(204);
    expect((await owner.post('/api/v1/contact-rules/run', {})).status).toBe(403);
    expect((await manager.post('/api/v1/contact-rules/run', { asOf: 'tomorrow' })).status).toBe(400);
  });
});

describe('entering a stage', () => {
  it('makes a win-back task when a client (主顾) becomes dormant', async () => {
    const history = await insertPurchaseHistory(server.db, [
      {
        name: '陈晨',
        ownerId: owner.user.id,
        purchases: ['01', '02', '03', '04', '05', '06'].map((month) => [`2024-${month}-15`, '300.00']),
      },
    ]);
    ids.陈晨 = history.陈晨;
    expect((await manager.post('/api/v1/analytics/runs', { asOf: '2024-06-20' })).status).toBe(201);
    expect((await manager.get(`/api/v1/customers/${ids.陈晨}/scores`)).body.items[0].loyaltyStage).toBe('client');
    expect((await manager.post('/api/v1/analytics/runs', { asOf: '2025-01-10' })).status).toBe(201);
    await pass('2025-01-10T09:00:00+08:00');
    const winBack = await tasksOf('win_back');
    expect(winBack.map((task) => task.customer.name)).toEqual(['陈晨']);
    expect((await pass('2025-01-10T10:00:00+08:00')).tasks).toBe(0);
    // The timeline shows the move and the task.
    const timeline = (await owner.get(`/api/v1/customers/${ids.陈晨}/timeline?kinds=analysis,task`)).body.items;
    expect(timeline.map((entry: { kind: string }) => entry.kind)).toEqual(['task', 'analysis', 'analysis']);
    expect(timeline[1].data.stage).toEqual({ from: 'client', to: 'dormant' });
  });
});

describe('the other triggers', () => {
  it('N days without an interaction, and a sharp fall in spend (at most once in 90 days)', async () => {
    const history = await insertPurchaseHistory(server.db, [
      { name: '安静', ownerId: owner.user.id },
      {
        name: '少买',
        ownerId: owner.user.id,
        purchases: [
          ['2026-02-01', '1000.00'],
          ['2026-05-01', '100.00'],
        ],
      },
    ]);
    Object.assign(ids, history);
    const call = await owner.post('/api/v1/interactions', {
      customerId: ids.安静,
      medium: 'phone',
      occurredAt: later(-12),
    });
    expect(call.status).toBe(201);
    const quiet = await manager.post('/api/v1/contact-rules', {
      name: '十天未联系',
      trigger: 'no_interaction',
      days: 10,
      titleTemplate: '{customer}: {days} 天未联系',
    });
    const drop = await manager.post('/api/v1/contact-rules', {
      name: '消费骤降',
      trigger: 'spend_drop',
      titleTemplate: '{customer} 消费骤降',
    });
    rules.quiet = quiet.body;
    rules.drop = drop.body;
    await pass(T0);
    expect((await tasksOf('quiet', '安静')).map((task) => task.title)).toEqual(['安静: 10 天未联系']);
    expect((await tasksOf('drop', '少买')).map((task) => task.title)).toEqual(['少买 消费骤降']);
    // Still on the spend-drop list a day later, but already acted on.
    await pass(later(1));
    expect(await tasksOf('drop', '少买')).toHaveLength(1);
    // A new interaction starts the count again: 10 days after it, a new task.
    await owner.post('/api/v1/interactions', { customerId: ids.安静, medium: 'visit', occurredAt: later(1) });
    await pass(later(11, 1));
    expect(await tasksOf('quiet', '安静')).toHaveLength(2);
  });
});

describe('run now', () => {
  it('waits for a pass that is running when it is asked, and reports what that pass made too', async () => {
    // The scheduler's pass is held in its last step, sending the emails, by an SMTP server that
    // says nothing until the test lets it go: the pass has made its tasks and is still running.
    const held = new Set<Socket>();
    const smtp = createServer((socket) => held.add(socket));
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    process.env.GUANXI_SMTP_URL = `smtp://127.0.0.1:${(smtp.address() as AddressInfo).port}`;
    try {
      const at = later(70);
      await server.db
        .insert(orders)
        .values({ externalId: 'BG-1', customerId: ids.周杰, orderedAt: new Date(later(69, 20)), total: '7.00' });
      const background = runRulesPass({ db: server.db, asOf: new Date(at) });
      while (held.size === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const asked = pass(at);
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const socket of held) socket.destroy();
      smtp.close();
      const [report, backgroundPass] = await Promise.all([asked, background]);
      expect(backgroundPass.tasks).toBe(1);
      expect(report.tasks).toBe(1);
      expect(report.rules.find((rule) => rule.ruleId === rules.thank_you.id)?.tasks).toBe(1);
      expect((await tasksOf('thank_you', '周杰')).filter((task) => task.title.includes('BG-1'))).toHaveLength(1);
    } finally {
      delete process.env.GUANXI_SMTP_URL;
      smtp.close();
    }
    // Once made, a later "run now" makes and reports nothing.
    expect((await pass(later(70, 1))).tasks).toBe(0);
  });

  it('also says what the rules made since they were last changed, though a background pass made it', async () => {
    const before = await manager.patch(`/api/v1/contact-rules/${rules.thank_you.id}`, { taskPriority: 'high' });
    expect(before.status).toBe(200);
    await server.db
      .insert(orders)
      .values({ externalId: 'BG-2', customerId: ids.周杰, orderedAt: new Date(later(79, 20)), total: '7.00' });
    // The scheduler's pass made the task a moment before "run now" is asked.
    const background = await runRulesPass({ db: server.db, asOf: new Date(later(80)) });
    expect(background.rules.find((rule) => rule.ruleId === rules.thank_you.id)?.tasks).toBe(1);
    const report = (await manager.post('/api/v1/contact-rules/run', { asOf: later(80) })).body;
    expect(report.tasks).toBe(0);
    const { events, tasks, notifications } = background;
    expect(report.sinceChange).toMatchObject({ events, tasks, notifications });
    expect(Date.parse(report.sinceChange.changedAt)).toBe(Date.parse(before.body.updatedAt));
  });
});
