import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = ApiClient & { user: { id: string } };
let manager: Client;
let owner: Client;
let outsider: Client;
let service: Client;
let customerId: string;
let otherCustomerId: string;
let contactId: string;

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
  owner = await server.userClient('relationship_manager');
  outsider = await server.userClient('relationship_manager');
  service = await server.userClient('service');
  customerId = (await owner.post('/api/v1/customers', { kind: 'organization', name: '华兴贸易' })).body.id;
  otherCustomerId = (await outsider.post('/api/v1/customers', { kind: 'person', name: '李娜' })).body.id;
  contactId = (await owner.post(`/api/v1/customers/${customerId}/contacts`, { name: '王经理' })).body.id;
});
afterAll(() => server.close());

describe('interactions', () => {
  it('are logged with every element, listed newest first and filtered', async () => {
    const call = await owner.post('/api/v1/interactions', {
      customerId,
      contactIds: [contactId],
      medium: 'phone',
      direction: 'outbound',
      content: 'business',
      method: 'direct',
      occurredAt: '2026-03-01T10:00:00+08:00',
      durationMinutes: 12,
      cost: '1.50',
      outcome: 'interested',
      note: '询问新品价格',
      nextStep: '寄样品',
    });
    expect(call.status).toBe(201);
    expect(call.body).toMatchObject({
      medium: 'phone',
      contacts: [{ id: contactId, name: '王经理' }],
      user: { id: owner.user.id },
      customer: { id: customerId, name: '华兴贸易' },
      cost: '1.50',
      durationMinutes: 12,
      outcome: 'interested',
    });
    const visit = await owner.post('/api/v1/interactions', { customerId, medium: 'visit' });
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({ direction: 'outbound', content: 'business', method: 'direct', contacts: [] });

    const all = await owner.get(`/api/v1/interactions?customerId=${customerId}`);
    expect(all.body.items.map((i: { id: string }) => i.id)).toEqual([visit.body.id, call.body.id]);
    const phones = await owner.get('/api/v1/interactions?medium=phone');
    expect(phones.body.items.map((i: { id: string }) => i.id)).toEqual([call.body.id]);
    const march = await owner.get('/api/v1/interactions?from=2026-03-01&to=2026-03-01');
    expect(march.body.items.map((i: { id: string }) => i.id)).toEqual([call.body.id]);
    const byUser = await manager.get(`/api/v1/interactions?userId=${owner.user.id}&limit=1`);
    expect(byUser.body.items).toHaveLength(1);
    const next = await manager.get(
      `/api/v1/interactions?userId=${owner.user.id}&limit=1&cursor=${byUser.body.nextCursor}`,
    );
    expect(next.body.items.map((i: { id: string }) => i.id)).toEqual([call.body.id]);
  });

  it('reject bad input with the field named, and contacts of another customer', async () => {
    const bad = await owner.post('/api/v1/interactions', { customerId, medium: 'pigeon', durationMinutes: -1 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(expect.arrayContaining(['medium', 'durationMinutes']));
    const otherContact = (await manager.post(`/api/v1/customers/${customerId}/contacts`, { name: '赵工' })).body.id;
    const foreign = await outsider.post('/api/v1/interactions', {
      customerId: otherCustomerId,
      medium: 'phone',
      contactIds: [otherContact],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields.contactIds).toBeTruthy();
    expect((await owner.get('/api/v1/interactions?from=yesterday')).status).toBe(400);
  });

  it("are hidden from relationship managers who don't serve the customer", async () => {
    const mine = (await owner.post('/api/v1/interactions', { customerId, medium: 'wechat' })).body;
    expect((await outsider.get(`/api/v1/interactions/${mine.id}`)).status).toBe(404);
    expect((await outsider.post('/api/v1/interactions', { customerId, medium: 'sms' })).status).toBe(404);
    expect((await outsider.patch(`/api/v1/interactions/${mine.id}`, { note: 'x' })).status).toBe(404);
    const list = await outsider.get('/api/v1/interactions');
    expect(list.body.items.every((i: { customerId: string }) => i.customerId === otherCustomerId)).toBe(true);
    expect((await manager.get(`/api/v1/interactions/${mine.id}`)).status).toBe(200);
    // Service staff may log what they did, but not change what others logged.
    expect(
      (await service.post('/api/v1/interactions', { customerId, medium: 'phone', direction: 'inbound' })).status,
    ).toBe(201);
    expect((await service.patch(`/api/v1/interactions/${mine.id}`, { note: 'x' })).status).toBe(403);
    expect((await manager.patch(`/api/v1/interactions/${mine.id}`, { note: '经理补充' })).body.note).toBe('经理补充');
    expect((await owner.delete(`/api/v1/interactions/${mine.id}`)).status).toBe(204);
    expect((await owner.get(`/api/v1/interactions/${mine.id}`)).status).toBe(404);
  });
});

describe('tasks', () => {
  it('are grouped into overdue, today and upcoming, with counts', async () => {
    const overdue = await owner.post('/api/v1/tasks', { title: '回访', customerId, dueAt: hoursFromNow(-72) });
    expect(overdue.status).toBe(201);
    expect(overdue.body).toMatchObject({
      status: 'open',
      priority: 'normal',
      assignee: { id: owner.user.id },
      rule: null,
    });
    const upcoming = await owner.post('/api/v1/tasks', {
      title: '寄样品',
      customerId,
      dueAt: hoursFromNow(72),
      priority: 'high',
    });
    const counts = await owner.get('/api/v1/tasks/counts');
    expect(counts.body).toEqual({ overdue: 1, today: 0, upcoming: 1 });
    const list = await owner.get('/api/v1/tasks?bucket=upcoming');
    expect(list.body.items.map((t: { id: string }) => t.id)).toEqual([upcoming.body.id]);
    expect((await outsider.get('/api/v1/tasks/counts')).body).toEqual({ overdue: 0, today: 0, upcoming: 0 });
  });

  it("show managers the team's tasks, and only managers", async () => {
    expect((await owner.get('/api/v1/tasks?scope=team')).status).toBe(403);
    // On a customer's page everyone's tasks of that customer are shown, if the customer is visible.
    const ofCustomer = await outsider.get(`/api/v1/tasks?scope=team&customerId=${otherCustomerId}`);
    expect(ofCustomer.status).toBe(200);
    expect((await outsider.get(`/api/v1/tasks?scope=team&customerId=${customerId}`)).body.items).toEqual([]);
    const team = await manager.get(`/api/v1/tasks?scope=team&assigneeId=${owner.user.id}`);
    expect(team.body.items.length).toBeGreaterThanOrEqual(2);
    expect((await manager.get('/api/v1/tasks/counts?scope=team')).body.overdue).toBeGreaterThanOrEqual(1);
  });

  it('are completed with the interaction that did them, in one step', async () => {
    const task = (await owner.post('/api/v1/tasks', { title: '致谢', customerId, dueAt: hoursFromNow(1) })).body;
    const done = await owner.post(`/api/v1/tasks/${task.id}/complete`, {
      interaction: { medium: 'phone', outcome: 'reached', note: '客户很满意', contactIds: [contactId] },
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('done');
    expect(done.body.interactionId).toBeTruthy();
    const interaction = (await owner.get(`/api/v1/interactions/${done.body.interactionId}`)).body;
    expect(interaction).toMatchObject({ taskId: task.id, medium: 'phone', note: '客户很满意' });
    expect((await owner.post(`/api/v1/tasks/${task.id}/complete`, {})).status).toBe(409);
  });

  it('leave no half-written state when the interaction is bad', async () => {
    const task = (await owner.post('/api/v1/tasks', { title: '再联系', customerId, dueAt: hoursFromNow(2) })).body;
    const other = (await manager.post(`/api/v1/customers/${otherCustomerId}/contacts`, { name: '外人' })).body.id;
    const bad = await owner.post(`/api/v1/tasks/${task.id}/complete`, {
      interaction: { medium: 'phone', contactIds: [other] },
    });
    expect(bad.status).toBe(400);
    expect((await owner.get(`/api/v1/tasks/${task.id}`)).body.status).toBe('open');
    const noCustomer = (await owner.post('/api/v1/tasks', { title: '写周报', dueAt: hoursFromNow(5) })).body;
    expect(
      (await owner.post(`/api/v1/tasks/${noCustomer.id}/complete`, { interaction: { medium: 'phone' } })).status,
    ).toBe(400);
    expect((await owner.post(`/api/v1/tasks/${noCustomer.id}/complete`, {})).body.status).toBe('done');
  });

  it('are assigned to others by managers only, cancelled and reopened', async () => {
    expect(
      (await owner.post('/api/v1/tasks', { title: 'x', dueAt: hoursFromNow(1), assigneeId: outsider.user.id })).status,
    ).toBe(403);
    const given = await manager.post('/api/v1/tasks', {
      title: '拜访',
      customerId,
      dueAt: hoursFromNow(30),
      assigneeId: owner.user.id,
    });
    expect(given.body.assignee.id).toBe(owner.user.id);
    // The assignee is told in the bell.
    const told = (await owner.get('/api/v1/notifications')).body.items;
    expect(told.map((item: { taskId: string }) => item.taskId)).toContain(given.body.id);
    expect(
      (
        await manager.post('/api/v1/tasks', {
          title: 'x',
          dueAt: hoursFromNow(1),
          assigneeId: '00000000-0000-4000-8000-000000000000',
        })
      ).status,
    ).toBe(400);
    expect((await owner.patch(`/api/v1/tasks/${given.body.id}`, { status: 'cancelled' })).body.status).toBe(
      'cancelled',
    );
    expect((await owner.patch(`/api/v1/tasks/${given.body.id}`, { status: 'open' })).body.status).toBe('open');
    expect((await outsider.get(`/api/v1/tasks/${given.body.id}`)).status).toBe(404);
    expect((await outsider.patch(`/api/v1/tasks/${given.body.id}`, { title: 'y' })).status).toBe(404);
    expect((await outsider.post('/api/v1/tasks', { title: 'x', customerId, dueAt: hoursFromNow(1) })).status).toBe(404);
    expect((await owner.post('/api/v1/tasks', { title: '', dueAt: 'soon' })).body.error.fields).toMatchObject({
      title: expect.any(String),
      dueAt: expect.any(String),
    });
  });
});
