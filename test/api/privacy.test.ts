import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/auth/index.ts';
import { selectRows } from '../../src/db/client.ts';
import { applyContactRetention } from '../../src/privacy/index.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = ApiClient & { user: { id: string; name: string } };
let admin: Client;
let manager: Client;
let owner: Client;
let outsider: Client;
let service: Client;

const person = { name: '张伟', phone: '138 0013 8000', email: 'zhang.wei@example.com' };
let personId: string;
let otherId: string;
let orderTotal: string;

/** How many rows of a table still hold a text anywhere in them (the whole row as text). */
async function rowsHolding(table: string, text: string) {
  const [row] = await selectRows<{ count: number }>(
    server.db,
    sql`SELECT count(*)::int AS count FROM ${sql.identifier(table)} t WHERE t::text LIKE ${`%${text}%`}`,
  );
  return row.count;
}

const personalTables = ['customers', 'contacts', 'interactions', 'tasks', 'notifications', 'rule_firings', 'audit_log'];

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.userClient('admin');
  manager = await server.userClient('manager');
  owner = await server.userClient('relationship_manager');
  outsider = await server.userClient('relationship_manager');
  service = await server.userClient('service');
  const created = await owner.post('/api/v1/customers', {
    kind: 'person',
    ...person,
    address: '北京市朝阳区建国路 1 号',
    notes: '张伟喜欢喝茶',
    tags: ['茶友'],
  });
  personId = created.body.id;
  await owner.patch(`/api/v1/customers/${personId}`, { notes: '张伟喜欢喝绿茶' });
  otherId = (await owner.post('/api/v1/customers', { kind: 'person', name: '李娜', phone: '139 0000 1111' })).body.id;
  const product = await admin.post('/api/v1/products', { sku: 'TEA-1', name: '龙井', listPrice: '120.00' });
  const order = await owner.post('/api/v1/orders', {
    customerId: personId,
    orderedAt: '2025-03-01T10:00:00+08:00',
    lines: [{ productId: product.body.id, quantity: 3, unitPrice: '120.50' }],
  });
  orderTotal = order.body.total;
  await owner.post('/api/v1/orders', {
    customerId: otherId,
    orderedAt: '2025-03-02T10:00:00+08:00',
    lines: [{ quantity: 1, unitPrice: '99.00' }],
  });
  await owner.post('/api/v1/interactions', {
    customerId: personId,
    medium: 'phone',
    note: '张伟 asked to be called on 13800138000',
    nextStep: 'Send 张伟 the price list',
  });
  await owner.post('/api/v1/interactions', { customerId: otherId, medium: 'phone', note: '李娜 ordered again' });
  await manager.post('/api/v1/tasks', {
    title: '回访张伟',
    notes: 'zhang.wei@example.com',
    customerId: personId,
    assigneeId: owner.user.id,
    dueAt: '2025-04-01T10:00:00+08:00',
  });
});
afterAll(() => server.close());

