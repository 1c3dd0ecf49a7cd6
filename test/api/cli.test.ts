import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { buildApp } from '../../src/server/app.ts';
import { ApiClient, createServerDatabase } from '../helpers/test-server.ts';

/** The `guanxi` command as a user runs it: a real process on a real database (a PGlite folder, or PostgreSQL). */
let env: NodeJS.ProcessEnv;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'guanxi-cli-'));
  if (process.env.DATABASE_URL) {
    const server = await createServerDatabase(process.env.DATABASE_URL);
    env = { ...process.env, DATABASE_URL: server.url };
    cleanUp = server.dropDatabase;
  } else {
    env = { ...process.env, GUANXI_DATA_DIR: dataDir };
    cleanUp = async () => {};
  }
  const previous = cleanUp;
  cleanUp = async () => {
    await previous();
    rmSync(dataDir, { recursive: true, force: true });
  };
});
afterAll(() => cleanUp());

function guanxi(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', ['bin/guanxi.js', ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

/** Runs `work` against the same database through an in-process server, as `npm start` would serve it. */
async function withServer(work: (baseUrl: string) => Promise<void>) {
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.GUANXI_DATA_DIR });
  const app = await buildApp({ database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  try {
    await work(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
  } finally {
    await app.close();
    await database.close();
  }
}

describe('guanxi', () => {
  it('prints help for every command', async () => {
    for (const args of [[], ['serve'], ['migrate'], ['user'], ['user', 'add'], ['token'], ['token', 'create']]) {
      const result = await guanxi([...args, '--help']);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/Usage: guanxi/);
    }
  });

  it('migrates, adds users with a password from stdin, and refuses bad input', async () => {
    expect((await guanxi(['migrate'])).stdout).toMatch(/Migrated (pglite|postgres) database/);
    const added = await guanxi(
      ['user', 'add', '--email', 'Boss@Example.com', '--name', '王总', '--role', 'admin'],
      'a long password\n',
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Added admin 王总 <boss@example.com>/);
    const short = await guanxi(['user', 'add', '--email', 'x@example.com', '--name', 'X'], 'short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/password: must be at least 10 characters/);
    const role = await guanxi(
      ['user', 'add', '--email', 'y@example.com', '--name', 'Y', '--role', 'boss'],
      'a long password\n',
    );
    expect(role.code).toBe(1);
    expect(role.stderr).toMatch(/role/);
    const duplicate = await guanxi(['user', 'add', '--email', 'boss@example.com', '--name', 'B'], 'a long password\n');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/already in use|exists/);
    const listed = JSON.parse((await guanxi(['user', 'list', '--json'])).stdout);
    expect(listed.map((u: { email: string }) => u.email)).toEqual(['boss@example.com']);
  });

  it('creates a token that works over HTTP until revoked, and disables users', async () => {
    await guanxi(
      ['user', 'add', '--email', 'rm@example.com', '--name', '关系经理', '--role', 'relationship_manager'],
      'a long password\n',
    );
    const created = await guanxi(['token', 'create', '--email', 'rm@example.com', '--name', 'export']);
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    const id = /Token ([0-9a-f-]{36})/.exec(created.stderr)?.[1];
    expect(token).toMatch(/^gxt_/);
    await withServer(async (baseUrl) => {
      const client = new ApiClient(baseUrl);
      client.token = token;
      expect((await client.get('/api/v1/auth/me')).body.user.email).toBe('rm@example.com');
    });
    expect((await guanxi(['token', 'revoke', id!])).code).toBe(0);
    expect((await guanxi(['token', 'revoke', id!])).code).toBe(1);
    await withServer(async (baseUrl) => {
      const client = new ApiClient(baseUrl);
      client.token = token;
      expect((await client.get('/api/v1/auth/me')).status).toBe(401);
      await client.login('rm@example.com', 'a long password');
    });
    expect((await guanxi(['user', 'disable', 'rm@example.com'])).code).toBe(0);
    expect((await guanxi(['user', 'list'])).stdout).toMatch(/rm@example.com\t关系经理\trelationship_manager\tdisabled/);
    expect((await guanxi(['user', 'disable', 'nobody@example.com'])).stderr).toMatch(/No user with email/);
  });

  it('acts as the command line, named in the audit log, never as a missing user', async () => {
    await guanxi(
      ['user', 'add', '--email', 'root@example.com', '--name', '管理员', '--role', 'admin'],
      'a long password\n',
    );
    await withServer(async (baseUrl) => {
      const admin = new ApiClient(baseUrl);
      await admin.login('root@example.com', 'a long password');
      const entries = (await admin.get('/api/v1/audit?entity=user')).body.items;
      const created = entries.find(
        (entry: { changes: { email?: { after: string } } }) => entry.changes.email?.after === 'root@example.com',
      );
      expect(created).toMatchObject({ action: 'create', actorId: null, systemActor: 'command line' });
    });
  });

  // PostgreSQL serves many processes at once; only the embedded database is locked.
  it.skipIf(Boolean(process.env.DATABASE_URL))(
    'refuses to open an embedded database that a server is using',
    async () => {
      await withServer(async () => {
        const result = await guanxi(['user', 'list']);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/in use by process/);
      });
    },
  );
});
