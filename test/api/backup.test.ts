import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, systemActor } from '../../src/auth/index.ts';
import { createCustomerBody } from '../../src/customers/customers.schema.ts';
import { createCustomer } from '../../src/customers/customers.service.ts';
import { type Database, type Db, openDatabase, selectRows } from '../../src/db/client.ts';
import type { Role } from '../../src/db/schema/index.ts';
import { loadDemoData } from '../../src/demo/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { createToken } from '../../src/tokens/tokens.service.ts';
import { createUser } from '../../src/users/users.service.ts';
import { runGuanxi } from '../helpers/guanxi-command.ts';
import { tableChecksums } from '../helpers/table-checksums.ts';
import { ApiClient, createServerDatabase, PASSWORD } from '../helpers/test-server.ts';

/**
 * Backups of a database that a real server is serving (a PGlite folder, or a PostgreSQL database with
 * DATABASE_URL), restored by `guanxi restore` into a fresh one and compared table by table.
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
const folder = mkdtempSync(join(tmpdir(), 'guanxi-backup-'));
const dropAfterwards: (() => Promise<void>)[] = [];
let sourceEnv: NodeJS.ProcessEnv;
let source: Database;
let app: Awaited<ReturnType<typeof buildApp>>;
let baseUrl: string;
let admin: Actor;
let adminToken: string;
const clients = {} as Record<Role, ApiClient>;

/** A new empty database: a folder for PGlite, a database on the PostgreSQL server; its environment for `guanxi`. */
async function freshDatabase(name: string): Promise<NodeJS.ProcessEnv> {
  const { DATABASE_URL: serverUrl, GUANXI_DATA_DIR: _, ...env } = process.env;
  if (!serverUrl) return { ...env, GUANXI_DATA_DIR: join(folder, name) };
  const created = await createServerDatabase(serverUrl);
  dropAfterwards.push(created.dropDatabase);
  return { ...env, DATABASE_URL: created.url };
}

const openFrom = (env: NodeJS.ProcessEnv) => openDatabase({ url: env.DATABASE_URL, dataDir: env.GUANXI_DATA_DIR });

beforeAll(async () => {
  sourceEnv = await freshDatabase('source');
  source = await openFrom(sourceEnv);
  await source.migrate();
  await loadDemoData({ db: source.db, actor: systemActor('command line'), customers: 60, seed: 7, years: 2 });
  app = await buildApp({ database: source });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  for (const role of ['admin', 'manager', 'relationship_manager', 'service'] as const) {
    const email = `backup.${role}@example.com`;
    const user = await createUser({
      db: source.db,
      actor: systemActor('command line'),
      input: { email, name: role, role, password: PASSWORD },
    });
    if (role === 'admin') admin = user;
    clients[role] = new ApiClient(baseUrl);
    await clients[role].login(email, PASSWORD);
  }
  adminToken = (await createToken({ db: source.db, actor: admin, name: 'backups' })).token;
});
afterAll(async () => {
  await app?.close();
  await source?.close();
  for (const drop of dropAfterwards) await drop();
  rmSync(folder, { recursive: true, force: true });
});

const download = (client?: ApiClient) =>
  fetch(`${baseUrl}/api/v1/backup`, {
    headers: client?.cookie ? { cookie: client.cookie, origin: baseUrl } : {},
  });