describe('exporting a person’s data', () => {
  it('gives the owner one file with everything held about the person, and only theirs', async () => {
    const response = await owner.get(`/api/v1/customers/${personId}/personal-data`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.json"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const file = response.body;
    expect(file.subject).toEqual({ type: 'customer', id: personId });
    expect(file.customer).toMatchObject({ ...person, notes: '张伟喜欢喝绿茶', tags: ['茶友'] });
    expect(file.owner).toEqual({ id: owner.user.id, name: owner.user.name });
    expect(file.interactions.map((i: { note: string }) => i.note)).toEqual(['张伟 asked to be called on 13800138000']);
    expect(file.tasks.map((t: { title: string }) => t.title)).toEqual(['回访张伟']);
    expect(file.notifications.map((n: { title: string }) => n.title)).toEqual(['回访张伟']);
    expect(file.orders).toHaveLength(1);
    expect(file.orders[0]).toMatchObject({ total: orderTotal, lines: [{ productSku: 'TEA-1', quantity: '3.000' }] });
    expect(file.auditLog.map((a: { action: string; entity: string }) => `${a.action} ${a.entity}`)).toEqual(
      expect.arrayContaining([
        'create customer',
        'update customer',
        'create interaction',
        'create task',
        'create order',
      ]),
    );
    const text = JSON.stringify(file);
    expect(text).not.toContain('李娜');
    expect(text).not.toContain('99.00');
  });

  it('is refused to whoever may not hand out the person’s data', async () => {
    expect((await outsider.get(`/api/v1/customers/${personId}/personal-data`)).status).toBe(404);
    expect((await service.get(`/api/v1/customers/${personId}/personal-data`)).status).toBe(403);
    expect((await manager.get(`/api/v1/customers/${personId}/personal-data`)).status).toBe(200);
    const organization = (await owner.post('/api/v1/customers', { kind: 'organization', name: '华兴贸易' })).body;
    expect((await owner.get(`/api/v1/customers/${organization.id}/personal-data`)).status).toBe(409);
  });

  it('is audited: who exported whom', async () => {
    const audit = await admin.get(`/api/v1/audit?entity=customer&entityId=${personId}`);
    const exports = audit.body.items.filter((entry: { action: string }) => entry.action === 'export');
    expect(exports.map((entry: { actorId: string }) => entry.actorId)).toEqual([manager.user.id, owner.user.id]);
    expect(exports[0].changes).toEqual({});
  });
});

describe('erasing a person', () => {
  it('is for administrators only', async () => {
    for (const client of [manager, owner, service])
      expect((await client.post(`/api/v1/customers/${personId}/erase`, { confirmName: '张伟' })).status).toBe(403);
    expect((await outsider.post(`/api/v1/customers/${personId}/erase`, { confirmName: '张伟' })).status).toBe(404);
  });

  it('needs the person’s current name typed again, and changes nothing without it', async () => {
    for (const body of [{}, { confirmName: '张' }, { confirmName: '李娜' }]) {
      const refused = await admin.post(`/api/v1/customers/${personId}/erase`, body);
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields).toHaveProperty('confirmName');
    }
    expect((await admin.get(`/api/v1/customers/${personId}`)).body).toMatchObject({ ...person, anonymisedAt: null });
  });

  it('anonymises the person everywhere, and keeps the orders and the analyses’ numbers', async () => {
    const before = (await owner.get(`/api/v1/customers/${personId}/summary`)).body;
    const runBefore = (await manager.post('/api/v1/analytics/runs', { asOf: '2025-06-30' })).body;
    const erased = await admin.post(`/api/v1/customers/${personId}/erase`, { confirmName: ' 张伟 ' });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ id: personId, name: `[erased] ${personId.slice(0, 8)}` });
    expect(erased.body.erased).toMatchObject({ interactions: 1, tasks: 1, notifications: 1 });

    const customer = (await admin.get(`/api/v1/customers/${personId}`)).body;
    expect(customer).toMatchObject({
      phone: null,
      email: null,
      address: null,
      notes: null,
      tags: [],
      externalId: null,
    });
    expect(customer.anonymisedAt).not.toBeNull();
    for (const text of ['张伟', '13800138000', '138 0013 8000', 'zhang.wei@example.com', '建国路', '茶友'])
      for (const table of personalTables) expect(await rowsHolding(table, text), `${text} in ${table}`).toBe(0);
    expect(await rowsHolding('customers', '李娜')).toBe(1);
    expect(await rowsHolding('interactions', '李娜 ordered again')).toBe(1);

    for (const q of ['张伟', '张', '13800138000', 'zhang.wei'])
      expect((await admin.get(`/api/v1/customers?q=${encodeURIComponent(q)}`)).body.items).toEqual([]);
    const interactions = (await owner.get(`/api/v1/interactions?customerId=${personId}`)).body.items;
    expect(interactions.map((i: { note: string; nextStep: string }) => [i.note, i.nextStep])).toEqual([
      ['[erased]', '[erased]'],
    ]);

    const after = (await owner.get(`/api/v1/customers/${personId}/summary`)).body;
    expect(after).toEqual(before);
    const order = (await owner.get(`/api/v1/orders?customerId=${personId}`)).body.items[0];
    expect(order.total).toBe(orderTotal);
    const runAfter = (await manager.post('/api/v1/analytics/runs', { asOf: '2025-06-30' })).body;
    const monetary = async (runId: string) =>
      selectRows<{ monetary: string }>(
        server.db,
        sql`SELECT monetary::text FROM customer_scores WHERE run_id = ${runId} AND customer_id = ${personId}`,
      );
    expect(await monetary(runAfter.id)).toEqual(await monetary(runBefore.id));
    expect((await monetary(runAfter.id))[0].monetary).toBe(orderTotal);
  });

  it('is recorded without the person’s data, and cannot be repeated or undone', async () => {
    const audit = (await admin.get(`/api/v1/audit?entity=customer&entityId=${personId}`)).body.items;
    const erasure = audit.find((entry: { action: string }) => entry.action === 'erase');
    expect(erasure.actorId).toBe(admin.user.id);
    expect(erasure.changes.reason).toEqual({ before: null, after: 'request' });
    const name = (await admin.get(`/api/v1/customers/${personId}`)).body.name;
    expect((await admin.post(`/api/v1/customers/${personId}/erase`, { confirmName: name })).status).toBe(409);
    const restore = await owner.patch(`/api/v1/customers/${personId}`, { name: '张伟', phone: '138 0013 8000' });
    expect(restore.status).toBe(409);
    expect(Object.keys(restore.body.error.fields)).toEqual(['name', 'phone']);
    const relevel = await owner.patch(`/api/v1/customers/${personId}`, { name, level: 'reactive' });
    expect(relevel.status).toBe(200);
  });

  it('erases one contact of an organization: their record, the interactions they took part in, and their name elsewhere', async () => {
    const organization = (await owner.post('/api/v1/customers', { kind: 'organization', name: '远航物流' })).body;
    const wang = (
      await owner.post(`/api/v1/customers/${organization.id}/contacts`, {
        name: '王芳',
        phone: '137 1111 2222',
        notes: '王芳 prefers WeChat',
      })
    ).body;
    const chen = (await owner.post(`/api/v1/customers/${organization.id}/contacts`, { name: '陈刚' })).body;
    await owner.post('/api/v1/interactions', {
      customerId: organization.id,
      medium: 'visit',
      contactIds: [wang.id],
      note: 'Private talk about her move',
    });
    await owner.post('/api/v1/interactions', {
      customerId: organization.id,
      medium: 'phone',
      contactIds: [chen.id],
      note: '陈刚 said 王芳 left; call 陈刚 from now on',
    });
    const file = (await owner.get(`/api/v1/contacts/${wang.id}/personal-data`)).body;
    expect(file.contact).toMatchObject({ name: '王芳', phone: '137 1111 2222' });
    expect(file.interactions.map((i: { note: string }) => i.note)).toEqual(['Private talk about her move']);

    expect((await manager.post(`/api/v1/contacts/${wang.id}/erase`, { confirmName: '王芳' })).status).toBe(403);
    expect((await admin.post(`/api/v1/contacts/${wang.id}/erase`, { confirmName: '陈刚' })).status).toBe(400);
    expect((await admin.post(`/api/v1/contacts/${wang.id}/erase`, { confirmName: '王芳' })).status).toBe(200);

    const contacts = (await owner.get(`/api/v1/customers/${organization.id}/contacts`)).body.items;
    expect(contacts.map((c: { name: string; phone: string | null }) => [c.name, c.phone])).toEqual([
      [`[erased] ${wang.id.slice(0, 8)}`, null],
      ['陈刚', null],
    ]);
    const notes = (await owner.get(`/api/v1/interactions?customerId=${organization.id}`)).body.items.map(
      (i: { note: string }) => i.note,
    );
    expect(notes.sort()).toEqual(['[erased]', '陈刚 said [erased] left; call 陈刚 from now on']);
    for (const table of personalTables) expect(await rowsHolding(table, '王芳'), table).toBe(0);
    expect((await admin.post(`/api/v1/contacts/${wang.id}/erase`, { confirmName: '王芳' })).status).toBe(409);
    expect((await owner.patch(`/api/v1/contacts/${wang.id}`, { email: 'wang@example.com' })).status).toBe(409);
  });
});

