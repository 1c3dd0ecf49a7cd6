import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

/**
 * A relationship manager reaches only the customers they own or that are shared with them: every
 * customer and contact route answers 404 for anyone else's, exactly as for an id that does not exist.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let owner: ApiClient & { user: { id: string } };
let outsider: ApiClient & { user: { id: string } };
let manager: ApiClient & { user: { id: string } };
let service: ApiClient & { user: { id: string } };
let customerId: string;
let contactId: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.userClient('relationship_manager', '关系经理甲');
  outsider = await server.userClient('relationship_manager', '关系经理乙');
  manager = await server.userClient('manager');
  service = await server.userClient('service');
  const customer = await owner.post('/api/v1/customers', {
    kind: 'organization',
    name: '张氏集团',
    phone: '13912345678',
    tags: ['secret-tag'],
  });
  customerId = customer.body.id;
  contactId = (await owner.post(`/api/v1/customers/${customerId}/contacts`, { name: '张秘书' })).body.id;
  await outsider.post('/api/v1/customers', { kind: 'person', name: '乙的客户' });
});
afterAll(() => server.close());

const missingId = '00000000-0000-4000-8000-000000000000';

/** Every route that reads or writes one customer or contact, for an id. */
const routesFor = (customer: string, contact: string) =>
  [
    ['GET', `/api/v1/customers/${customer}`, undefined],
    ['PATCH', `/api/v1/customers/${customer}`, { name: '改名' }],
    ['GET', `/api/v1/customers/${customer}/contacts`, undefined],
    ['POST', `/api/v1/customers/${customer}/contacts`, { name: '新联系人' }],
    ['GET', `/api/v1/contacts/${contact}`, undefined],
    ['PATCH', `/api/v1/contacts/${contact}`, { title: '经理' }],
    ['DELETE', `/api/v1/contacts/${contact}`, undefined],
    ['DELETE', `/api/v1/customers/${customer}`, undefined],
  ] as const;

describe('a relationship manager and another manager’s customer', () => {
  it('gets 404 on every customer and contact route, the same as for a missing id', async () => {
    for (const [method, path, body] of routesFor(customerId, contactId)) {
      const response = await outsider.request(method, path, body);
      expect(response.status, `${method} ${path}`).toBe(404);
      const missing = await outsider.request(
        method,
        path.replace(customerId, missingId).replace(contactId, missingId),
        body,
      );
      expect(response.body, `${method} ${path}`).toEqual(missing.body);
    }
  });

  it('does not find it by listing, searching or filtering', async () => {
    const seen = async (query: string) =>
      (await outsider.get(`/api/v1/customers?archived=all&${query}`)).body.items.map((c: { name: string }) => c.name);
    expect(await seen('')).toEqual(['乙的客户']);
    expect(await seen(`q=${encodeURIComponent('张')}`)).toEqual([]);
    expect(await seen('q=13912345678')).toEqual([]);
    expect(await seen('tag=secret-tag')).toEqual([]);
    expect(await seen(`ownerId=${owner.user.id}`)).toEqual([]);
  });

  it('left the customer and its contact untouched', async () => {
    expect((await owner.get(`/api/v1/customers/${customerId}`)).body.name).toBe('张氏集团');
    expect((await owner.get(`/api/v1/customers/${customerId}/contacts`)).body.items).toHaveLength(1);
    expect((await owner.get(`/api/v1/contacts/${contactId}`)).body.name).toBe('张秘书');
  });

  it('sees and changes it once it is shared, and loses it when unshared', async () => {
    expect((await owner.patch(`/api/v1/customers/${customerId}`, { sharedWithIds: [outsider.user.id] })).status).toBe(
      200,
    );
    expect((await outsider.get(`/api/v1/customers/${customerId}`)).status).toBe(200);
    expect((await outsider.get(`/api/v1/customers?q=${encodeURIComponent('张氏')}`)).body.items).toHaveLength(1);
    expect((await outsider.patch(`/api/v1/contacts/${contactId}`, { title: '秘书长' })).status).toBe(200);
    expect((await owner.patch(`/api/v1/customers/${customerId}`, { sharedWithIds: [] })).status).toBe(200);
    expect((await outsider.get(`/api/v1/customers/${customerId}`)).status).toBe(404);
  });

  it('cannot take a customer over or hand one to someone else; a manager can', async () => {
    const mine = (await outsider.post('/api/v1/customers', { kind: 'person', name: '交接' })).body;
    expect((await outsider.patch(`/api/v1/customers/${mine.id}`, { ownerId: owner.user.id })).status).toBe(403);
    const assigned = await outsider.post('/api/v1/customers', { kind: 'person', name: '指派', ownerId: owner.user.id });
    expect(assigned.status).toBe(403);
    expect((await manager.patch(`/api/v1/customers/${mine.id}`, { ownerId: owner.user.id })).body.ownerId).toBe(
      owner.user.id,
    );
    expect((await outsider.get(`/api/v1/customers/${mine.id}`)).status).toBe(404);
    expect((await owner.get(`/api/v1/customers/${mine.id}`)).status).toBe(200);
  });
});

describe('managers and service staff', () => {
  it('a manager sees every customer', async () => {
    const names = (await manager.get('/api/v1/customers?limit=200')).body.items.map((c: { name: string }) => c.name);
    expect(names).toEqual(expect.arrayContaining(['张氏集团', '乙的客户']));
    expect((await manager.get(`/api/v1/contacts/${contactId}`)).status).toBe(200);
  });

  it('service staff read every customer but change none', async () => {
    expect((await service.get(`/api/v1/customers/${customerId}`)).status).toBe(200);
    expect((await service.get(`/api/v1/customers/${customerId}/contacts`)).status).toBe(200);
    for (const [method, path, body] of routesFor(customerId, contactId).filter(([m]) => m !== 'GET'))
      expect((await service.request(method, path, body)).status, `${method} ${path}`).toBe(403);
    expect((await service.post('/api/v1/customers', { kind: 'person', name: '服务' })).status).toBe(403);
    expect((await owner.get(`/api/v1/customers/${customerId}`)).body.name).toBe('张氏集团');
  });
});
