import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Caller, userIdOf } from '../auth/index.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../server/errors.ts';
import type { DataKind } from '../shared/domain.ts';
import { importColumns } from './columns.ts';
import { type CsvSample, readSample } from './csv-file.ts';
import { type ImportEncoding, undecodable } from './encoding.ts';
import { type HeaderMapping, resolveColumns } from './headers.ts';
import {
  findImportJob,
  type ImportJob,
  insertImportJob,
  markRunningHere,
  presentJob,
  unmarkRunningHere,
  updateImportJob,
} from './import-jobs.repo.ts';
import { failureMessage } from './import-messages.ts';
import { type ImportProgress, ImportProgressReporter } from './import-progress.ts';
import { importRows, type RowsOutcome } from './import-rows.ts';
import { type ImportSession, jobLockKey, openImportSession } from './import-session.ts';

export interface ImportRequest {
  db: Db;
  /** Who imports (recorded in the job and the audit log): a user, or the shell. */
  actor: Caller;
  kind: DataKind;
  /** The file to read, and the name to show for it. */
  file: string;
  fileName: string;
  encoding: ImportEncoding;
  /** IANA time zone for dates and times without an offset. */
  timeZone: string;
  onError: 'abort' | 'skip';
  dryRun: boolean;
  /** File header → column (null: ignore), over the headers' own meaning. */
  mapping?: HeaderMapping;
  /** Where to write the bad rows as CSV; none: not written. */
  errorFile?: string;
  /** Joins a row's several errors in that file: `; `, or error-file.ts's laterSeparator when it is rendered when read. */
  errorSeparator?: string;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Removes an uploaded file once it is read for good, before the job says it ended (the web app's uploads). */
  discardFile?: () => Promise<void>;
}

export interface ImportResult {
  job: ImportJob;
  /** Records created, changed, and left as they were (orders count orders, the others rows). */
  inserted: number;
  updated: number;
  unchanged: number;
  unit: string;
  seconds: number;
}

/** Checks a file's encoding and headers before an import starts: a 400 naming what is wrong. */
export async function inspectFile(request: Pick<ImportRequest, 'file' | 'encoding' | 'kind' | 'mapping'>) {
  const sample = await readSample(request.file, request.encoding);
  const headers = sample.records[0];
  if (!headers?.length) throw new AppError('validation_failed', 'The file is empty', { file: 'is empty' });
  if (sample.records.some((record) => record.some((cell) => cell.includes(undecodable))))
    throw sample.encoding === 'utf8'
      ? new AppError('validation_failed', 'The file is not valid UTF-8; is it GBK?', {
          encoding: 'the file is not UTF-8',
        })
      : new AppError('validation_failed', 'The file is not valid GBK; is it UTF-8?', {
          encoding: 'the file is not GBK',
        });
  const { mapping } = resolveColumns(headers, importColumns[request.kind], request.mapping);
  return { sample, headers, mapping };
}

export function checkTimeZone(timeZone: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    if (/^[A-Za-z0-9_+\-/]+$/.test(timeZone)) return timeZone;
  } catch {
    // reported below
  }
  throw new AppError('validation_failed', `Unknown time zone ${timeZone}`, {
    timeZone: 'must be an IANA time zone like Asia/Shanghai',
  });
}

/**
 * Starts an import: checks the file, takes a connection for it, records the job, and returns the
 * job at once with a promise of the result. The promise resolves also when the import fails (the
 * job says why); it rejects only if the job itself cannot be recorded.
 */
export async function startImport(request: ImportRequest): Promise<{ job: ImportJob; result: Promise<ImportResult> }> {
  const timeZone = checkTimeZone(request.timeZone);
  const { sample } = await inspectFile(request);
  const id = randomUUID();
  markRunningHere(id);
  let session: ImportSession | undefined;
  let job: ImportJob;
  try {
    session = await openImportSession(request.db);
    // Held until the session ends, also by a killed process: pollers tell a live import from a lost one.
    if (session.kind === 'postgres') await session.run(sql`SELECT pg_advisory_lock(${jobLockKey(id)})`);
    const row = await insertImportJob(request.db, {
      id,
      kind: request.kind,
      userId: userIdOf(request.actor),
      dryRun: request.dryRun,
      onError: request.onError,
      fileName: request.fileName,
      bytesTotal: sample.bytesTotal,
    });
    job = presentJob(row);
  } catch (error) {
    unmarkRunningHere(id);
    await session?.release();
    throw error;
  }
  const open = session;
  const result = runJob({ ...request, timeZone }, id, open, sample).finally(async () => {
    await open.release();
    unmarkRunningHere(id);
  });
  return { job, result };
}

async function runJob(request: ImportRequest, id: string, session: ImportSession, sample: CsvSample) {
  const started = Date.now();
  const progress = new ImportProgressReporter(request.db, id, sample.bytesTotal, request.onProgress);
  let outcome: RowsOutcome | undefined;
  let failure: string | undefined;
  // Stopping (the server closing, the command getting SIGINT or SIGTERM) cancels the running statement too.
  const cancel = () => void session.cancel().catch(() => {});
  request.signal?.addEventListener('abort', cancel, { once: true });
  try {
    outcome = await importRows({ request, id, session, sample, progress });
  } catch (error) {
    failure = failureMessage(error, request.signal);
  } finally {
    request.signal?.removeEventListener('abort', cancel);
  }
  await progress.settle();
  await request.discardFile?.().catch(() => {});
  const seconds = (Date.now() - started) / 1000;
  const status = failure || outcome?.failed ? ('failed' as const) : ('succeeded' as const);
  await updateImportJob(request.db, id, {
    status,
    message: failure ?? outcome?.message,
    bytesRead: sample.bytesTotal,
    rowsRead: outcome?.rowsRead ?? progress.current.rowsRead,
    rowsImported: outcome?.rowsImported ?? 0,
    rowsRejected: outcome?.rowsRejected ?? progress.current.rowsRejected,
    errors: outcome?.errors ?? [],
    errorFile: outcome?.errorFile ?? null,
    finishedAt: new Date(),
  });
  const job = presentJob((await findImportJob(request.db, id))!);
  const counts = outcome?.counts ?? { inserted: 0, updated: 0, records: 0 };
  return {
    job,
    inserted: counts.inserted,
    updated: counts.updated,
    unchanged: outcome?.written ? counts.records - counts.inserted - counts.updated : 0,
    unit: outcome?.unit ?? 'rows',
    seconds,
  };
}
