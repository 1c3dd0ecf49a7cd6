/**
 * `npm run bench:customers`: customer search and lists through the HTTP API at a million customers.
 *
 * On the PostgreSQL server of DATABASE_URL (a database of its own, dropped at the end) with 1,000,000
 * customers, or on PGlite in a temporary folder with 100,000. Options: --customers N, --samples N
 * (requests per case), --keep (leave the database for EXPLAIN). See bench/README.md.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { hashPassword, systemActor } from '../src/auth/index.ts';
import { type Database, type Db, openDatabase, selectRows } from '../src/db/client.ts';
import { buildApp } from '../src/server/app.ts';
import { createToken } from '../src/tokens/index.ts';
import { createUser } from '../src/users/index.ts';
import { runCases } from './customers-cases.ts';
import { insertActivity, insertContacts, insertCustomers, secondaryIndexes } from './customers-load.ts';
import { describeMachine, GOAL_P95_MS, resultTable } from './customers-measure.ts';

const { values: args } = parseArgs({
  options: { customers: { type: 'string' }, samples: { type: 'string' }, keep: { type: 'boolean' } },
});
const serverUrl = process.env.DATABASE_URL;
const customerCount = Number(args.customers ?? (serverUrl ? 1_000_000 : 100_000));
const samples = Number(args.samples ?? 200);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** A database of the benchmark's own: a new one on the server, or a PGlite folder. */
async function benchDatabase(): Promise<{ database: Database; drop: () => Promise<void>; where: string }> {
  if (!serverUrl) {
    const folder = mkdtempSync(join(tmpdir(), 'guanxi-bench-'));
    const drop = async () => (args.keep ? undefined : rmSync(folder, { recursive: true, force: true }));
    return { database: await openDatabase({ dataDir: folder }), drop, where: folder };
  }
  const name = `guanxi_bench_${randomBytes(4).toString('hex')}`;
  const onServer = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = () => (args.keep ? Promise.resolve() : onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  return { database: await openDatabase({ url: url.toString() }), drop, where: url.toString() };
}

/** A general manager with an API token (as a script would have), and 20 relationship managers owning the customers. */
async function createTeam(db: Db) {
  const password = randomBytes(12).toString('hex');
  const manager = await createUser({
    db,
    actor: systemActor('command line'),
    input: { email: 'bench-manager@guanxi.example', name: '总经理', role: 'manager', password },
  });
  const { token } = await createToken({ db, actor: manager, name: 'bench' });
  const rows = await selectRows<{ id: string }>(
    db,
    sql`INSERT INTO users (email, name, role, password_hash)
        SELECT 'rm' || i || '@guanxi.example', '关系经理' || i, 'relationship_manager', ${await hashPassword(password)}
        FROM generate_series(1, 20) AS i RETURNING id`,
  );
  return { token, relationshipManagerIds: rows.map((row) => row.id) };
}

/** Tables whose secondary indexes are dropped during the load and built once at the end. */
const loadedTables = ['customers', 'contacts', 'customer_activity'];

/**
 * Customers in chunks of 100,000 (two at a time on a server), the organizations' contacts, then
 * purchases and logged contacts (through their triggers), with the indexes built once at the end.
 */
async function loadCustomers(database: Database, ownerIds: string[]) {
  const { db } = database;
  const indexes = (await Promise.all(loadedTables.map((table) => secondaryIndexes(db, table)))).flat();
  for (const index of indexes) await db.execute(sql.raw(`DROP INDEX "${index.name}"`));
  const chunk = 100_000;
  const starts = Array.from({ length: Math.ceil(customerCount / chunk) }, (_, i) => 1 + i * chunk);
  let loaded = 0;
  const lanes = database.kind === 'postgres' ? 2 : 1;
  const worker = async () => {
    for (let from = starts.shift(); from !== undefined; from = starts.shift()) {
      const to = Math.min(customerCount, from + chunk - 1);
      await insertCustomers(db, { from, to, ownerIds });
      loaded += to - from + 1;
      log(`  ${loaded.toLocaleString('en')} customers`);
    }
  };
  await Promise.all(Array.from({ length: lanes }, worker));
  const phase = async (name: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    log(`  ${name} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  };
  await phase('contacts', () => insertContacts(db));
  await phase('orders and interactions (with their triggers)', () => insertActivity(db));
  const build = async (definitions: string[]) => {
    for (const definition of definitions)
      await db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL maintenance_work_mem = '512MB'`);
        await tx.execute(sql.raw(definition));
      });
  };
  const gin = indexes.filter((index) => / USING gin /.test(index.definition)).map((index) => index.definition);
  const btree = indexes.filter((index) => !/ USING gin /.test(index.definition)).map((index) => index.definition);
  await phase('indexes', () => (lanes > 1 ? Promise.all([build(gin), build(btree)]) : build([...gin, ...btree])));
  for (const table of [...loadedTables, 'orders', 'interactions']) await db.execute(sql.raw(`VACUUM ANALYZE ${table}`));
  // Write the loaded pages out now, so that the first reads measured do not pay for it.
  await db.execute(sql`CHECKPOINT`).catch(() => log('  (no CHECKPOINT: the user may not run it)'));
}

const { database, drop, where } = await benchDatabase();
let app: Awaited<ReturnType<typeof buildApp>> | undefined;
try {
  await database.migrate();
  const [{ version }] = await selectRows<{ version: string }>(database.db, sql`SELECT version()`);
  const team = await createTeam(database.db);
  log(`Loading ${customerCount.toLocaleString('en')} customers into ${database.kind} (${where})…`);
  const loadStarted = performance.now();
  await loadCustomers(database, team.relationshipManagerIds);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  log(`Loaded in ${loadSeconds.toFixed(0)} s; measuring through the HTTP API…`);

  app = await buildApp({ database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const loadBefore = loadavg()[0];
  const results = await runCases({
    baseUrl,
    token: team.token,
    db: database.db,
    relationshipManagerIds: team.relationshipManagerIds,
    samples,
    baselineSamples: Math.max(10, Math.round(samples / 5)),
    deepPages: 300,
    deepFrom: 100,
  });

  console.log(`\n## Customers: search and lists at ${customerCount.toLocaleString('en')} customers\n`);
  console.log(`Machine: ${describeMachine(version.split(',')[0])}`);
  const [sizes] = await selectRows<{ contacts: number; orders: number; interactions: number }>(
    database.db,
    sql`SELECT (SELECT count(*)::int FROM contacts) AS contacts, (SELECT count(*)::int FROM orders) AS orders,
               (SELECT count(*)::int FROM interactions) AS interactions`,
  );
  console.log(
    `Load: ${customerCount.toLocaleString('en')} customers, ${sizes.contacts.toLocaleString('en')} contacts, ` +
      `${sizes.orders.toLocaleString('en')} orders, ${sizes.interactions.toLocaleString('en')} interactions in ` +
      `${loadSeconds.toFixed(0)} s (indexes built after the load)`,
  );
  console.log(
    `Requests: one at a time through HTTP with a manager's Bearer token, limit=50, after a warm-up; the baselines ` +
      'are SQL on the same database without HTTP. Goal: p95 < ' +
      `${GOAL_P95_MS} ms.\n`,
  );
  console.log(resultTable(results));
  console.log(
    `\nLoad average of the machine (1 min) before and after the measurements: ${loadBefore.toFixed(1)}, ` +
      `${loadavg()[0].toFixed(1)}; other processes disturb the figures when it exceeds the CPU count.`,
  );
} finally {
  await app?.close();
  await database.close();
  await drop();
  if (args.keep) log(`Kept the database: ${where}`);
}