describe('GET /api/v1/backup', () => {
  it('answers 401 without a login and 403 to everyone but administrators', async () => {
    expect((await download()).status).toBe(401);
    for (const role of ['manager', 'relationship_manager', 'service'] as const) {
      const response = await download(clients[role]);
      expect(response.status, role).toBe(403);
      expect((await response.json()).error.message).toMatch(/Only administrators/);
    }
  });

  it('gives administrators a dated backup file that is not cached, and records who took it', async () => {
    const response = await download(clients.admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const fileName = /attachment; filename="(guanxi-backup-\d{4}-\d\d-\d\dT\d{6}Z\.(dump|tar\.gz))"/.exec(
      response.headers.get('content-disposition') ?? '',
    );
    expect(fileName?.[2]).toBe(onPostgres ? 'dump' : 'tar.gz');
    const body = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(body.length);
    // pg_dump's custom format, or a gzip stream.
    expect(body.subarray(0, onPostgres ? 5 : 2)).toEqual(onPostgres ? Buffer.from('PGDMP') : Buffer.from([0x1f, 0x8b]));
    const audit = await clients.admin.get('/api/v1/audit?entity=backup');
    expect(audit.body.items[0]).toMatchObject({ actorId: admin.id, action: 'create', entityId: fileName?.[1] });
  });
});

/** Creates customers one after another (each with its audit row, in one transaction) until stopped. */
function startWriter(db: Db, actor: Actor) {
  const created: string[] = [];
  let stopped = false;
  const running = (async () => {
    while (!stopped) {
      const input = createCustomerBody.parse({ kind: 'person', name: `writer ${created.length}` });
      created.push((await createCustomer({ db, actor, input })).id);
      // PGlite answers without going through the event loop: let the server and the child processes run.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return {
    created,
    stop: async () => {
      stopped = true;
      await running;
    },
  };
}

/** What a backup must hold as it was: all but the writer's customers and their audit rows, and the backups' own audit rows. */
const steadyRows = (): Record<string, SQL> => ({
  customers: sql`name NOT LIKE 'writer %'`,
  // The writer's customers' name keys ('12 writer': the words of a person's name sorted, docs/duplicates.md).
  duplicate_name_keys: sql`key NOT LIKE '% writer'`,
  audit_log: sql`entity NOT IN ('backup', 'restore')
    AND NOT (entity = 'customer' AND entity_id IN (SELECT id::text FROM customers WHERE name LIKE 'writer %'))`,
});

describe('guanxi backup and guanxi restore', () => {
  it('restore backups taken while the server serves and writes: every table as at the backup', async () => {
    const before = await tableChecksums(source.db, steadyRows());
    const writer = startWriter(source.db, admin);
    const backups: { file: string; writtenBefore: number; writtenAfter: number }[] = [];
    const backUp = async (file: string, args: string[], env: NodeJS.ProcessEnv) => {
      const writtenBefore = writer.created.length;
      const result = await runGuanxi(['backup', file, ...args], env);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      // It holds everyone's personal data and password hashes: readable by its owner only.
      expect(statSync(file).mode & 0o777).toBe(0o600);
      backups.push({ file, writtenBefore, writtenAfter: writer.created.length });
    };
    const { DATABASE_URL: _, ...withoutDatabase } = process.env;
    // Through the server (how PGlite is backed up while the server holds its folder) …
    await backUp(join(folder, 'through-server.backup'), ['--server', baseUrl, '--token', adminToken], withoutDatabase);
    // … and on PostgreSQL with pg_dump beside the running server.
    if (onPostgres) await backUp(join(folder, 'pg-dump.backup'), [], sourceEnv);
    await writer.stop();

    for (const backup of backups) {
      const env = await freshDatabase(`restored-${backups.indexOf(backup)}`);
      const restored = await runGuanxi(['restore', backup.file, '--yes'], env);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      const database = await openFrom(env);
      try {
        expect(await tableChecksums(database.db, steadyRows())).toEqual(before);
        // The writer's customers that the backup holds are the first ones it made, each with its audit row.
        const kept = await selectRows<{ id: string; audited: boolean }>(
          database.db,
          sql`SELECT id, EXISTS (SELECT FROM audit_log WHERE entity = 'customer' AND entity_id = c.id::text) AS audited
              FROM customers c WHERE name LIKE 'writer %' ORDER BY substr(name, 8)::int`,
        );
        expect(kept.length).toBeGreaterThanOrEqual(backup.writtenBefore);
        expect(kept.length).toBeLessThanOrEqual(backup.writtenAfter);
        expect(kept.map((row) => row.id)).toEqual(writer.created.slice(0, kept.length));
        expect(kept.every((row) => row.audited)).toBe(true);
      } finally {
        await database.close();
      }
    }
  }, 300_000);
});
