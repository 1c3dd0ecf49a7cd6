import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordAudit } from '../audit/index.ts';
import { type Caller, roleOf } from '../auth/index.ts';
import type { Db } from '../db/client.ts';
import { forbidden } from '../server/errors.ts';
import { type BackupKind, backupFileName, writeWhole } from './backup-file.ts';
import { connectionOf } from './database-connection.ts';
import { dumpPglite } from './pglite-backup.ts';
import { dumpPostgres } from './postgres-backup.ts';

/**
 * Writes a backup of the database to `file`: pg_dump's archive of a PostgreSQL server, PGlite's dump
 * of the embedded one.
 */
export async function writeBackup(db: Db, file: string): Promise<BackupKind> {
  const connection = connectionOf(db);
  await writeWhole(file, async (partial) => {
    if (connection.kind === 'postgres') await dumpPostgres({ db, url: connection.url, file: partial });
    else await writeFile(partial, await dumpPglite(connection.client));
  });
  return connection.kind;
}

export interface BackupDownload {
  file: string;
  fileName: string;
  size: number;
  /** Deletes the temporary file once it is sent. */
  cleanUp: () => Promise<void>;
}

/** A backup of the server's own database for an administrator to download, in a temporary file; audited. */
export async function backupForDownload(options: { db: Db; actor: Caller }): Promise<BackupDownload> {
  const { db, actor } = options;
  if (roleOf(actor) !== 'admin') throw forbidden('Only administrators download backups');
  const fileName = backupFileName(connectionOf(db).kind);
  const folder = await mkdtemp(join(tmpdir(), 'guanxi-backup-'));
  const cleanUp = () => rm(folder, { recursive: true, force: true });
  const file = join(folder, fileName);
  try {
    const kind = await writeBackup(db, file);
    const { size } = await stat(file);
    await db.transaction((tx) =>
      recordAudit(tx, { actor, action: 'create', entity: 'backup', entityId: fileName, after: { kind, size } }),
    );
    return { file, fileName, size, cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
