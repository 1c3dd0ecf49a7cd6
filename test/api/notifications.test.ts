import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers, notifications } from '../../src/db/schema/index.ts';
import { notify } from '../../src/notifications/index.ts';
import { startTestServer } from '../helpers/test-server.ts';

/** The bell: each user reads and clears only their own notifications. */
let server: Awaited<ReturnType<typeof startTestServer>>;
let li: Awaited<ReturnType<typeof server.userClient>>;
let wang: Awaited<ReturnType<typeof server.userClient>>;
let customerId: string;
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

beforeAll(async () => {
  server = await startTestServer();
  li = await server.userClient('relationship_manager', '李娜');
  wang = await server.userClient('relationship_manager', '王芳');
  [{ id: customerId }] = await server.db
    .insert(customers)
    .values({ kind: 'person', name: '张伟' })
    .returning({ id: customers.id });
  // Five for 李娜, the newest last; one for 王芳.
  await server.db
    .insert(notifications)
    .values(
      [5, 4, 3, 2, 1].map((age) => ({ userId: li.user.id, title: `reminder ${age}`, createdAt: minutesAgo(age) })),
    );
  await notify(server.db, { userId: wang.user.id, title: 'for 王芳 only' });
});
afterAll(() => server.close());

describe('notifications', () => {
  it('are created by notify() with their customer and listed newest first, a page at a time', async () => {
    const { id } = await notify(server.db, {
      userId: li.user.id,
      title: '感谢 张伟 的订单',
      body: 'Call within three days.',
      customerId,
    });
    const first = await li.get('/api/v1/notifications?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items[0]).toMatchObject({
      id,
      title: '感谢 张伟 的订单',
      body: 'Call within three days.',
      customerId,
      customerName: '张伟',
      taskId: null,
      readAt: null,
    });
    const titles: string[] = first.body.items.map((n: { title: string }) => n.title);
    let cursor = first.body.nextCursor;
    while (cursor) {
      const next = await li.get(`/api/v1/notifications?limit=2&cursor=${cursor}`);
      titles.push(...next.body.items.map((n: { title: string }) => n.title));
      cursor = next.body.nextCursor;
    }
    expect(titles).toEqual(['感谢 张伟 的订单', 'reminder 1', 'reminder 2', 'reminder 3', 'reminder 4', 'reminder 5']);
    expect((await wang.get('/api/v1/notifications')).body.items.map((n: { title: string }) => n.title)).toEqual([
      'for 王芳 only',
    ]);
  });

  it('are marked read one by one or all at once, and counted while unread', async () => {
    expect((await li.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 6 });
    const [newest] = (await li.get('/api/v1/notifications?limit=1')).body.items;
    const read = await li.post(`/api/v1/notifications/${newest.id}/read`);
    expect(read.status).toBe(200);
    expect(new Date(read.body.readAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const again = await li.post(`/api/v1/notifications/${newest.id}/read`);
    expect(again.body.readAt).toBe(read.body.readAt);
    expect((await li.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 5 });
    const unread = await li.get('/api/v1/notifications?unread=true');
    expect(unread.body.items).toHaveLength(5);
    expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(newest.id);

    expect((await li.post('/api/v1/notifications/read-all')).body).toEqual({ count: 5 });
    expect((await li.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 0 });
    expect((await li.get('/api/v1/notifications?unread=true')).body).toEqual({ items: [], nextCursor: null });
    expect((await li.get('/api/v1/notifications')).body.items).toHaveLength(6);
    expect((await wang.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 1 });
  });

  it("never show or change another user's notification", async () => {
    const [theirs] = (await wang.get('/api/v1/notifications')).body.items;
    const attempt = await li.post(`/api/v1/notifications/${theirs.id}/read`);
    expect(attempt.status).toBe(404);
    expect(attempt.body.error.code).toBe('not_found');
    expect((await wang.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 1 });
    expect((await li.post('/api/v1/notifications/00000000-0000-4000-8000-000000000000/read')).status).toBe(404);
  });

  it('answer bad input with a 400 naming the field, and strangers with a 401', async () => {
    const badId = await li.post('/api/v1/notifications/not-an-id/read');
    expect(badId.status).toBe(400);
    expect(badId.body.error.fields).toHaveProperty('id');
    for (const [query, field] of [
      ['unread=maybe', 'unread'],
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['cursor=garbage', 'cursor'],
      [`cursor=${Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64url')}`, 'cursor'],
    ]) {
      const answer = await li.get(`/api/v1/notifications?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.fields, query).toHaveProperty(field);
    }
    expect((await server.client().get('/api/v1/notifications')).status).toBe(401);
    expect((await server.client().get('/api/v1/notifications/unread-count')).status).toBe(401);
    expect((await server.client().post('/api/v1/notifications/read-all')).status).toBe(401);
  });

  it('are in the OpenAPI document', async () => {
    const document = (await server.client().get('/api/openapi.json')).body;
    for (const path of [
      '/api/v1/notifications',
      '/api/v1/notifications/unread-count',
      '/api/v1/notifications/{id}/read',
      '/api/v1/notifications/read-all',
    ])
      expect(document.paths[path], path).toBeDefined();
    expect(document.paths['/api/v1/notifications'].get.summary).toBeTruthy();
  });
});
