import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessToday } from '../../src/analytics/analytics.service.ts';
import { runAnalysisIfDue } from '../../src/analytics/daily-run.ts';
import { selectRows } from '../../src/db/client.ts';
import { importOverHttp } from '../fixtures/import/http.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

/**
 * The first day: the analysis is current after the demo or an import without anyone running it, and
 * a database with nothing bought yet gets no run that a later one would be compared with.
 */
type Server = Awaited<ReturnType<typeof startTestServer>>;

/** Waits until no analysis asked for by a load is running, as the Insights page does. */
async function analysisSettled(client: ApiClient) {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    const state = await client.get('/api/v1/analytics/state');
    expect(state.status).toBe(200);
    if (!state.body.running) return state.body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the analysis is still running after a minute');
}

const runCount = async (server: Server) =>
  (await selectRows<{ n: number }>(server.db, sql`SELECT count(*)::int AS n FROM analysis_runs`))[0].n;

describe('an empty database', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('gets no analysis run at start-up, nor when asked for one, and says there is nothing to analyse', async () => {
    // What the server does at start-up, after the daily hour.
    expect(await runAnalysisIfDue({ db: server.db, now: new Date(`${businessToday()}T23:00:00+08:00`) })).toBeNull();
    expect(await runCount(server)).toBe(0);

    const manager = await server.userClient('manager');
    const refused = await manager.post('/api/v1/analytics/runs', {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/Nothing to analyse: no customer has a paid purchase/);
    const state = () => manager.get('/api/v1/analytics/state');
    expect((await state()).body).toEqual({ running: false, hasPurchases: false, empty: true });
    const customer = await manager.post('/api/v1/customers', { kind: 'person', name: '只是潜在客户' });
    expect(customer.status).toBe(201);
    expect((await manager.post('/api/v1/analytics/runs', {})).status).toBe(409);
    expect(await runCount(server)).toBe(0);
    expect((await state()).body).toEqual({ running: false, hasPurchases: false, empty: false });
    expect((await manager.get('/api/v1/analytics/summary')).status).toBe(404);
  });
});

describe('loading the demo through the API', () => {
  let server: Server;
  let admin: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.userClient('admin');
  });
  afterAll(() => server.close());

  it('makes the analysis without anyone running it: Insights show the customers', async () => {
    const loaded = await admin.post('/api/v1/demo', { customers: 120 });
    expect(loaded.status).toBe(201);
    expect(await analysisSettled(admin)).toMatchObject({ running: false, hasPurchases: true });
    const summary = await admin.get('/api/v1/analytics/summary');
    expect(summary.status).toBe(200);
    expect(summary.body.run).toMatchObject({ asOf: businessToday(), customerCount: 120, createdBy: null });
    expect(summary.body.abc.buyers).toBeGreaterThan(0);
    // A customer page has its scores.
    const [customer] = (await admin.get('/api/v1/customers?limit=1')).body.items;
    expect((await admin.get(`/api/v1/customers/${customer.id}/scores`)).body.items).toHaveLength(1);
    // The request is answered: the next checks make nothing more.
    expect(await runAnalysisIfDue({ db: server.db, daily: false })).toBeNull();
    expect(await runCount(server)).toBe(1);
  });
});

describe('an import of orders', () => {
  let server: Server;
  let manager: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    manager = await server.userClient('manager');
    for (const kind of ['customers', 'products'])
      expect((await importOverHttp(manager, kind, readFileSync(`docs/examples/${kind}.csv`))).status).toBe('succeeded');
  });
  afterAll(() => server.close());

  it('is followed by an analysis that includes its orders; importing nothing new asks for none', async () => {
    // Customers and products alone ask for nothing: there are no purchases to score.
    expect((await manager.get('/api/v1/analytics/state')).body).toEqual({
      running: false,
      hasPurchases: false,
      empty: false,
    });
    const orders = readFileSync('docs/examples/orders.csv');
    const job = await importOverHttp(manager, 'orders', orders);
    expect(job.status).toBe('succeeded');
    await analysisSettled(manager);
    const runs = (await manager.get('/api/v1/analytics/runs')).body.items;
    expect(runs).toHaveLength(1);
    const [scores] = await selectRows<{ frequency: number; monetary: string }>(
      server.db,
      sql`SELECT s.frequency, s.monetary::text FROM customer_scores s JOIN customers c ON c.id = s.customer_id
          WHERE s.run_id = ${runs[0].id} AND c.external_id = 'C-1003'`,
    );
    expect(scores).toEqual({ frequency: 1, monetary: '878.00' });

    // The same file again writes nothing new: no new run.
    expect((await importOverHttp(manager, 'orders', orders)).message).toMatch(/0 new, 0 changed/);
    await analysisSettled(manager);
    expect(await runCount(server)).toBe(1);
  });
});
