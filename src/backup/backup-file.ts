import { open, rename, rm } from 'node:fs/promises';

/**
 * The two kinds of backup: `postgres`, an archive of `pg_dump --format=custom` (what `pg_restore`
 * reads), made of a PostgreSQL server's database; `pglite`, PGlite's own dump of its data folder (a
 * gzipped tar), made of the embedded database.
 */
export type BackupKind = 'postgres' | 'pglite';

const postgresMagic = Buffer.from('PGDMP');
const gzipMagic = Buffer.from([0x1f, 0x8b]);

/** What a file holds, from its first bytes; undefined when it is neither kind of backup. */
export async function backupKindOf(file: string): Promise<BackupKind | undefined> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const start = head.subarray(0, bytesRead);
    if (start.length >= 5 && start.equals(postgresMagic)) return 'postgres';
    if (start.subarray(0, 2).equals(gzipMagic)) return 'pglite';
    return undefined;
  } finally {
    await handle.close();
  }
}

/** `guanxi-backup-2025-06-01T093000Z.dump` (PostgreSQL) or `….tar.gz` (PGlite): sorts by time, safe in any file system. */
export function backupFileName(kind: BackupKind, at = new Date()): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '');
  return `guanxi-backup-${stamp}${kind === 'postgres' ? '.dump' : '.tar.gz'}`;
}

/** How to restore a backup of the other kind than the configured database, said plainly. */
export function wrongKindMessage(file: string, kind: BackupKind): string {
  return kind === 'postgres'
    ? `${file} is a PostgreSQL backup (pg_dump): restore it with DATABASE_URL set to a PostgreSQL database`
    : `${file} is a backup of the embedded database (PGlite): restore it without DATABASE_URL, into GUANXI_DATA_DIR`;
}

/**
 * Writes `file` through `FILE.partial`, renamed only once complete: a failure never leaves half a backup
 * under its name. The file is readable by its owner only from the start: it holds every customer's
 * personal data and the users' password hashes.
 */
export async function writeWhole(file: string, write: (partial: string) => Promise<void>): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await (await open(partial, 'w', 0o600)).close();
    await write(partial);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
