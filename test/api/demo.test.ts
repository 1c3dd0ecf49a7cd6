import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/auth/index.ts';
import { type Executor, selectRows } from '../../src/db/client.ts';
import { loadDemoData } from '../../src/demo/index.ts';
import { ApiClient, startTestServer } from '../helpers/test-server.ts';

/** The demo company over a real server and database: access, the data's integrity, and its variety. */
let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: Awaited<ReturnType<typeof server.userClient>>;
let summary: any;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.userClient('admin', '管理员');
  for (const role of ['manager', 'relationship_manager', 'service'] as const) {
    const other = await server.userClient(role);
    expect((await other.post('/api/v1/demo', { customers: 100 })).status, role).toBe(403);
  }
  expect((await admin.post('/api/v1/demo', { customers: 5 })).body.error.fields).toEqual({
    customers: 'must be 10 to 10000',
  });
  expect((await admin.post('/api/v1/demo', { customers: '400', seed: 1 })).body.error.fields).toMatchObject({
    customers: expect.any(String),
  });
  const loaded = await admin.post('/api/v1/demo', { customers: 400 });
  expect(loaded.status).toBe(201);
  summary = loaded.body;
});
afterAll(() => server.close());

const count = async (db: Executor, query: ReturnType<typeof sql>) =>
  (await selectRows<{ n: number }>(db, sql`SELECT (${query})::int AS n`))[0].n;

describe('demo data', () => {
  it('loads the counts it reports, and only once', async () => {
    const { db } = server;
    expect(summary).toMatchObject({ customers: 400, password: expect.stringMatching(/^demo-/) });
    expect(summary.products).toBeGreaterThan(30);
    expect(summary.orders).toBeGreaterThan(400);
    expect(await count(db, sql`SELECT count(*) FROM customers`)).toBe(400);
    expect(await count(db, sql`SELECT count(*) FROM products`)).toBe(summary.products);
    expect(await count(db, sql`SELECT count(*) FROM orders`)).toBe(summary.orders);
    expect(await count(db, sql`SELECT count(*) FROM order_lines`)).toBe(summary.orderLines);
    expect(await count(db, sql`SELECT count(*) FROM contacts`)).toBe(summary.contacts);
    const roles = summary.users.map((user: { role: string }) => user.role);
    expect(roles.filter((role: string) => role === 'relationship_manager').length).toBeGreaterThanOrEqual(3);
    expect(roles).toContain('manager');
    expect(roles).toContain('service');
    for (const user of summary.users) expect(user.name).toMatch(/^\p{Script=Han}{2,4}$/u);

    const again = await admin.post('/api/v1/demo', {});
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already has 400 customers/);
  });

  it('writes consistent orders: lines on every order, totals that add up, collections within the total', async () => {
    const { db } = server;
    expect(
      await count(
        db,
        sql`SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id)`,
      ),
    ).toBe(0);
    const mismatched = sql`SELECT count(*) FROM orders o
      WHERE o.total <> (SELECT sum(l.quantity * l.unit_price) FROM order_lines l WHERE l.order_id = o.id)`;
    expect(await count(db, mismatched)).toBe(0);
    expect(
      await count(db, sql`SELECT count(*) FROM orders WHERE amount_collected < 0 OR amount_collected > total`),
    ).toBe(0);
    expect(await count(db, sql`SELECT count(*) FROM orders WHERE status <> 'paid' AND amount_collected <> 0`)).toBe(0);
    expect(
      await count(db, sql`SELECT count(*) FROM orders WHERE status = 'paid' AND amount_collected < total`),
    ).toBeGreaterThan(0);
    for (const status of ['paid', 'refunded', 'cancelled'])
      expect(await count(db, sql`SELECT count(*) FROM orders WHERE status = ${status}`), status).toBeGreaterThan(0);
    expect(
      await count(
        db,
        sql`SELECT count(*) FROM orders WHERE ordered_at > now() OR ordered_at < now() - interval '3 years 1 day'`,
      ),
    ).toBe(0);
    expect(
      await count(db, sql`SELECT count(*) FROM orders WHERE ordered_at > now() - interval '30 days'`),
    ).toBeGreaterThan(0);
  });

  it('gives every customer an owner among the relationship managers, contacts to organisations only', async () => {
    const { db } = server;
    const unowned = sql`SELECT count(*) FROM customers c LEFT JOIN users u ON u.id = c.owner_id
      WHERE u.role IS DISTINCT FROM 'relationship_manager'`;
    expect(await count(db, unowned)).toBe(0);
    expect(await count(db, sql`SELECT count(DISTINCT owner_id) FROM customers`)).toBeGreaterThanOrEqual(3);
    expect(
      await count(
        db,
        sql`SELECT count(*) FROM contacts t JOIN customers c ON c.id = t.customer_id WHERE c.kind = 'person'`,
      ),
    ).toBe(0);
    expect(await count(db, sql`SELECT count(*) FROM contacts WHERE buying_role = 'decision_maker'`)).toBeGreaterThan(0);
    const referred = sql`SELECT count(*) FROM customers c JOIN customers r ON r.id = c.referred_by_id
      WHERE c.source IN ('referral', 'notable_referral') AND r.created_at < c.created_at`;
    expect(await count(db, referred)).toBeGreaterThan(0);
    expect(
      await count(
        db,
        sql`SELECT count(*) FROM customers WHERE referred_by_id IS NOT NULL AND source NOT IN ('referral', 'notable_referral')`,
      ),
    ).toBe(0);
    expect(await count(db, sql`SELECT count(*) FROM customers WHERE name ~ '^[A-Za-z]'`)).toBeGreaterThan(0);
    expect(await count(db, sql`SELECT count(*) FROM customers WHERE cardinality(tags) > 0`)).toBeGreaterThan(0);
  });

  it('shows the spread of behaviour the analyses need', async () => {
    const perCustomer = sql`SELECT c.id, count(o.id) AS orders, max(o.ordered_at) AS last,
        count(o.id) FILTER (WHERE o.ordered_at > now() - interval '12 months') AS recent, coalesce(sum(o.total), 0) AS revenue
      FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id`;
    const spread = await selectRows<Record<string, number>>(
      server.db,
      sql`SELECT count(*) FILTER (WHERE orders = 0)::int AS prospects, count(*) FILTER (WHERE orders = 1)::int AS "oneTime",
          count(*) FILTER (WHERE recent >= 4)::int AS regulars, count(*) FILTER (WHERE last < now() - interval '1 year')::int AS lost,
          count(*) FILTER (WHERE last > now() - interval '90 days' AND orders = recent AND orders > 0)::int AS "new",
          (max(revenue) / nullif(percentile_cont(0.5) WITHIN GROUP (ORDER BY revenue) FILTER (WHERE orders > 0), 0))::float AS "topToMedian"
        FROM (${perCustomer}) AS p`,
    );
    const { topToMedian, ...segments } = spread[0];
    for (const [segment, customers] of Object.entries(segments)) expect(customers, segment).toBeGreaterThan(4);
    expect(topToMedian, 'a few big spenders far above the median').toBeGreaterThan(20);
  });

  it('lets the demo users log in with the password, each relationship manager seeing their own book', async () => {
    const rm = summary.users.find((user: { role: string }) => user.role === 'relationship_manager');
    const client = new ApiClient(server.baseUrl);
    await client.login(rm.email, summary.password);
    const { id } = (await client.get('/api/v1/auth/me')).body.user;
    const page = await client.get('/api/v1/customers?limit=200');
    expect(page.body.items.length).toBeGreaterThan(0);
    for (const customer of page.body.items) expect([customer.ownerId, ...customer.sharedWithIds]).toContain(id);
  });
});

