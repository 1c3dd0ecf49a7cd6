import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessToday } from '../../src/analytics/analytics.service.ts';
import { openDatabase, selectRows } from '../../src/db/client.ts';
import { insertPurchaseHistory } from '../helpers/purchases.ts';
import { type ApiClient, createServerDatabase, startTestServer } from '../helpers/test-server.ts';

/** An analysis is of a day that has begun, and a run for a wrong day can be deleted again. */
let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = ApiClient & { user: { id: string } };
let admin: Client;
let manager: Client;
let owner: Client;
let service: Client;

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.userClient('admin');
  manager = await server.userClient('manager');
  owner = await server.userClient('relationship_manager');
  service = await server.userClient('service');
  await insertPurchaseHistory(server.db, [
    { name: '甲', purchases: [['2025-01-05', '100']] },
    { name: '乙', purchases: [['2025-02-05', '300']] },
  ]);
});
afterAll(() => server.close());

const scoreRows = async (runId: string) =>
  (
    await selectRows<{ n: number }>(
      server.db,
      sql`SELECT count(*)::int AS n FROM customer_scores WHERE run_id = ${runId}::uuid`,
    )
  )[0].n;

describe('the day of an analysis', () => {
  it('may not be after today in the business time zone (400 naming asOf, nothing written)', async () => {
    for (const asOf of ['9999-12-31', dayAfter(businessToday())]) {
      const refused = await manager.post('/api/v1/analytics/runs', { asOf });
      expect(refused.status, asOf).toBe(400);
      expect(refused.body.error.fields).toHaveProperty('asOf');
    }
    expect((await manager.get('/api/v1/analytics/runs')).body.items).toEqual([]);
    expect((await manager.post('/api/v1/analytics/runs', { asOf: businessToday() })).status).toBe(201);
  });
});

describe('deleting an analysis run', () => {
  it('is for managers and admins: others get 403, a missing run 404', async () => {
    const run = (await manager.post('/api/v1/analytics/runs', { asOf: '2025-06-30' })).body;
    expect((await owner.delete(`/api/v1/analytics/runs/${run.id}`)).status).toBe(403);
    expect((await service.delete(`/api/v1/analytics/runs/${run.id}`)).status).toBe(403);
    expect((await manager.delete('/api/v1/analytics/runs/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await manager.delete('/api/v1/analytics/runs/not-a-uuid')).status).toBe(400);
    expect(await scoreRows(run.id)).toBe(2);
  });

  it('removes the run and its scores, records it in the audit log, and the run before becomes the latest', async () => {
    const earlier = (await manager.post('/api/v1/analytics/runs', { asOf: '2025-03-31' })).body;
    const latest = (await manager.post('/api/v1/analytics/runs', { asOf: businessToday() })).body;
    expect((await manager.get('/api/v1/analytics/summary')).body.run.id).toBe(latest.id);

    expect((await manager.delete(`/api/v1/analytics/runs/${latest.id}`)).status).toBe(204);
    expect(await scoreRows(latest.id)).toBe(0);
    const ids = (await manager.get('/api/v1/analytics/runs')).body.items.map((r: { id: string }) => r.id);
    expect(ids).not.toContain(latest.id);
    expect(ids).toContain(earlier.id);
    expect((await manager.get(`/api/v1/analytics/summary?runId=${latest.id}`)).status).toBe(404);
    expect((await manager.get('/api/v1/analytics/summary')).body.run.id).toBe(ids[0]);

    const audit = await admin.get(`/api/v1/audit?entity=analysis_run&entityId=${latest.id}`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ action: 'delete', entityId: latest.id });
    expect((await manager.delete(`/api/v1/analytics/runs/${latest.id}`)).status).toBe(404);
  });

  it('may remove every run, after which the pages ask for a new one', async () => {
    for (const run of (await admin.get('/api/v1/analytics/runs')).body.items)
      expect((await admin.delete(`/api/v1/analytics/runs/${run.id}`)).status).toBe(204);
    expect((await manager.get('/api/v1/analytics/summary')).status).toBe(404);
    expect((await selectRows<{ n: number }>(server.db, sql`SELECT count(*)::int AS n FROM customer_scores`))[0].n).toBe(
      0,
    );
  });
});

describe('guanxi analyze --as-of', () => {
  let env: NodeJS.ProcessEnv;
  let cleanUp: () => Promise<void>;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'guanxi-analyze-'));
    const database = process.env.DATABASE_URL ? await createServerDatabase(process.env.DATABASE_URL) : undefined;
    env = database ? { ...process.env, DATABASE_URL: database.url } : { ...process.env, GUANXI_DATA_DIR: dataDir };
    cleanUp = async () => {
      await database?.dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    };
  });
  afterAll(() => cleanUp());

  const analyze = (asOf: string) =>
    new Promise<{ code: number; stderr: string; stdout: string }>((resolve) =>
      execFile('node', ['bin/guanxi.js', 'analyze', '--as-of', asOf, '--json'], { env }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      ),
    );

  it('refuses a day after today or no calendar day, and analyses today', async () => {
    for (const asOf of ['9999-12-31', dayAfter(businessToday()), '2025-02-30']) {
      const refused = await analyze(asOf);
      expect(refused.code, asOf).toBe(1);
      expect(refused.stderr, asOf).toMatch(/asOf/);
    }
    // Nothing bought yet: no run is made (it would be the baseline of the first real one).
    const empty = await analyze(businessToday());
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/Nothing to analyse: no customer has a paid purchase/);
    const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.GUANXI_DATA_DIR });
    try {
      await database.migrate();
      await insertPurchaseHistory(database.db, [{ name: '甲', purchases: [['2025-01-10', '100']] }]);
    } finally {
      await database.close();
    }
    const today = await analyze(businessToday());
    expect(today.code, today.stderr).toBe(0);
    expect(JSON.parse(today.stdout).run.asOf).toBe(businessToday());
  });
});
