import { existsSync } from 'node:fs';
import { desc, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from '../db/client.ts';
import { importJobs } from '../db/schema/index.ts';
import type { DataKind } from '../shared/domain.ts';
import { clientOf, jobLockKey } from './import-session.ts';

export type ImportJobRow = typeof importJobs.$inferSelect;
export type ImportJobPatch = Partial<Omit<ImportJobRow, 'id' | 'kind' | 'userId' | 'startedAt'>>;

/** Imports this process is running: on PGlite (one process) any other job marked running was interrupted. */
const runningHere = new Set<string>();
export const markRunningHere = (id: string) => runningHere.add(id);
export const unmarkRunningHere = (id: string) => runningHere.delete(id);

export async function insertImportJob(
  db: Db,
  job: {
    id: string;
    kind: DataKind;
    userId: string | null;
    dryRun: boolean;
    onError: 'abort' | 'skip';
    fileName: string;
    bytesTotal: number;
  },
) {
  const [row] = await db.insert(importJobs).values(job).returning();
  return row;
}

export async function updateImportJob(db: Db, id: string, patch: ImportJobPatch) {
  await db.update(importJobs).set(patch).where(eq(importJobs.id, id));
}

export const interruptedMessage =
  'Interrupted: the process running the import stopped before it finished; nothing of this file was written.';

/**
 * A job still marked running whose process is gone (killed, crashed, server restarted) is marked
 * failed: on PostgreSQL its advisory lock is free; on PGlite, only this process could be running it.
 */
async function settleInterrupted(db: Db, rows: ImportJobRow[]) {
  for (const row of rows) {
    if (row.status !== 'running' || runningHere.has(row.id)) continue;
    let abandoned = true;
    if (clientOf(db) instanceof pg.Pool) {
      abandoned = await db.transaction(async (tx) => {
        const result = (await tx.execute(
          sql`SELECT pg_try_advisory_xact_lock(${jobLockKey(row.id)}) AS free`,
        )) as unknown as {
          rows: { free: boolean }[];
        };
        return result.rows[0].free;
      });
    }
    if (!abandoned) continue;
    const patch = { status: 'failed' as const, message: interruptedMessage, finishedAt: new Date() };
    await db.update(importJobs).set(patch).where(eq(importJobs.id, row.id));
    Object.assign(row, patch);
  }
  return rows;
}

/** Settles every job left 'running' by a process that is gone: at start-up of the server and of `guanxi import`. */
export async function settleInterruptedJobs(db: Db) {
  const rows = await db.select().from(importJobs).where(eq(importJobs.status, 'running'));
  await settleInterrupted(db, rows);
}

export async function findImportJob(db: Db, id: string) {
  const rows = await db.select().from(importJobs).where(eq(importJobs.id, id));
  return (await settleInterrupted(db, rows))[0];
}

export async function listImportJobs(db: Db, limit: number) {
  const rows = await db.select().from(importJobs).orderBy(desc(importJobs.startedAt)).limit(limit);
  return settleInterrupted(db, rows);
}

/** The API's view of a job: the error file is only named by whether it can be downloaded. */
export function presentJob({ errorFile, userId: _userId, errors, ...row }: ImportJobRow) {
  return {
    ...row,
    errors: errors.map((error) => ({ ...error, column: error.column || null })),
    hasErrorFile: Boolean(errorFile && existsSync(errorFile)),
  };
}
export type ImportJob = ReturnType<typeof presentJob>;
