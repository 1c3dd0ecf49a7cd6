import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/auth/index.ts';
import { selectRows } from '../../src/db/client.ts';
import { loadDemoData } from '../../src/demo/index.ts';
import { tableChecksums } from '../helpers/table-checksums.ts';
import { startTestServer } from '../helpers/test-server.ts';

/** The demo company written to the database: the same seed on the same business day gives the same rows. */
const servers: Awaited<ReturnType<typeof startTestServer>>[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

async function loadedCompany(seed: number, today: string) {
  const server = await startTestServer();
  servers.push(server);
  const summary = await loadDemoData({
    db: server.db,
    actor: systemActor('command line'),
    customers: 150,
    seed,
    years: 2,
    today: new Date(today),
  });
  const sums = await tableChecksums(server.db);
  const data = Object.fromEntries(
    ['customers', 'contacts', 'customer_shares', 'products', 'orders', 'order_lines'].map((table) => [
      table,
      sums[`public.${table}`],
    ]),
  );
  // Every column of the demo users but the hash of the random password.
  const users = await selectRows(server.db, sql`SELECT id, email, name, role, created_at FROM users ORDER BY email`);
  return { summary, data, users };
}

describe('loading the demo company', () => {
  it('writes the same company for the same seed at any time of the same day, a different one for another seed', async () => {
    // 00:05 and 23:55 on 15 January 2025 in Beijing: the same business day.
    const early = await loadedCompany(3, '2025-01-15T00:05:00+08:00');
    const late = await loadedCompany(3, '2025-01-15T23:55:00+08:00');
    expect(late.data.orders.rows).toBeGreaterThan(150);
    expect(late.data).toEqual(early.data);
    expect(late.users).toEqual(early.users);
    const { password: earlyPassword, ...earlySummary } = early.summary;
    const { password: latePassword, ...lateSummary } = late.summary;
    expect(lateSummary).toEqual(earlySummary);
    expect(latePassword).not.toBe(earlyPassword);

    const other = await loadedCompany(4, '2025-01-15T00:05:00+08:00');
    expect(other.data.customers).not.toEqual(early.data.customers);
    expect(other.data.orders).not.toEqual(early.data.orders);
  });
});
