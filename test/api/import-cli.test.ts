import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCustomersCsv } from '../../bench/generate-csv.ts';
import { systemActor } from '../../src/auth/index.ts';
import { openDatabase, selectRows } from '../../src/db/client.ts';
import { buildApp } from '../../src/server/app.ts';
import { ApiClient, createServerDatabase, PASSWORD } from '../helpers/test-server.ts';

/** `guanxi import` and `guanxi export` as a user runs them: real processes on a real database (a PGlite folder, or PostgreSQL). */
let env: NodeJS.ProcessEnv;
let folder: string;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'guanxi-import-cli-'));
  if (process.env.DATABASE_URL) {
    const server = await createServerDatabase(process.env.DATABASE_URL);
    env = { ...process.env, DATABASE_URL: server.url };
    cleanUp = server.dropDatabase;
  } else {
    env = { ...process.env, GUANXI_DATA_DIR: join(folder, 'data') };
    cleanUp = async () => {};
  }
});
afterAll(async () => {
  await cleanUp();
  rmSync(folder, { recursive: true, force: true });
});

function guanxi(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', ['bin/guanxi.js', ...args], { env, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

/** Runs SQL against the same database, opened only for this (PGlite lets one process in at a time). */
async function query<T = Record<string, unknown>>(text: string): Promise<T[]> {
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.GUANXI_DATA_DIR });
  try {
    return await selectRows<T>(database.db, sql.raw(text));
  } finally {
    await database.close();
  }
}

const file = (name: string, content: string | Buffer) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

describe('guanxi import and export', () => {
  it('imports the documented example files, and their export imports again without a change', async () => {
    expect((await guanxi(['migrate'])).code).toBe(0);
    for (const kind of ['customers', 'contacts', 'products', 'orders']) {
      const result = await guanxi(['import', kind, `docs/examples/${kind}.csv`]);
      expect(result.stderr.replace(/^progress: .*\n/gm, ''), kind).toBe('');
      expect(result.code, kind).toBe(0);
      expect(result.stdout, kind).toMatch(new RegExp(`^${kind}\\.csv: Imported (\\d+) of \\1 rows: \\d+ new`));
      // Orders written are analysed before the command ends; the other kinds ask for no analysis.
      if (kind === 'orders') expect(result.stdout).toMatch(/\nAnalysed 5 customers as of \d{4}-\d{2}-\d{2}/);
      else expect(result.stdout, kind).not.toMatch(/Analysed/);
    }
    expect(await query('SELECT customer_count FROM analysis_runs')).toEqual([{ customer_count: 5 }]);
    for (const kind of ['customers', 'contacts', 'products', 'orders']) {
      const exported = join(folder, `${kind}-export.csv`);
      expect((await guanxi(['export', kind, '--output', exported])).code).toBe(0);
      const again = await guanxi(['import', kind, exported]);
      expect(again.stdout, kind).toMatch(/ 0 new, 0 changed, [1-9]\d* unchanged/);
    }
    const json = JSON.parse((await guanxi(['export', 'products', '--format', 'json'])).stdout);
    expect(json.length).toBeGreaterThan(2);
    expect((await guanxi(['export', 'robots'])).stderr).toMatch(/kind must be one of/);
  }, 180_000);

  it('reads GBK; aborts on bad rows (exit 1, nothing written) or skips them (exit 2, error file)', async () => {
    const gbk = 'test/fixtures/import/customers-gbk.csv';
    const detected = await guanxi(['import', 'customers', gbk, '--dry-run']);
    expect(detected.stdout).toMatch(/Dry run: 3 of 3 rows would be imported/);
    expect((await guanxi(['import', 'customers', gbk, '--encoding', 'gbk'])).code).toBe(0);
    expect(await query(`SELECT name FROM customers WHERE external_id = 'GBK-003'`)).toEqual([{ name: '龍鳳茶樓' }]);

    const bad = file(
      '客户.csv',
      iconv.encode('客户编号,客户名称,邮箱\nCLI-1,好,a@example.com\nCLI-2,坏,not-mail\nCLI-3,,\n', 'gbk'),
    );
    const errors = join(folder, 'bad-rows.csv');
    const aborted = await guanxi(['import', 'customers', bad, '--errors', errors]);
    expect(aborted.code).toBe(1);
    expect(aborted.stdout).toMatch(/Nothing was imported: 2 of 3 rows have errors/);
    expect(aborted.stderr).toMatch(/line 3, email: is not an email address\nline 4, name: is required/);
    expect(await query(`SELECT 1 FROM customers WHERE external_id LIKE 'CLI-%'`)).toEqual([]);

    const skipped = await guanxi(['import', 'customers', bad, '--on-error', 'skip']);
    expect(skipped.code).toBe(2);
    expect(skipped.stderr).toMatch(/The bad rows are in .*客户\.errors\.csv/);
    const errorFile = readFileSync(join(folder, '客户.errors.csv'), 'utf8');
    expect(errorFile).toBe(
      '\uFEFFerror_line,error_column,error_reason,客户编号,客户名称,邮箱\r\n' +
        '3,email,is not an email address,CLI-2,坏,not-mail\r\n' +
        '4,name,is required,CLI-3,,\r\n',
    );
    expect(await query(`SELECT name FROM customers WHERE external_id LIKE 'CLI-%'`)).toEqual([{ name: '好' }]);

    const usage = await guanxi(['import', 'customers', bad, '--on-error', 'maybe']);
    expect(usage).toMatchObject({ code: 1, stderr: expect.stringMatching(/--on-error must be abort or skip/) });
    expect((await guanxi(['import', 'customers', join(folder, 'missing.csv')])).stderr).toMatch(/ENOENT|no such file/);
  }, 120_000);

  it('leaves no rows of an import killed midway, and reports the job as interrupted', async () => {
    const big = join(folder, 'big.csv');
    await writeCustomersCsv(big, 1_000_000);
    const child = spawn('node', ['bin/guanxi.js', 'import', 'customers', big], { env });
    let stderr = '';
    const progressed = new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/progress: [1-9]\d* rows read/.test(stderr)) resolve();
      });
      child.on('exit', () => reject(new Error(`the import ended before it was killed: ${stderr}`)));
    });
    await progressed;
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(await query(`SELECT count(*)::int AS n FROM customers WHERE external_id LIKE 'C0%'`)).toEqual([{ n: 0 }]);

    const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.GUANXI_DATA_DIR });
    const app = await buildApp({ database });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      const client = new ApiClient(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
      await selectRows(database.db, sql`DELETE FROM users WHERE email = 'boss@cli.example'`);
      const { createUser } = await import('../../src/users/users.service.ts');
      await createUser({
        db: database.db,
        actor: systemActor('command line'),
        input: { email: 'boss@cli.example', name: 'Boss', role: 'admin', password: PASSWORD },
      });
      await client.login('boss@cli.example', PASSWORD);
      const jobs = (await client.get('/api/v1/imports')).body.items;
      expect(jobs[0]).toMatchObject({
        fileName: 'big.csv',
        status: 'failed',
        message: expect.stringMatching(/^Interrupted/),
      });
    } finally {
      await app.close();
      await database.close();
    }
    const after = await guanxi(['import', 'customers', file('small.csv', 'external_id,name\nAFTER-1,之后\n')]);
    expect(after.code).toBe(0);
  }, 120_000);
});
