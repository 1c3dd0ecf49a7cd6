import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

/**
 * Service staff (客服) log interactions (a service call is a contact) and manage the tasks assigned to
 * themselves, and change nothing else: no customer, contact, order, product, rule or anyone else's
 * task or interaction. What they can see but not change answers 403.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = ApiClient & { user: { id: string } };
let manager: Client;
let owner: Client;
let service: Client;
let customerId: string;
let contactId: string;
let productId: string;
let orderId: string;
let ruleId: string;

const dueAt = new Date(Date.now() + 86_400_000).toISOString();

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
  owner = await server.userClient('relationship_manager');
  service = await server.userClient('service');
  customerId = (await owner.post('/api/v1/customers', { kind: 'organization', name: '客服测试公司' })).body.id;
  contactId = (await owner.post(`/api/v1/customers/${customerId}/contacts`, { name: '赵主任' })).body.id;
  productId = (await manager.post('/api/v1/products', { sku: 'SVC-1', name: '维修服务', listPrice: '100' })).body.id;
  orderId = (
    await owner.post('/api/v1/orders', {
      customerId,
      orderedAt: '2025-03-01T10:00:00+08:00',
      lines: [{ productId, quantity: 1, unitPrice: '100.00' }],
    })
  ).body.id;
  ruleId = (
    await manager.post('/api/v1/contact-rules', {
      name: '下单回访',
      trigger: 'order_placed',
      titleTemplate: '回访 {customer}',
    })
  ).body.id;
  for (const id of [customerId, contactId, productId, orderId, ruleId]) expect(id).toBeTruthy();
});
afterAll(() => server.close());

describe('service staff may', () => {
  it('log an interaction with any customer, and correct or remove their own', async () => {
    const call = await service.post('/api/v1/interactions', {
      customerId,
      contactIds: [contactId],
      medium: 'phone',
      direction: 'inbound',
      note: '报修',
    });
    expect(call.status).toBe(201);
    expect(call.body.user.id).toBe(service.user.id);
    expect((await service.patch(`/api/v1/interactions/${call.body.id}`, { note: '已上门' })).body.note).toBe('已上门');
    expect((await service.delete(`/api/v1/interactions/${call.body.id}`)).status).toBe(204);
  });

  it('create tasks for themselves, change them and complete them with an interaction', async () => {
    const task = await service.post('/api/v1/tasks', { title: '回电客户', customerId, dueAt });
    expect(task.status).toBe(201);
    expect(task.body.assignee.id).toBe(service.user.id);
    expect((await service.patch(`/api/v1/tasks/${task.body.id}`, { priority: 'high' })).body.priority).toBe('high');
    const done = await service.post(`/api/v1/tasks/${task.body.id}/complete`, {
      interaction: { medium: 'phone', direction: 'outbound', note: '已回电' },
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('done');
    expect(done.body.interactionId).toBeTruthy();
  });

  it('work on a task a manager assigned to them', async () => {
    const given = await manager.post('/api/v1/tasks', {
      title: '上门维修',
      customerId,
      dueAt,
      assigneeId: service.user.id,
    });
    expect(given.status).toBe(201);
    expect((await service.patch(`/api/v1/tasks/${given.body.id}`, { notes: '带配件' })).status).toBe(200);
    expect((await service.post(`/api/v1/tasks/${given.body.id}/complete`, {})).body.status).toBe('done');
  });
});

describe('service staff may not', () => {
  it('change a customer or its contacts (403, the customer stays as it was)', async () => {
    const refused = [
      await service.post('/api/v1/customers', { kind: 'person', name: '不该建' }),
      await service.patch(`/api/v1/customers/${customerId}`, { name: '改名' }),
      await service.delete(`/api/v1/customers/${customerId}`),
      await service.post(`/api/v1/customers/${customerId}/contacts`, { name: '新联系人' }),
      await service.patch(`/api/v1/contacts/${contactId}`, { title: '经理' }),
      await service.delete(`/api/v1/contacts/${contactId}`),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect((await service.get(`/api/v1/customers/${customerId}`)).body.name).toBe('客服测试公司');
    expect((await service.get(`/api/v1/contacts/${contactId}`)).body.title ?? null).toBeNull();
  });

  it('record an order or change the catalogue', async () => {
    const order = await service.post('/api/v1/orders', {
      customerId,
      orderedAt: '2025-03-02T10:00:00+08:00',
      lines: [{ productId, quantity: 1, unitPrice: '100.00' }],
    });
    expect(order.status).toBe(403);
    expect((await service.get(`/api/v1/orders/${orderId}`)).status).toBe(200);
    expect((await service.post('/api/v1/products', { sku: 'SVC-2', name: 'x', listPrice: '1' })).status).toBe(403);
    expect((await service.patch(`/api/v1/products/${productId}`, { name: '改名' })).status).toBe(403);
    expect((await service.delete(`/api/v1/products/${productId}`)).status).toBe(403);
  });

  it('change the contact rules', async () => {
    const rule = { name: 'x', trigger: 'order_placed', titleTemplate: 'x' };
    expect((await service.post('/api/v1/contact-rules', rule)).status).toBe(403);
    expect((await service.patch(`/api/v1/contact-rules/${ruleId}`, { name: '改名' })).status).toBe(403);
    expect((await service.delete(`/api/v1/contact-rules/${ruleId}`)).status).toBe(403);
  });

  it("give tasks to others, or change or complete someone else's task they can see", async () => {
    expect((await service.post('/api/v1/tasks', { title: 'x', dueAt, assigneeId: owner.user.id })).status).toBe(403);
    const own = (await service.post('/api/v1/tasks', { title: '自己的', customerId, dueAt })).body;
    expect((await service.patch(`/api/v1/tasks/${own.id}`, { assigneeId: owner.user.id })).status).toBe(403);
    const others = (await owner.post('/api/v1/tasks', { title: '关系经理的', customerId, dueAt })).body;
    expect((await service.get(`/api/v1/tasks/${others.id}`)).status).toBe(200);
    expect((await service.patch(`/api/v1/tasks/${others.id}`, { title: '改' })).status).toBe(403);
    expect((await service.post(`/api/v1/tasks/${others.id}/complete`, {})).status).toBe(403);
    expect((await owner.get(`/api/v1/tasks/${others.id}`)).body).toMatchObject({ title: '关系经理的', status: 'open' });
  });

  it("change or remove someone else's interaction", async () => {
    const logged = (await owner.post('/api/v1/interactions', { customerId, medium: 'visit' })).body;
    expect((await service.patch(`/api/v1/interactions/${logged.id}`, { note: 'x' })).status).toBe(403);
    expect((await service.delete(`/api/v1/interactions/${logged.id}`)).status).toBe(403);
    expect((await owner.get(`/api/v1/interactions/${logged.id}`)).status).toBe(200);
  });

  it("see the team's tasks, run analyses or import", async () => {
    expect((await service.get('/api/v1/tasks?scope=team')).status).toBe(403);
    expect((await service.post('/api/v1/analytics/runs', {})).status).toBe(403);
  });
});
