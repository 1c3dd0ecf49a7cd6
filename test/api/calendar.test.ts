import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers, tasks, users } from '../../src/db/schema/index.ts';
import { startTestServer } from '../helpers/test-server.ts';

/** A personal iCalendar feed of open tasks behind a secret, revocable URL; parsed here by ical.js. */
let server: Awaited<ReturnType<typeof startTestServer>>;
let li: Awaited<ReturnType<typeof server.userClient>>;
let wang: Awaited<ReturnType<typeof server.userClient>>;
const ids: Record<string, string> = {};
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);
const publicUrl = 'https://crm.example.com';

interface FeedEvent {
  uid: string;
  summary: string;
  start: number;
  end: number;
  description: string;
  url: string | null;
  status: string;
  priority: number;
}

/** Fetches a feed URL from the test server (the URL names the public address) without any login. */
async function fetchFeed(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.baseUrl + new URL(url).pathname, { headers });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), text };
}

function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events: FeedEvent[] = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      description: event.description,
      url: (component.getFirstPropertyValue('url') as string | null) ?? null,
      status: component.getFirstPropertyValue('status') as string,
      priority: Number(component.getFirstPropertyValue('priority')),
    };
  });
  return { name: calendar.getFirstPropertyValue('x-wr-calname'), events };
}

beforeAll(async () => {
  process.env.GUANXI_PUBLIC_URL = `${publicUrl}/`;
  server = await startTestServer();
  delete process.env.GUANXI_PUBLIC_URL;
  li = await server.userClient('relationship_manager', '李娜');
  wang = await server.userClient('relationship_manager', '王芳');
  const [customer] = await server.db
    .insert(customers)
    .values({ kind: 'organization', name: '华信办公' })
    .returning({ id: customers.id });
  ids.customer = customer.id;
  const task = (title: string, values: Partial<typeof tasks.$inferInsert>) => ({
    title,
    assigneeId: li.user.id,
    dueAt: inDays(1),
    ...values,
  });
  const rows = await server.db
    .insert(tasks)
    .values([
      task('致谢电话 Thank-you call', { customerId: customer.id, priority: 'high', notes: 'Order 1024, 12 printers' }),
      task('Send the price list', { dueAt: inDays(-3) }),
      task('Done already', { status: 'done', completedAt: new Date() }),
      task('Called off', { status: 'cancelled' }),
      task('王芳的任务', { assigneeId: wang.user.id }),
    ])
    .returning({ id: tasks.id, title: tasks.title });
  for (const row of rows) ids[row.title] = row.id;
});
afterAll(() => server.close());

