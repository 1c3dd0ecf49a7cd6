import { execFile } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, selectRows } from '../../src/db/client.ts';
import { users } from '../../src/db/schema/index.ts';
import { createServerDatabase } from '../helpers/test-server.ts';

/**
 * Several server processes may share one PostgreSQL, each running the rule runner: two real
 * `guanxi rules run` processes at once must together make each task exactly once. (PGlite serves
 * one process only, so this runs on PostgreSQL, i.e. when DATABASE_URL is set.)
 */
const serverUrl = process.env.DATABASE_URL;
let database: Database;
let url: string;
let dropDatabase: () => Promise<void>;

const asOf = '2026-06-10T09:00:00+08:00';
const customers = 1500;
const recentOrdersEach = 8;
const lapsedCustomers = 300;

function rulesRun(): Promise<{ tasks: number }> {
  return new Promise((resolve, reject) => {
    execFile(
      'node',
      ['bin/guanxi.js', 'rules', 'run', '--as-of', asOf, '--json'],
      { env: { ...process.env, DATABASE_URL: url } },
      (error, stdout, stderr) => (error ? reject(new Error(stderr || String(error))) : resolve(JSON.parse(stdout))),
    );
  });
}

beforeAll(async () => {
  if (!serverUrl) return;
  ({ url, dropDatabase } = await createServerDatabase(serverUrl));
  database = await openDatabase({ url });
  await database.migrate();
  const [owner] = await database.db
    .insert(users)
    .values({ email: 'owner@example.com', name: 'Owner', role: 'relationship_manager', passwordHash: 'x' })
    .returning({ id: users.id });
  // Customers who bought in the last two days (thank-you events), and some whose last purchase
  // was 93 days ago (churn-risk events).
  await database.db.execute(sql`
    INSERT INTO customers (kind, name, owner_id)
    SELECT 'person', 'C' || n, ${owner.id} FROM generate_series(1, ${customers + lapsedCustomers}) n`);
  await database.db.execute(sql`
    INSERT INTO orders (external_id, customer_id, ordered_at, total)
    SELECT 'R-' || c.name || '-' || k, c.id, ${asOf}::timestamptz - (k * interval '5 hours'), 10
    FROM customers c CROSS JOIN generate_series(1, ${recentOrdersEach}) k
    WHERE substr(c.name, 2)::int <= ${customers}`);
  await database.db.execute(sql`
    INSERT INTO orders (external_id, customer_id, ordered_at, total)
    SELECT 'L-' || c.name, c.id, ${asOf}::timestamptz - interval '93 days', 10
    FROM customers c WHERE substr(c.name, 2)::int > ${customers}`);
}, 120_000);

afterAll(async () => {
  if (!serverUrl) return;
  await database.close();
  await dropDatabase();
});

describe.skipIf(!serverUrl)('two processes running the contact rules at once', () => {
  it('make every task once: no duplicates, nothing missed', async () => {
    const passes = await Promise.all([rulesRun(), rulesRun()]);
    const expected = customers * recentOrdersEach + lapsedCustomers;
    expect(passes[0].tasks + passes[1].tasks).toBe(expected);
    const [counts] = await selectRows<{ tasks: number; events: number; firings: number }>(
      database.db,
      sql`SELECT (SELECT count(*) FROM tasks)::int AS tasks,
                 (SELECT count(DISTINCT (rule_id, event_key)) FROM tasks)::int AS events,
                 (SELECT count(*) FROM rule_firings)::int AS firings`,
    );
    expect(counts).toEqual({ tasks: expected, events: expected, firings: expected });
    // And again, both at once: nothing new.
    const again = await Promise.all([rulesRun(), rulesRun()]);
    expect(again[0].tasks + again[1].tasks).toBe(0);
  }, 180_000);
});
