/**
 * `npm run bench:sales`: the duplicate check (查重) of a record being typed, through the HTTP API, at a
 * million customers; and what migration 0025 (the key columns) costs on a loaded database.
 *
 * On the PostgreSQL server of DATABASE_URL (a database of its own, dropped at the end) with 1,000,000
 * customers, or on PGlite in a temporary folder with 100,000. Options: --customers N, --samples N
 * (requests per case), --keep (leave the database for EXPLAIN). See bench/README.md.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { hashPassword, systemActor } from '../src/auth/index.ts';
import { type Database, type Db, openDatabase, selectRows } from '../src/db/client.ts';
import { buildApp } from '../src/server/app.ts';
import { createToken } from '../src/tokens/index.ts';
import { createUser } from '../src/users/index.ts';
import { insertContacts, insertCustomers, secondaryIndexes } from './customers-load.ts';
import { describeMachine, GOAL_P95_MS, percentile, resultTable } from './customers-measure.ts';
import { checkCase, type SalesResult, typedValues } from './sales-cases.ts';

const { values: args } = parseArgs({
  options: { customers: { type: 'string' }, samples: { type: 'string' }, keep: { type: 'boolean' } },
});
const serverUrl = process.env.DATABASE_URL;
const customerCount = Number(args.customers ?? (serverUrl ? 1_000_000 : 100_000));
const samples = Number(args.samples ?? 200);
const log = (line: string) => process.stderr.write(`${line}\n`);
/** The migration whose cost is measured: the database is loaded before it. */
const keysMigration = '0025_duplicate_keys';

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

