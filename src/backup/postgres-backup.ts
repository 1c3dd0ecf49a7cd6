import { basename } from 'node:path';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import type { Caller } from '../auth/index.ts';
import { type Database, type Db, selectRows } from '../db/client.ts';
import { AppError } from '../server/errors.ts';
import { isGuanxiDatabase } from './guanxi-database.ts';
import { requireToolFor, runPgTool, toolConnection } from './pg-tools.ts';

async function serverMajorVersion(db: Db): Promise<number> {
  const [row] = await selectRows<{ version: string }>(db, sql`SELECT current_setting('server_version_num') AS version`);
  return Math.floor(Number(row.version) / 10_000);
}

/**
 * `pg_dump --format=custom` of the database at `url` into `file`: one snapshot, so it is consistent
 * while the server goes on writing, and `pg_restore` reads it.
 */
export async function dumpPostgres(options: { db: Db; url: string; file: string }): Promise<void> {
  await requireToolFor('pg_dump', await serverMajorVersion(options.db));
  const { dbname, env } = toolConnection(options.url);
  await runPgTool('pg_dump', ['--format=custom', `--file=${options.file}`, `--dbname=${dbname}`], env);
}

/** Refuses an archive that `pg_restore` cannot read, or that is not of a Guanxi database. */
export async function checkGuanxiArchive(file: string): Promise<void> {
  const contents = await runPgTool('pg_restore', ['--list', file]).catch((error: Error) => {
    throw new AppError('validation_failed', `${file} is not a readable PostgreSQL backup: ${error.message}`);
  });
  const hasTable = (schema: string, table: string) => new RegExp(`\\bTABLE ${schema} ${table}\\b`).test(contents);
  if (!hasTable('public', 'customers') || !hasTable('drizzle', '__drizzle_migrations'))
    throw new AppError(
      'validation_failed',
      `${file} is a PostgreSQL backup but not of a Guanxi database (it has no customers table and no Guanxi migrations)`,
    );
}

/**
 * Replaces the contents of the configured database with the archive: pg_restore drops what the
 * archive holds and recreates it, all in one transaction (a failure changes nothing), without the
 * original owners and grants; then the migrations bring an older backup up to date.
 */
export async function restorePostgres(options: { database: Database; url: string; file: string; actor: Caller }) {
  const { database, url, file, actor } = options;
  await checkGuanxiArchive(file);
  await requireToolFor('pg_restore', await serverMajorVersion(database.db));
  const { dbname, env } = toolConnection(url);
  await runPgTool(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${dbname}`,
      file,
    ],
    env,
  );
  if (!(await isGuanxiDatabase(database.db)))
    throw new Error(`After restoring ${file}, ${dbname} has no customers table`);
  await database.migrate();
  await database.db.transaction((tx) =>
    recordAudit(tx, { actor, action: 'create', entity: 'restore', entityId: basename(file), after: { file } }),
  );
}
