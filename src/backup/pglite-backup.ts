import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { recordAudit } from '../audit/index.ts';
import type { Caller } from '../auth/index.ts';
import { openDatabase } from '../db/client.ts';
import { lockDataDir } from '../db/data-dir-lock.ts';
import { isGuanxiDatabase } from './guanxi-database.ts';

/**
 * PGlite's own dump of its data folder, a gzipped tar. It is taken between transactions (a request's
 * transaction finishes first, the next one waits for the copy), so it holds exactly what was committed.
 */
export async function dumpPglite(client: PGlite): Promise<Buffer> {
  const dump = await client._runExclusiveTransaction(() => client.dumpDataDir('gzip'));
  return Buffer.from(await dump.arrayBuffer());
}

/** Whether a folder holds a database (PostgreSQL's PG_VERSION file), rather than being empty or missing. */
export const holdsDatabase = (dataDir: string) => existsSync(join(dataDir, 'PG_VERSION'));

/** Whether a folder holds anything but a lock: a restore moves such a folder aside instead of replacing it. */
export const holdsFiles = (dataDir: string) =>
  existsSync(dataDir) && readdirSync(dataDir).some((name) => name !== 'guanxi.pid');

export interface PgliteRestore {
  file: string;
  dataDir: string;
  actor: Caller;
}

/**
 * Restores a PGlite backup into `dataDir`: unpacked into a new folder beside it, checked to be a
 * Guanxi database, migrated, and only then put in place. A folder that held anything is moved aside
 * (returned), never deleted. Refused while a server holds the folder.
 */
export async function restorePglite({ file, dataDir, actor }: PgliteRestore): Promise<{ movedAside?: string }> {
  const target = resolve(dataDir);
  const parent = dirname(target);
  if (!existsSync(parent)) throw new Error(`The folder ${parent} that should hold ${basename(target)} does not exist`);
  const unlock = lockForRestore(target);
  const staging = mkdtempSync(join(parent, `.${basename(target)}-restoring-`));
  try {
    await unpack(file, staging);
    await checkAndMigrate(file, staging, actor);
    const movedAside = holdsFiles(target) ? moveAside(target) : undefined;
    if (!movedAside) rmSync(target, { recursive: true, force: true }); // missing, empty, or only our lock
    try {
      renameSync(staging, target);
    } catch (error) {
      if (movedAside) (error as Error).message += ` (the previous database is in ${movedAside})`;
      throw error;
    }
    return { movedAside };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    unlock();
  }
}

function lockForRestore(target: string): () => void {
  if (!existsSync(target)) return () => {};
  try {
    return lockDataDir(target);
  } catch (error) {
    const holder = /process (\d+)/.exec((error as Error).message)?.[1];
    throw new Error(
      `${target} is in use${holder ? ` by process ${holder}` : ''} (a running Guanxi server?): a restore replaces ` +
        'the whole database, so stop the server first, then run guanxi restore again',
    );
  }
}

async function unpack(file: string, staging: string) {
  try {
    const dump = new Blob([await readFile(file)], { type: 'application/x-gzip' });
    const client = await PGlite.create(staging, { loadDataDir: dump });
    await client.close();
    // The dump copies the whole folder, the lock of the process that was serving it included.
    rmSync(join(staging, 'guanxi.pid'), { force: true });
  } catch (error) {
    throw new Error(`${file} is not a readable PGlite backup: ${(error as Error).message}`);
  }
}

async function checkAndMigrate(file: string, staging: string, actor: Caller) {
  const database = await openDatabase({ dataDir: staging });
  try {
    if (!(await isGuanxiDatabase(database.db)))
      throw new Error(`${file} is a PGlite backup but not of a Guanxi database (it has no customers table)`);
    await database.migrate();
    await database.db.transaction((tx) =>
      recordAudit(tx, { actor, action: 'create', entity: 'restore', entityId: basename(file), after: { file } }),
    );
  } finally {
    await database.close();
  }
}

function moveAside(target: string): string {
  const aside = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(target, aside);
  rmSync(join(aside, 'guanxi.pid'), { force: true }); // our lock, moved along
  return aside;
}