describe('the retention of contacts', () => {
  it('is read by managers and set by administrators', async () => {
    expect((await admin.get('/api/v1/settings/privacy')).body).toEqual({ contactRetentionYears: null });
    expect((await manager.request('PUT', '/api/v1/settings/privacy', { contactRetentionYears: 2 })).status).toBe(403);
    expect((await owner.get('/api/v1/settings/privacy')).status).toBe(403);
    const bad = await admin.request('PUT', '/api/v1/settings/privacy', { contactRetentionYears: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('contactRetentionYears');
    expect((await admin.request('PUT', '/api/v1/settings/privacy', { contactRetentionYears: 2 })).status).toBe(200);
    expect((await manager.get('/api/v1/settings/privacy')).body).toEqual({ contactRetentionYears: 2 });
  });

  it('anonymises the contacts of customers archived that many years ago, and no others', async () => {
    const organization = async (name: string, archivedAt: string | null) => {
      const customer = (await owner.post('/api/v1/customers', { kind: 'organization', name })).body;
      const contact = (await owner.post(`/api/v1/customers/${customer.id}/contacts`, { name: `${name}联系人` })).body;
      if (archivedAt) {
        expect((await owner.patch(`/api/v1/customers/${customer.id}`, { archived: true })).status).toBe(200);
        const [row] = await selectRows<{ archived_at: Date | null }>(
          server.db,
          sql`SELECT archived_at FROM customers WHERE id = ${customer.id}`,
        );
        expect(row.archived_at).not.toBeNull();
        await server.db.execute(sql`UPDATE customers SET archived_at = ${archivedAt} WHERE id = ${customer.id}`);
      }
      return contact.id as string;
    };
    const old = await organization('旧公司', '2022-05-01T00:00:00Z');
    const recent = await organization('新公司', '2023-07-01T00:00:00Z');
    const active = await organization('活跃公司', null);

    const run = await applyContactRetention({
      db: server.db,
      caller: systemActor('command line'),
      asOf: new Date('2025-06-01T00:00:00Z'),
    });
    expect(run).toMatchObject({ years: 2, contacts: 1 });
    const name = async (id: string) => (await admin.get(`/api/v1/contacts/${id}`)).body.name;
    expect(await name(old)).toBe(`[erased] ${old.slice(0, 8)}`);
    expect(await name(recent)).toBe('新公司联系人');
    expect(await name(active)).toBe('活跃公司联系人');
    const audit = (await admin.get(`/api/v1/audit?entity=contact&entityId=${old}`)).body.items;
    expect(audit[0]).toMatchObject({ action: 'erase', actorId: null, changes: { reason: { after: 'retention' } } });
    const [row] = await selectRows<{ system_actor: string }>(
      server.db,
      sql`SELECT system_actor FROM audit_log WHERE entity = 'contact' AND entity_id = ${old} AND action = 'erase'`,
    );
    expect(row.system_actor).toBe('command line');

    const again = await applyContactRetention({
      db: server.db,
      caller: systemActor('scheduler'),
      asOf: new Date('2025-06-01T00:00:00Z'),
    });
    expect(again.contacts).toBe(0);
  });

  it('forgets when a customer was archived once it is taken out of the archive', async () => {
    const customer = (await owner.post('/api/v1/customers', { kind: 'organization', name: '回归公司', archived: true }))
      .body;
    const archivedAt = async () =>
      (
        await selectRows<{ at: Date | null }>(
          server.db,
          sql`SELECT archived_at AS at FROM customers WHERE id = ${customer.id}`,
        )
      )[0].at;
    expect(await archivedAt()).not.toBeNull();
    await owner.patch(`/api/v1/customers/${customer.id}`, { archived: false });
    expect(await archivedAt()).toBeNull();
  });
});