/** Applies the migrations before the keys' one, from a copy of the folder whose journal ends there. */
async function migrateBeforeKeys(database: Database) {
  const source = join(dirname(fileURLToPath(import.meta.url)), '../src/db/migrations');
  const folder = mkdtempSync(join(tmpdir(), 'guanxi-migrations-'));
  mkdirSync(join(folder, 'meta'));
  const journal = JSON.parse(readFileSync(join(source, 'meta/_journal.json'), 'utf8'));
  const last = journal.entries.findIndex((entry: { tag: string }) => entry.tag === keysMigration);
  journal.entries = journal.entries.slice(0, last);
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(journal));
  for (const file of readdirSync(source).filter((name) => name.endsWith('.sql')))
    copyFileSync(join(source, file), join(folder, file));
  try {
    if (database.kind === 'postgres') await migratePg(database.db as never, { migrationsFolder: folder });
    else await migratePglite(database.db as never, { migrationsFolder: folder });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A general manager and a relationship manager with API tokens, and 20 more relationship managers owning customers. */
async function createTeam(db: Db) {
  const password = randomBytes(12).toString('hex');
  const command = systemActor('command line');
  const manager = await createUser({
    db,
    actor: command,
    input: { email: 'bench-manager@guanxi.example', name: '总经理', role: 'manager', password },
  });
  const relationshipManager = await createUser({
    db,
    actor: command,
    input: { email: 'bench-rm@guanxi.example', name: '王芳', role: 'relationship_manager', password },
  });
  const rows = await selectRows<{ id: string }>(
    db,
    sql`INSERT INTO users (email, name, role, password_hash)
        SELECT 'rm' || i || '@guanxi.example', '关系经理' || i, 'relationship_manager', ${await hashPassword(password)}
        FROM generate_series(1, 20) AS i RETURNING id`,
  );
  return {
    manager: { actor: manager, token: (await createToken({ db, actor: manager, name: 'bench' })).token },
    relationshipManager: {
      actor: relationshipManager,
      token: (await createToken({ db, actor: relationshipManager, name: 'bench' })).token,
    },
    ownerIds: [relationshipManager.id, ...rows.map((row) => row.id)],
  };
}

const seconds = (from: number) => (performance.now() - from) / 1000;

/** Customers in chunks of 100,000 (two at a time on a server) and the organizations' contacts, indexes built at the end. */
async function loadCustomers(database: Database, ownerIds: string[]) {
  const { db } = database;
  const tables = ['customers', 'contacts'];
  const indexes = (await Promise.all(tables.map((table) => secondaryIndexes(db, table)))).flat();
  for (const index of indexes) await db.execute(sql.raw(`DROP INDEX "${index.name}"`));
  const chunk = 100_000;
  const starts = Array.from({ length: Math.ceil(customerCount / chunk) }, (_, i) => 1 + i * chunk);
  let loaded = 0;
  const worker = async () => {
    for (let from = starts.shift(); from !== undefined; from = starts.shift()) {
      const to = Math.min(customerCount, from + chunk - 1);
      await insertCustomers(db, { from, to, ownerIds });
      loaded += to - from + 1;
      log(`  ${loaded.toLocaleString('en')} customers`);
    }
  };
  await Promise.all(Array.from({ length: database.kind === 'postgres' ? 2 : 1 }, worker));
  await insertContacts(db);
  log('  contacts loaded; building the indexes');
  for (const index of indexes)
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL maintenance_work_mem = '512MB'`);
      await tx.execute(sql.raw(index.definition));
    });
  for (const table of tables) await db.execute(sql.raw(`VACUUM ANALYZE ${table}`));
}

/**
 * Migration 0025 on the loaded tables, timed: the whole migration (functions, one rewrite per table,
 * six indexes, duplicate_name_keys filled and indexed), then its six B-tree indexes dropped and built
 * again alone, to tell them from the rest.
 */
async function measureMigration(database: Database) {
  const { db } = database;
  let started = performance.now();
  await database.migrate();
  const total = seconds(started);
  const keyIndexes = (await Promise.all(['customers', 'contacts'].map((table) => secondaryIndexes(db, table))))
    .flat()
    .filter((index) => index.name.endsWith('_key_idx'));
  for (const index of keyIndexes) await db.execute(sql.raw(`DROP INDEX "${index.name}"`));
  started = performance.now();
  for (const index of keyIndexes) await db.execute(sql.raw(index.definition));
  const indexSeconds = seconds(started);
  for (const table of ['customers', 'contacts', 'duplicate_name_keys'])
    await db.execute(sql.raw(`VACUUM ANALYZE ${table}`));
  const [sizes] = await selectRows<{ customers: string; contacts: string; nameKeys: string; keys: string }>(
    db,
    sql`SELECT pg_size_pretty(pg_total_relation_size('customers')) AS customers,
               pg_size_pretty(pg_total_relation_size('contacts')) AS contacts,
               pg_size_pretty(pg_total_relation_size('duplicate_name_keys')) AS "nameKeys",
               pg_size_pretty((SELECT sum(pg_relation_size(indexrelid)) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                 WHERE c.relname LIKE '%\\_key\\_idx')) AS keys`,
  );
  return { total, indexSeconds, sizes, indexCount: keyIndexes.length };
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));

function floorTable(rows: { name: string; result: SalesResult }[]) {
  const lines = [
    '| case | HTTP p50 ms | HTTP p95 ms | candidate search alone p50 ms | p95 ms | share of p95 |',
    '|---|--:|--:|--:|--:|--:|',
  ];
  for (const { name, result } of rows) {
    const [h50, h95] = [percentile(result.guanxi.latencies, 50), percentile(result.guanxi.latencies, 95)];
    const [f50, f95] = [percentile(result.floor.latencies, 50), percentile(result.floor.latencies, 95)];
    lines.push(`| ${name} | ${ms(h50)} | ${ms(h95)} | ${ms(f50)} | ${ms(f95)} | ${Math.round((100 * f95) / h95)}% |`);
  }
  return lines.join('\n');
}

const { database, drop, where } = await benchDatabase();
let app: Awaited<ReturnType<typeof buildApp>> | undefined;
try {
  await migrateBeforeKeys(database);
  const [{ version }] = await selectRows<{ version: string }>(database.db, sql`SELECT version()`);
  const team = await createTeam(database.db);
  log(
    `Loading ${customerCount.toLocaleString('en')} customers into ${database.kind} (${where}), before ${keysMigration}…`,
  );
  const loadStarted = performance.now();
  await loadCustomers(database, team.ownerIds);
  const loadSeconds = seconds(loadStarted);
  log(`Loaded in ${loadSeconds.toFixed(0)} s; migrating (${keysMigration})…`);
  const migration = await measureMigration(database);
  log(`Migrated in ${migration.total.toFixed(0)} s; measuring through the HTTP API…`);
  await database.db.execute(sql`CHECKPOINT`).catch(() => log('  (no CHECKPOINT: the user may not run it)'));

  app = await buildApp({ database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const context = {
    baseUrl,
    db: database.db,
    manager: team.manager,
    relationshipManager: team.relationshipManager,
    samples,
    baselineSamples: Math.max(3, Math.round(samples / 50)),
  };
  const typed = await typedValues(database.db);
  const loadBefore = loadavg()[0];
  const cases = [
    {
      name: 'person name, 1–4 Chinese characters',
      result: await checkCase(context, 'person name, 1–4 Chinese characters', typed.names, { baseline: true }),
    },
    {
      name: 'company name, place and legal form rewritten',
      result: await checkCase(context, 'company name, place and legal form rewritten', typed.companyNames, {
        baseline: true,
      }),
    },
    {
      name: 'company name, as a relationship manager',
      result: await checkCase(context, 'company name, as a relationship manager', typed.companyNames, {
        as: 'relationshipManager',
      }),
    },
    {
      name: 'mobile in another format',
      result: await checkCase(context, 'mobile in another format', typed.phones, { baseline: true }),
    },
    {
      name: 'email in capitals',
      result: await checkCase(context, 'email in capitals', typed.emails, { baseline: true }),
    },
    {
      name: 'whole form: name, phone and email',
      result: await checkCase(context, 'whole form: name, phone and email', typed.forms),
    },
  ];
  const loadAfter = loadavg()[0];

  const [sizes] = await selectRows<{ contacts: number }>(
    database.db,
    sql`SELECT count(*)::int AS contacts FROM contacts`,
  );
  console.log(`\n## Sales: the duplicate check at ${customerCount.toLocaleString('en')} customers\n`);
  console.log(`Machine: ${describeMachine(version.split(',')[0])}`);
  console.log(
    `Load: ${customerCount.toLocaleString('en')} customers and ${sizes.contacts.toLocaleString('en')} contacts in ` +
      `${loadSeconds.toFixed(0)} s (bench/customers-load.ts), before migration ${keysMigration}.\n`,
  );
  console.log(
    `Migration ${keysMigration} on them: ${migration.total.toFixed(1)} s in all (functions, one rewrite of each table ` +
      `computing its three keys, ${migration.indexCount} partial B-tree indexes, duplicate_name_keys filled and ` +
      `indexed); the B-tree indexes alone ${migration.indexSeconds.toFixed(1)} s, so the rewrites and ` +
      `duplicate_name_keys about ${(migration.total - migration.indexSeconds).toFixed(1)} s. Sizes after, with ` +
      `indexes: customers ${migration.sizes.customers}, contacts ${migration.sizes.contacts}, duplicate_name_keys ` +
      `${migration.sizes.nameKeys}; the six key indexes ${migration.sizes.keys}.\n`,
  );
  console.log(
    'Requests: POST /api/v1/duplicates/check one at a time through HTTP with a Bearer token (a general manager, ' +
      'who sees everyone, unless said), after a warm-up. "rows/answer" is candidates per answer (at most 10). ' +
      "Baseline: the same exact keys with each row's keys computed as it is read (no key columns), customers and " +
      `contacts, SQL without HTTP; it does not look for similar names. Goal: p95 < ${GOAL_P95_MS} ms.\n`,
  );
  console.log(resultTable(cases.map(({ result }) => ({ ...result, baselineName: 'keys computed per row (SQL)' }))));
  console.log(
    '\nThe candidate search alone (findCandidateRecords: the similar keys, then the records; no HTTP, no verdicts), ' +
      'the same values, in the same process:\n',
  );
  console.log(floorTable(cases));
  console.log(
    `\nLoad average of the machine (1 min) before and after the measurements: ${loadBefore.toFixed(1)}, ` +
      `${loadAfter.toFixed(1)}; other processes disturb the figures when it exceeds the CPU count.`,
  );
} finally {
  await app?.close();
  await database.close();
  await drop();
  if (args.keep) log(`Kept the database: ${where}`);
}
