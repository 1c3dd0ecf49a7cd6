import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { runGuanxi } from '../helpers/guanxi-command.ts';
import { createServerDatabase } from '../helpers/test-server.ts';

/** What `guanxi backup` and `guanxi restore` refuse, and how they say it (a PGlite folder, or PostgreSQL). */
const onPostgres = Boolean(process.env.DATABASE_URL);
const folder = mkdtempSync(join(tmpdir(), 'guanxi-backup-cli-'));
const dataDir = join(folder, 'data');
const dropAfterwards: (() => Promise<void>)[] = [];
let env: NodeJS.ProcessEnv;
const goodBackup = join(folder, onPostgres ? 'good.dump' : 'good.tar.gz');
const guanxi = (args: string[], environment = env) => runGuanxi(args, environment);

beforeAll(async () => {
  const { DATABASE_URL: serverUrl, GUANXI_DATA_DIR: _, ...rest } = process.env;
  if (serverUrl) {
    const created = await createServerDatabase(serverUrl);
    dropAfterwards.push(created.dropDatabase);
    env = { ...rest, DATABASE_URL: created.url };
  } else env = { ...rest, GUANXI_DATA_DIR: dataDir };
  const added = await runGuanxi(
    ['user', 'add', '--email', 'boss@example.com', '--name', '王总', '--role', 'admin'],
    env,
    'a long password\n',
  );
  expect(added.stderr).toBe('');
  expect((await guanxi(['backup', goodBackup])).code).toBe(0);
});
afterAll(async () => {
  for (const drop of dropAfterwards) await drop();
  rmSync(folder, { recursive: true, force: true });
});

/** A backup of a database that is not Guanxi's: an empty one of the same kind. */
async function otherBackup(): Promise<string> {
  const file = join(folder, 'other.backup');
  if (onPostgres) {
    const created = await createServerDatabase(process.env.DATABASE_URL!);
    dropAfterwards.push(created.dropDatabase);
    execFileSync('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${created.url}`]);
  } else {
    const empty = await PGlite.create(join(folder, 'empty'));
    writeFileSync(file, Buffer.from(await (await empty.dumpDataDir('gzip')).arrayBuffer()));
    await empty.close();
  }
  return file;
}

const users = async () => (await guanxi(['user', 'list'])).stdout.trim().split('\n');

describe('guanxi restore', () => {
  it('refuses a file that is no backup, one of the other database, and one of another database than Guanxi', async () => {
    const text = join(folder, 'notes.txt');
    writeFileSync(text, 'not a backup\n');
    const notBackup = await guanxi(['restore', text, '--yes']);
    expect(notBackup.code).toBe(1);
    expect(notBackup.stderr).toMatch(/notes\.txt is not a Guanxi backup: neither an archive of pg_dump/);

    const otherKind = join(folder, 'other-kind.backup');
    writeFileSync(otherKind, onPostgres ? gzipSync('x') : 'PGDMP\u0001\u000e');
    const wrong = await guanxi(['restore', otherKind, '--yes']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      onPostgres
        ? /is a backup of the embedded database \(PGlite\): restore it without DATABASE_URL/
        : /is a PostgreSQL backup \(pg_dump\): restore it with DATABASE_URL set/,
    );

    const other = await guanxi(['restore', await otherBackup(), '--yes']);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/other\.backup is a (PostgreSQL|PGlite) backup but not of a Guanxi database/);
    expect(await users()).toHaveLength(1);
  });

  it('asks before replacing data: without a terminal only --yes goes ahead', async () => {
    const unasked = await guanxi(['restore', goodBackup]);
    expect(unasked.code).toBe(1);
    expect(unasked.stderr).toMatch(/replaces .*: run again with --yes to confirm/);
    expect(readdirSync(folder).filter((name) => name.includes('before-restore'))).toEqual([]);

    await runGuanxi(['user', 'add', '--email', 'later@example.com', '--name', 'Later'], env, 'another long password\n');
    expect(await users()).toHaveLength(2);
    const restored = await guanxi(['restore', goodBackup, '--yes']);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(await users()).toHaveLength(1);
    if (!onPostgres) {
      // The folder it replaced is kept beside it, with the user added after the backup.
      const aside = /The previous database is in (\S+):/.exec(restored.stdout)?.[1];
      expect(readdirSync(folder)).toContain(aside?.split('/').pop());
      expect(await runGuanxi(['user', 'list'], { ...env, GUANXI_DATA_DIR: aside })).toMatchObject({
        stdout: expect.stringContaining('later@example.com'),
      });
    }
  });
});

describe('guanxi backup', () => {
  it('does not overwrite a file unless told to', async () => {
    const again = await guanxi(['backup', goodBackup]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/good\.(dump|tar\.gz) exists: choose another name, or pass --force/);
    expect((await guanxi(['backup', goodBackup, '--force'])).code).toBe(0);
  });

  it.skipIf(onPostgres)(
    'says how to back up a folder that a running server holds, and restores nothing into it',
    async () => {
      const server = await openDatabase({ dataDir });
      try {
        const backup = await guanxi(['backup', join(folder, 'while-serving.tar.gz')]);
        expect(backup.code).toBe(1);
        expect(backup.stderr).toMatch(/is in use by process \d+/);
        expect(backup.stderr).toMatch(/guanxi backup FILE --server http:\/\/localhost:3000 --token/);
        const restore = await guanxi(['restore', goodBackup, '--yes']);
        expect(restore.code).toBe(1);
        expect(restore.stderr).toMatch(/is in use by process \d+ .*stop the server first/);
        expect(readdirSync(folder).filter((name) => name.includes('restoring'))).toEqual([]);
      } finally {
        await server.close();
      }
    },
  );

  it.skipIf(!onPostgres)('names a missing or too old pg_dump, and what to install', async () => {
    const tools = join(folder, 'tools');
    mkdirSync(tools);
    symlinkSync(process.execPath, join(tools, 'node'));
    const missing = await guanxi(['backup', join(folder, 'no-pg-dump.dump')], { ...env, PATH: tools });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/pg_dump was not found: install the PostgreSQL client programs/);

    writeFileSync(join(tools, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n');
    chmodSync(join(tools, 'pg_dump'), 0o755);
    const old = await guanxi(['backup', join(folder, 'old-pg-dump.dump')], {
      ...env,
      PATH: `${tools}:${process.env.PATH}`,
    });
    expect(old.code).toBe(1);
    expect(old.stderr).toMatch(/pg_dump is version 9, older than the PostgreSQL \d+ server: install/);
  });
});
