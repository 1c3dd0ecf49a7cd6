import { sql } from 'drizzle-orm';
// The request's writer alone, not the analytics' index with the HTTP routes.
import { requestAnalysis } from '../analytics/analysis-requests.ts';
// The audit's writer alone, not its index with the HTTP routes (the CLI's import stays small).
import { recordAudit } from '../audit/audit.repo.ts';
import { AppError } from '../server/errors.ts';
import { importColumns, keyColumn } from './columns.ts';
import { copyRow } from './copy-text.ts';
import { type CsvSample, readRecords, splitHeader } from './csv-file.ts';
import { writeErrorFile } from './error-file.ts';
import { cleanCell } from './fields.ts';
import { resolveColumns } from './headers.ts';
import { summaryMessage } from './import-messages.ts';
import { importPlans } from './import-plan.ts';
import type { ImportProgressReporter } from './import-progress.ts';
import type { ImportRequest } from './import-runner.ts';
import { type ImportSession, outcome } from './import-session.ts';
import { checkRecord, isBlankRecord } from './row-validation.ts';
import { collectCellErrors, createStage, dropRejectedRows, dropStage, type Stage, stagedColumns } from './staging.ts';

export interface RowsOutcome {
  failed: boolean;
  message: string;
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  errors: { line: number; column: string; reason: string }[];
  errorFile: string | null;
  written: boolean;
  counts: { inserted: number; updated: number; records: number };
  unit: string;
}

const noExtras: string[] = [];

/** Reads every row into the stage: good rows with their values, bad rows as one entry per error. */
async function stageRows(options: {
  request: ImportRequest;
  session: ImportSession;
  sample: CsvSample;
  progress: ImportProgressReporter;
  id: string;
}) {
  const { request, session, sample, progress } = options;
  const columns = importColumns[request.kind];
  const plan = importPlans[request.kind];
  const { batches, bytesRead } = readRecords(request.file, sample.encoding, sample.delimiter);
  const file = await splitHeader(batches);
  if (!file) throw new AppError('validation_failed', 'The file is empty', { file: 'is empty' });
  const { headers, rows } = file;
  const { positions } = resolveColumns(headers, columns, request.mapping);
  const present = new Set(columns.filter((_, i) => positions[i] !== -1).map((column) => column.name));
  const extras = plan.extraColumns ?? [];
  const stage = await createStage({ session, jobId: options.id, columns, extras, present, timeZone: request.timeZone });
  let rowsRead = 0;
  let rowsWithCellErrors = 0;
  try {
    const copy = session.copyIn(stage.rows, stagedColumns(columns, extras));
    const computeExtras = plan.computeExtras?.();
    const keyAt = columns.findIndex((column) => column.name === keyColumn[request.kind]);
    const empty: (string | null)[] = new Array(columns.length + extras.length).fill(null);
    for await (const batch of rows) {
      for (const record of batch) {
        if (isBlankRecord(record.fields)) continue;
        rowsRead++;
        const checked = checkRecord(columns, positions, record.fields, headers.length);
        const line = String(record.line);
        let wait: Promise<void> | undefined;
        if (checked.errors.length) {
          rowsWithCellErrors++;
          const keyCell = cleanCell(record.fields[positions[keyAt]] ?? '');
          const data = [...empty];
          data[keyAt] = typeof keyCell === 'string' && keyCell ? keyCell : null;
          for (const error of checked.errors) await copy.write(copyRow([line, error.column, error.reason, ...data]));
        } else {
          const computed = computeExtras ? computeExtras(checked.values) : noExtras;
          wait = copy.write(copyRow([line, null, null], checked.values, computed));
        }
        if (wait) await wait;
      }
      request.signal?.throwIfAborted();
      progress.reading(bytesRead(), rowsRead, rowsWithCellErrors);
    }
    await copy.end();
    progress.reading(bytesRead(), rowsRead, rowsWithCellErrors);
    return { stage, rowsRead };
  } catch (error) {
    await rows.return(undefined);
    await dropStage(stage, plan.extraTables).catch(() => {});
    throw error;
  }
}

const firstNumber = async (stage: Stage, text: string) => Number(Object.values((await stage.run(text)).rows[0])[0]);

/**
 * The import proper: stage the rows (COPY), check them in SQL, and, unless it is a dry run or bad
 * rows abort it, merge the good ones in one transaction with one audit entry for the whole import.
 */
export async function importRows(options: {
  request: ImportRequest;
  id: string;
  session: ImportSession;
  sample: CsvSample;
  progress: ImportProgressReporter;
}): Promise<RowsOutcome> {
  const { request, session, progress } = options;
  const plan = importPlans[request.kind];
  const { stage, rowsRead } = await stageRows(options);
  try {
    request.signal?.throwIfAborted();
    progress.phase('checking');
    await collectCellErrors(stage);
    await plan.check(stage);
    const rowsRejected = await firstNumber(stage, `SELECT count(DISTINCT line) FROM ${stage.rejects}`);
    const errors = (
      await stage.run(
        `SELECT line, column_name AS column, reason FROM ${stage.rejects} ORDER BY line, column_name LIMIT 100`,
      )
    ).rows as RowsOutcome['errors'];
    const goodRows = rowsRead - rowsRejected;
    const aborted = rowsRejected > 0 && request.onError === 'abort';
    const base = { rowsRead, rowsRejected, errors, errorFile: null as string | null, unit: plan.unit ?? request.kind };
    let counts = { inserted: 0, updated: 0, records: goodRows };
    // Before the merge, so that a file that cannot be written stops the import before it writes anything.
    if (rowsRejected && request.errorFile) {
      await writeErrorFile({
        stage,
        source: request.file,
        sample: options.sample,
        target: request.errorFile,
        separator: request.errorSeparator,
      });
      base.errorFile = request.errorFile;
    }
    let written = false;
    if (!request.dryRun && !aborted && goodRows > 0) {
      request.signal?.throwIfAborted();
      if (rowsRejected) await dropRejectedRows(stage);
      progress.phase('writing');
      counts = await session.db.transaction(async (tx) => {
        // A stop between two statements of the merge (its cancel found nothing running) ends it here.
        const merged = await plan.merge(stage, async (text) => {
          request.signal?.throwIfAborted();
          return outcome(await tx.execute(sql.raw(text)));
        });
        const summary = {
          kind: request.kind,
          fileName: request.fileName,
          rows: goodRows,
          rejected: rowsRejected,
          ...merged,
        };
        await recordAudit(tx, {
          actor: request.actor,
          action: 'create',
          entity: 'import',
          entityId: options.id,
          after: summary,
        });
        // New or changed purchases: the analysis is made again once the import has committed.
        if (request.kind === 'orders' && merged.inserted + merged.updated > 0) await requestAnalysis(tx, 'import');
        return { records: goodRows, ...merged };
      });
      written = true;
    }
    const message = summaryMessage({
      rowsRead,
      rowsRejected,
      dryRun: request.dryRun,
      aborted,
      ...counts,
      unit: base.unit,
    });
    return {
      ...base,
      failed: aborted && !request.dryRun,
      message,
      rowsImported: written || request.dryRun ? goodRows : 0,
      written,
      counts,
    };
  } finally {
    await dropStage(stage, plan.extraTables).catch(() => {});
  }
}
