import { AppError } from '../server/errors.ts';

/** What an import did, in numbers: the summary message is made from these. */
export interface ImportCounts {
  rowsRead: number;
  rowsRejected: number;
  dryRun: boolean;
  /** Bad rows with on error = abort: nothing is (or would be) written. */
  aborted: boolean;
  inserted: number;
  updated: number;
  /** Records the good rows make (orders count orders, the others rows). */
  records: number;
  /** What `records` counts: customers, contacts, products or orders. */
  unit: string;
}

const formatCount = (n: number) => n.toLocaleString('en-US');

/**
 * The job's summary, in English as the job stores it. Each sentence is whole (one message of the
 * catalogue in src/imports/messages-zh.ts, its numbers `{placeholders}`), so that it is rendered in
 * the reader's language when the job is read.
 */
export function summaryMessage(counts: ImportCounts): string {
  const read = formatCount(counts.rowsRead);
  const good = formatCount(counts.rowsRead - counts.rowsRejected);
  const rejected = formatCount(counts.rowsRejected);
  let message: string;
  if (counts.rowsRead === 0) message = 'The file has a header but no rows: nothing to import.';
  else if (counts.dryRun && counts.aborted)
    message = `Dry run: ${good} of ${read} rows would be imported; rows with errors: ${rejected} (with on error = abort, nothing would be).`;
  else if (counts.dryRun && counts.rowsRejected)
    message = `Dry run: ${good} of ${read} rows would be imported; rows with errors: ${rejected}.`;
  else if (counts.dryRun) message = `Dry run: ${good} of ${read} rows would be imported.`;
  else if (counts.aborted)
    message = `Nothing was imported: ${rejected} of ${read} rows have errors (on error = abort).`;
  else {
    const inserted = formatCount(counts.inserted);
    const updated = formatCount(counts.updated);
    const unchanged = formatCount(counts.records - counts.inserted - counts.updated);
    if (counts.rowsRejected)
      message = `Imported ${good} of ${read} rows: ${inserted} new, ${updated} changed, ${unchanged} unchanged ${counts.unit}; rows with errors: ${rejected}.`;
    else
      message = `Imported ${good} of ${read} rows: ${inserted} new, ${updated} changed, ${unchanged} unchanged ${counts.unit}.`;
  }
  return message;
}

/** Why an import stopped, as its job keeps it (each one message of the catalogue, src/imports/messages-zh.ts). */
export function failureMessage(error: unknown, signal: AbortSignal | undefined): string {
  let failure: string;
  if (signal?.aborted) {
    // The stopper's reason (the server closing, a signal to the CLI); abort() without one says nothing of its own.
    const given = signal.reason instanceof Error && signal.reason.name !== 'AbortError';
    const reason = given ? signal.reason.message : 'the import was stopped';
    failure = `Interrupted: ${reason} before it finished; nothing of this file was written.`;
  } else if (error instanceof AppError) failure = error.message;
  else failure = `The import failed: ${(error as Error).message}`;
  return failure;
}
