import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCustomersCsv } from '../../bench/generate-csv.ts';
import { openDatabase, selectRows } from '../../src/db/client.ts';
import { createServerDatabase } from '../helpers/test-server.ts';

/**
 * A `guanxi import` that is stopped: SIGTERM cancels its statement on the server and records the job
 * as failed; after SIGKILL, the next `guanxi import` settles the job it left running.
 */
let env: NodeJS.ProcessEnv;
let folder: string;
let big: string;
let cleanUp: () => Promise<void>;
const onPostgres = Boolean(process.env.DATABASE_URL);

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'guanxi-import-stop-'));
  if (process.env.DATABASE_URL) {
    const server = await createServerDatabase(process.env.DATABASE_URL);
    env = { ...process.env, DATABASE_URL: server.url };
    cleanUp = server.dropDatabase;
  } else {
    env = { ...process.env, GUANXI_DATA_DIR: join(folder, 'data') };
    cleanUp = async () => {};
  }
  big = join(folder, 'big.csv');
  await writeCustomersCsv(big, 300_000);
  // Migrated before the imports start, so that they begin at once.
  expect((await guanxi(['migrate'])).code).toBe(0);
});
afterAll(async () => {
  await cleanUp();
  rmSync(folder, { recursive: true, force: true });
});

function guanxi(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile('node', ['bin/guanxi.js', ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

async function query<T = Record<string, unknown>>(text: string): Promise<T[]> {
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.GUANXI_DATA_DIR });
  try {
    return await selectRows<T>(database.db, sql.raw(text));
  } finally {
    await database.close();
  }
}

/** On PostgreSQL: the statements other connections run now in the test's database. */
async function activeStatements(client: pg.Client) {
  const { rows } = await client.query<{ query: string }>(
    `SELECT query FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
  );
  return rows.map((row) => row.query);
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit').then(() => undefined);

/** Starts `guanxi import customers big.csv` and resolves once `ready` says it is well under way. */
async function importUnderWay(ready: (stderr: string) => Promise<boolean>) {
  const child = spawn('node', ['bin/guanxi.js', 'import', 'customers', big], { env });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let ended = false;
  child.once('exit', () => {
    ended = true;
  });
  while (!(await ready(stderr))) {
    if (ended) throw new Error(`the import ended before it was stopped: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { child, stderr: () => stderr };
}

const lastJob = async () =>
  (
    await query<{ status: string; message: string | null }>(
      `SELECT status, message FROM import_jobs WHERE file_name = 'big.csv' ORDER BY started_at DESC LIMIT 1`,
    )
  )[0];
const importedRows = async () =>
  (await query<{ n: number }>(`SELECT count(*)::int AS n FROM customers WHERE external_id LIKE 'C0%'`))[0].n;

describe('guanxi import, stopped', () => {
  it('by SIGTERM: cancels its running statement on the server and records the job as failed', async () => {
    const watcher = onPostgres ? new pg.Client({ connectionString: env.DATABASE_URL }) : undefined;
    await watcher?.connect();
    try {
      // On PostgreSQL, stopped while it writes the customers (one long INSERT); on PGlite while it reads.
      const { child, stderr } = await importUnderWay(async (text) =>
        watcher
          ? (await activeStatements(watcher)).some((statement) => statement.includes('INSERT INTO customers ('))
          : /progress: [1-9]\d* rows read/.test(text),
      );
      child.kill('SIGTERM');
      await exited(child);
      expect(child.exitCode, stderr()).toBe(1);
      expect(stderr()).toMatch(/SIGTERM: stopping the import/);
      if (watcher) expect(await activeStatements(watcher)).toEqual([]);
    } finally {
      await watcher?.end();
    }
    expect(await lastJob()).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Interrupted: guanxi import received SIGTERM/),
    });
    expect(await importedRows()).toBe(0);
  }, 300_000);

  it('by SIGKILL: the job it left running is settled as interrupted when guanxi import next starts', async () => {
    const { child } = await importUnderWay(async (text) => /progress: [1-9]\d* rows read/.test(text));
    child.kill('SIGKILL');
    await exited(child);
    if (onPostgres) {
      // The server ends the killed client's session (and frees its job's lock) once it sees it gone.
      const watcher = new pg.Client({ connectionString: env.DATABASE_URL });
      await watcher.connect();
      try {
        while (
          (
            await watcher.query(
              `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
            )
          ).rowCount
        )
          await new Promise((resolve) => setTimeout(resolve, 25));
      } finally {
        await watcher.end();
      }
    }
    expect((await lastJob()).status).toBe('running');

    const small = join(folder, 'small.csv');
    writeFileSync(small, 'external_id,name\nAFTER-1,之后\n');
    expect((await guanxi(['import', 'customers', small])).code).toBe(0);
    expect(await lastJob()).toMatchObject({ status: 'failed', message: expect.stringMatching(/^Interrupted/) });
    expect(await importedRows()).toBe(0);
  }, 300_000);
});