describe('the demo generator', () => {
  const today = new Date('2025-06-30T04:00:00Z');
  const fingerprint = (db: Executor) =>
    selectRows<{ customers: string; orders: string; lines: string }>(
      db,
      sql`SELECT
        (SELECT md5(string_agg(concat_ws('|', external_id, name, phone, email, tags::text, source, level, created_at), ',' ORDER BY external_id)) FROM customers) AS customers,
        (SELECT md5(string_agg(concat_ws('|', external_id, ordered_at, status, total, amount_collected, channel), ',' ORDER BY external_id)) FROM orders) AS orders,
        (SELECT md5(string_agg(concat_ws('|', o.external_id, l.line_no, p.sku, l.quantity, l.unit_price), ',' ORDER BY o.external_id, l.line_no))
           FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id) AS lines`,
    );

  it('makes the same company for the same seed, and another for another seed', async () => {
    const prints = [];
    for (const seed of [7, 7, 8]) {
      const fresh = await startTestServer();
      try {
        await loadDemoData({ db: fresh.db, actor: systemActor('command line'), customers: 150, seed, years: 2, today });
        prints.push((await fingerprint(fresh.db))[0]);
      } finally {
        await fresh.close();
      }
    }
    expect(prints[1]).toEqual(prints[0]);
    expect(prints[2].customers).not.toBe(prints[0].customers);
    expect(prints[2].orders).not.toBe(prints[0].orders);
  });
});