describe('the calendar feed', () => {
  let url: string;

  it('is off until created, then answers its secret URL once', async () => {
    expect((await li.get('/api/v1/calendar-feed')).body).toEqual({ active: false, createdAt: null });
    const created = await li.post('/api/v1/calendar-feed');
    expect(created.status).toBe(201);
    url = created.body.url;
    expect(url).toMatch(/^https:\/\/crm\.example\.com\/calendar\/gxc_[A-Za-z0-9_-]{20,}\.ics$/);
    const status = (await li.get('/api/v1/calendar-feed')).body;
    expect(status.active).toBe(true);
    expect(new Date(status.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect((await wang.get('/api/v1/calendar-feed')).body.active).toBe(false);
  });

  it("serves the owner's open tasks as iCalendar events, without a login", async () => {
    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);
    const { name, events } = parseFeed(feed.text);
    expect(name).toBe('Guanxi · 李娜');
    expect(events.map((event) => event.uid).sort()).toEqual(
      [`task-${ids['致谢电话 Thank-you call']}@guanxi`, `task-${ids['Send the price list']}@guanxi`].sort(),
    );
    const call = events.find((event) => event.uid.includes(ids['致谢电话 Thank-you call']))!;
    const [row] = await server.db.select().from(tasks).where(eq(tasks.id, ids['致谢电话 Thank-you call']));
    const dueSecond = Math.floor(row.dueAt.getTime() / 1000) * 1000; // iCalendar times have whole seconds
    expect(call).toMatchObject({
      summary: '致谢电话 Thank-you call · 华信办公',
      start: dueSecond,
      end: dueSecond + 30 * 60_000,
      url: `${publicUrl}/customers/${ids.customer}`,
      status: 'CONFIRMED',
      priority: 3,
    });
    expect(call.description).toContain('Customer: 华信办公');
    expect(call.description).toContain('Priority: high');
    expect(call.description).not.toContain('客户');
    expect(call.description).toContain('Order 1024, 12 printers');
    const overdue = events.find((event) => event.uid.includes(ids['Send the price list']))!;
    expect(overdue).toMatchObject({ summary: 'Send the price list', url: `${publicUrl}/`, priority: 5 });
  });

  it("is written in the owner's language: theirs, else the calendar app's", async () => {
    const chinese = parseFeed((await fetchFeed(url, { 'accept-language': 'zh-CN' })).text);
    expect(chinese.name).toBe('关系 · 李娜');
    const call = chinese.events.find((event) => event.uid.includes(ids['致谢电话 Thank-you call']))!;
    expect(call.description).toContain('客户: 华信办公');
    expect(call.description).toContain('优先级: 高');
    expect(call.description).not.toMatch(/Customer|Priority/);
    const owner = await server.db
      .select({ id: tasks.assigneeId })
      .from(tasks)
      .where(eq(tasks.id, ids['致谢电话 Thank-you call']));
    await server.db.update(users).set({ language: 'zh-CN' }).where(eq(users.id, owner[0].id));
    expect(parseFeed((await fetchFeed(url)).text).name).toBe('关系 · 李娜');
    await server.db.update(users).set({ language: null }).where(eq(users.id, owner[0].id));
  });

  it('follows the tasks: a new due time keeps the UID, a finished task leaves the feed', async () => {
    const newDue = new Date(Math.floor(inDays(5).getTime() / 1000) * 1000);
    await server.db.update(tasks).set({ dueAt: newDue }).where(eq(tasks.id, ids['Send the price list']));
    await server.db.update(tasks).set({ status: 'done' }).where(eq(tasks.id, ids['致谢电话 Thank-you call']));
    const { events } = parseFeed((await fetchFeed(url)).text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ uid: `task-${ids['Send the price list']}@guanxi`, start: newDue.getTime() });
  });

  it('gets a new secret when created again (the old URL answers 404), and is revoked by DELETE', async () => {
    const replaced = await li.post('/api/v1/calendar-feed');
    expect(replaced.body.url).not.toBe(url);
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await fetchFeed(replaced.body.url)).status).toBe(200);

    expect((await li.delete('/api/v1/calendar-feed')).status).toBe(204);
    expect((await fetchFeed(replaced.body.url)).status).toBe(404);
    expect((await li.get('/api/v1/calendar-feed')).body).toEqual({ active: false, createdAt: null });
    expect((await li.delete('/api/v1/calendar-feed')).status).toBe(204);
  });

  it('answers unknown and malformed feed URLs with a JSON 404, never the web app or a 500', async () => {
    for (const path of [
      '/calendar/gxc_unknown.ics',
      '/calendar/gxc_unknown',
      '/calendar/..%2F..%2Fetc%2Fpasswd.ics',
      '/calendar/%E5%BC%A0.ics',
      `/calendar/${'a'.repeat(5000)}.ics`,
    ]) {
      const response = await fetch(server.baseUrl + path);
      // Past the router's parameter length, Fastify itself answers 414 (URI too long) when no web app is built.
      expect([404, 414], path).toContain(response.status);
      expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
    }
  });

  it('is managed only by a logged-in user, and is documented', async () => {
    const stranger = server.client();
    expect((await stranger.get('/api/v1/calendar-feed')).status).toBe(401);
    expect((await stranger.post('/api/v1/calendar-feed')).status).toBe(401);
    expect((await stranger.delete('/api/v1/calendar-feed')).status).toBe(401);
    const document = (await stranger.get('/api/openapi.json')).body;
    expect(document.paths['/api/v1/calendar-feed'].post.summary).toBeTruthy();
    expect(document.paths['/calendar/{file}'].get.summary).toBeTruthy();
  });
});
