/**
 * npm run bench:import — `guanxi import` (the real CLI, as a child process) against a plain COPY of the
 * same rows into a bare table, measured in the same run: customers, then orders (one line per row).
 * On PostgreSQL when DATABASE_URL is set (a scratch database is created on that server and dropped),
 * else on PGlite in a temporary folder.
 *   BENCH_CUSTOMERS (default 1,000,000 on PostgreSQL, 100,000 on PGlite)
 *   BENCH_LINES     (default 10,000,000 on PostgreSQL, 1,000,000 on PGlite)
 * Goals: import rows/s ≥ 0.5 × COPY rows/s; peak memory (RSS) of the import process < 300 MB.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { createServerDatabase } from '../test/helpers/test-server.ts';
import { writeCustomersCsv, writeOrdersCsv, writeProductsCsv } from './generate-csv.ts';
import { copyBaseline, writeFloor } from './import-baseline.ts';
import { runImportCli } from './import-child.ts';

const serverUrl = process.env.DATABASE_URL;
const customers = Number(process.env.BENCH_CUSTOMERS ?? (serverUrl ? 1_000_000 : 100_000));
const lines = Number(process.env.BENCH_LINES ?? (serverUrl ? 10_000_000 : 1_000_000));
const products = 1000;
const folder = mkdtempSync(join(tmpdir(), 'guanxi-bench-import-'));
const scratch = serverUrl ? await createServerDatabase(serverUrl) : undefined;
const env: NodeJS.ProcessEnv = scratch
  ? { ...process.env, DATABASE_URL: scratch.url }
  : { ...process.env, GUANXI_DATA_DIR: join(folder, 'data') };
const owners = Array.from({ length: 20 }, (_, i) => `rm${i + 1}@bench.example`);

const seconds = async (work: () => Promise<unknown>) => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
};
const perSecond = (rows: number, time: number) => Math.round(rows / time).toLocaleString('en-US');

try {
  const files = {
    customers: join(folder, 'customers.csv'),
    products: join(folder, 'products.csv'),
    orders: join(folder, 'orders.csv'),
  };
  console.log(
    `Writing ${customers.toLocaleString()} customers and ${lines.toLocaleString()} order lines to ${folder}…`,
  );
  const generated = await seconds(async () => {
    await writeCustomersCsv(files.customers, customers, owners);
    await writeProductsCsv(files.products, products);
    await writeOrdersCsv(files.orders, lines, customers, products);
  });
  console.log(`  written in ${generated.toFixed(1)} s`);

  // Owners, and the baseline: the same files by COPY into bare tables of text columns, no checks.
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.GUANXI_DATA_DIR });
  let baseline: { customers: number; orders: number };
  let keyed: { customers: number; orders: number };
  let version: string;
  try {
    await database.migrate();
    for (const email of owners)
      await database.db.execute(
        sql`INSERT INTO users (email, name, role, password_hash) VALUES (${email}, ${email}, 'relationship_manager', 'x')`,
      );
    version = String(
      ((await database.db.execute(sql`SELECT version() AS v`)) as unknown as { rows: { v: string }[] }).rows[0].v,
    );
    baseline = {
      customers: await seconds(() => copyBaseline(database, files.customers, 'bench_bare_customers')),
      orders: await seconds(() => copyBaseline(database, files.orders, 'bench_bare_order_lines')),
    };
    // The same COPY with only the index an upsert by key needs (customers' external id is unique;
    // lines are grouped into orders by their order id).
    keyed = {
      customers: await seconds(() =>
        copyBaseline(database, files.customers, 'bench_keyed_customers', { column: 'external_id', unique: true }),
      ),
      orders: await seconds(() =>
        copyBaseline(database, files.orders, 'bench_keyed_order_lines', { column: 'order_id', unique: false }),
      ),
    };
  } finally {
    await database.close();
  }

  await runImportCli(['import', 'products', files.products], env);
  const imported = {
    customers: await runImportCli(['import', 'customers', files.customers], env),
    orders: await runImportCli(['import', 'orders', files.orders], env),
  };

  // The floor, after the imports (it reads the customers and products they wrote).
  const again = await openDatabase({ url: env.DATABASE_URL, dataDir: env.GUANXI_DATA_DIR });
  let floor: { customers: number; orders: number };
  try {
    floor = {
      customers: await seconds(() => writeFloor(again, 'customers')),
      orders: await seconds(() => writeFloor(again, 'orders')),
    };
  } finally {
    await again.close();
  }

  console.log(
    `\nMachine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  console.log(`Database: ${scratch ? 'PostgreSQL server' : 'PGlite'}: ${version.split(' on ')[0]}`);
  for (const kind of ['customers', 'orders'] as const) {
    const rows = kind === 'customers' ? customers : lines;
    const run = imported[kind];
    const withFloor = baseline[kind] + floor[kind];
    console.log(`\n${kind}: ${rows.toLocaleString('en-US')} rows`);
    console.log(
      `  plain COPY into a bare table:     ${baseline[kind].toFixed(1)} s, ${perSecond(rows, baseline[kind])} rows/s`,
    );
    console.log(
      `  the same COPY with only the key's index: ${keyed[kind].toFixed(1)} s ` +
        `(÷ plain COPY ${(baseline[kind] / keyed[kind]).toFixed(2)}: no import that keeps that index can do better)`,
    );
    console.log(`  COPY + INSERT … SELECT into tables shaped like Guanxi's (no checks): ${withFloor.toFixed(1)} s`);
    console.log(
      `  guanxi import:                    ${run.seconds.toFixed(1)} s, ${perSecond(rows, run.seconds)} rows/s`,
    );
    console.log(`  ratio import / COPY: ${(baseline[kind] / run.seconds).toFixed(2)} (goal ≥ 0.5)`);
    console.log(`  ratio import / (COPY + INSERT … SELECT): ${(withFloor / run.seconds).toFixed(2)}`);
    console.log(`  peak memory (RSS) of the import process: ${run.peakMb.toFixed(0)} MB (goal < 300 MB)`);
    console.log(`  ${run.summary}`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
  await scratch?.dropDatabase();
}
