import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { buildApp } from '../../src/server/app.ts';
import { ApiClient, createServerDatabase } from '../helpers/test-server.ts';

/** `guanxi demo` as a user runs it: a real process on a new PGlite folder (or a new PostgreSQL database). */
let env: NodeJS.ProcessEnv;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'guanxi-demo-'));
  const server = process.env.DATABASE_URL ? await createServerDatabase(process.env.DATABASE_URL) : undefined;
  env = server ? { ...process.env, DATABASE_URL: server.url } : { ...process.env, GUANXI_DATA_DIR: dataDir };
  cleanUp = async () => {
    await server?.dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  };
});
afterAll(() => cleanUp());

function guanxi(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', ['bin/guanxi.js', ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('guanxi demo', () => {
  it('refuses bad options with the reason', async () => {
    const few = await guanxi(['demo', '--customers', '5']);
    expect(few.code).toBe(1);
    expect(few.stderr).toMatch(/--customers must be a whole number from 10 to 200000/);
    const years = await guanxi(['demo', '--years', 'many']);
    expect(years.code).toBe(1);
    expect(years.stderr).toMatch(/--years must be a whole number/);
  });

  it('loads a company whose users log in with the printed password, and refuses a second load', async () => {
    const loaded = await guanxi(['demo', '--customers', '200', '--seed', '3']);
    expect(loaded.stderr).toBe('');
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toMatch(
      /200 customers with \d+ contacts, \d+ products, \d+ orders with \d+ lines since \d{4}-/,
    );
    const password = /the password (demo-\S+)/.exec(loaded.stdout)?.[1];
    const emails = [...loaded.stdout.matchAll(/^ {2}(\S+@huaxin\.example)/gm)].map((match) => match[1]);
    expect(emails.length).toBeGreaterThanOrEqual(5);
    expect(loaded.stdout).toMatch(/总经理 general manager/);
    // The analysis is made before the command ends: the server shows Insights at once.
    expect(loaded.stdout).toMatch(/Analysed 200 customers as of \d{4}-\d{2}-\d{2}/);

    const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.GUANXI_DATA_DIR });
    const app = await buildApp({ database });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = app.server.address();
      const client = new ApiClient(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
      await client.login(emails[0], password!);
      const page = await client.get('/api/v1/customers?limit=10');
      expect(page.body.items).toHaveLength(10);
      const runs = (await client.get('/api/v1/analytics/runs')).body.items;
      expect(runs).toMatchObject([{ customerCount: 200, createdBy: null }]);
      expect((await client.get('/api/v1/analytics/state')).body).toMatchObject({ running: false, hasPurchases: true });
    } finally {
      await app.close();
      await database.close();
    }

    const again = await guanxi(['demo', '--customers', '200']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /already has 200 customers, \d+ products, \d+ orders: demo data is loaded only into an empty database/,
    );
  }, 120_000);
});
