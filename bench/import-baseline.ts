import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../src/db/client.ts';

/**
 * The baseline: the file as it is, by COPY (FORMAT csv) into a new table of text columns with no
 * index, key or check, one column per header. PostgreSQL reads it as a stream; PGlite in blobs of
 * whole lines, a few MB each. With `key`, the same into a table with that one index, made first:
 * the least any import that upserts by that key must maintain.
 */
export async function copyBaseline(
  database: Database,
  path: string,
  table: string,
  key?: { column: string; unique: boolean },
) {
  const handle = await open(path, 'r');
  const firstChunk = Buffer.alloc(65_536);
  await handle.read(firstChunk, 0, firstChunk.length, 0);
  await handle.close();
  const header = firstChunk.toString('utf8').split('\n')[0];
  const columns = header.split(',').map((name) => `${name} text`);
  await database.db.execute(sql.raw(`CREATE TABLE ${table} (${columns.join(', ')})`));
  if (key) await database.db.execute(sql.raw(`CREATE ${key.unique ? 'UNIQUE ' : ''}INDEX ON ${table} (${key.column})`));
  const client = (database.db as unknown as { $client: pg.Pool | PGlite }).$client;
  if (client instanceof pg.Pool) {
    const connection = await client.connect();
    try {
      await pipeline(
        createReadStream(path),
        connection.query(copyFrom(`COPY ${table} FROM STDIN WITH (FORMAT csv, HEADER true)`)),
      );
    } finally {
      connection.release();
    }
    return;
  }
  let rest = '';
  let first = true;
  const copy = async (text: string) => {
    await client.query(`COPY ${table} FROM '/dev/blob' WITH (FORMAT csv, HEADER ${first})`, [], {
      blob: new Blob([text]),
    });
    first = false;
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 4 << 20, encoding: 'utf8' })) {
    const text = rest + chunk;
    const end = text.lastIndexOf('\n') + 1;
    rest = text.slice(end);
    if (end) await copy(text.slice(0, end));
  }
  if (rest) await copy(rest);
}

/**
 * The floor: the rows already in the bare table, written by one INSERT … SELECT into tables shaped
 * like Guanxi's (same columns, generated search grams, indexes and foreign keys), with no validation,
 * no upsert and no error report. What the import costs above COPY + this is its own work.
 */
export async function writeFloor(database: Database, kind: 'customers' | 'orders') {
  const run = (text: string) => database.db.execute(sql.raw(text));
  if (kind === 'customers') {
    await run('CREATE TABLE bench_floor_customers (LIKE customers INCLUDING ALL)');
    await run(`
      INSERT INTO bench_floor_customers (external_id, name, kind, phone, email, industry, region, source, tags)
      SELECT external_id, name, kind, phone, nullif(email, ''), nullif(industry, ''), region, nullif(source, ''),
             coalesce(string_to_array(nullif(tags, ''), ';'), '{}')
      FROM bench_bare_customers`);
    return;
  }
  await run('CREATE TABLE bench_floor_orders (LIKE orders INCLUDING ALL)');
  await run('ALTER TABLE bench_floor_orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id)');
  await run('CREATE TABLE bench_floor_order_lines (LIKE order_lines INCLUDING ALL)');
  await run(`ALTER TABLE bench_floor_order_lines ADD FOREIGN KEY (order_id) REFERENCES bench_floor_orders (id),
             ADD FOREIGN KEY (product_id) REFERENCES products (id)`);
  await run(`
    INSERT INTO bench_floor_orders (external_id, customer_id, ordered_at, status, currency, total, channel)
    SELECT b.order_id, min(c.id::text)::uuid, min(b.ordered_at)::timestamp AT TIME ZONE 'Asia/Shanghai', min(b.status),
           min(b.currency), sum(b.quantity::numeric * b.unit_price::numeric), min(b.channel)
    FROM bench_bare_order_lines b JOIN customers c ON c.external_id = b.customer_external_id GROUP BY b.order_id`);
  await run(`
    INSERT INTO bench_floor_order_lines (order_id, line_no, product_id, quantity, unit_price, unit_cost)
    SELECT o.id, row_number() OVER (PARTITION BY b.order_id), p.id, b.quantity::numeric, b.unit_price::numeric,
           nullif(b.unit_cost, '')::numeric
    FROM bench_bare_order_lines b JOIN bench_floor_orders o ON o.external_id = b.order_id
    LEFT JOIN products p ON p.sku = nullif(b.sku, '')`);
}
