import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';
// Not the exports' index, which loads the whole export (see fields.ts).
import { neutraliseCell } from '../exports/spreadsheet-cells.ts';
import { type CsvRecord, type CsvSample, readRecords, splitHeader } from './csv-file.ts';
import type { Stage } from './staging.ts';

async function* records(batches: AsyncIterable<CsvRecord[]> | undefined) {
  if (batches) for await (const batch of batches) yield* batch;
}

interface RejectedLine {
  line: number;
  columns: string;
  reasons: string;
}

/** Joins a line's several columns and reasons where the file is read through `errorFileIn` (the web app's). */
export const laterSeparator = '\u001f';

/** The rejects in line order, a batch at a time (one row per line, its errors joined by `separator`). */
async function* rejectedLines(stage: Stage, separator: string): AsyncGenerator<RejectedLine> {
  const joiner = separator.replace(/'/g, "''");
  let after = 0;
  for (;;) {
    const { rows } = await stage.run(`
      SELECT line, string_agg(column_name, '${joiner}' ORDER BY column_name) AS columns,
             string_agg(reason, '${joiner}' ORDER BY column_name) AS reasons
      FROM ${stage.rejects} WHERE line > ${after} GROUP BY line ORDER BY line LIMIT 5000`);
    if (!rows.length) return;
    for (const row of rows) yield row as unknown as RejectedLine;
    after = (rows[rows.length - 1] as { line: number }).line;
  }
}

/**
 * The bad rows as a CSV to fix and import again: `error_line`, `error_column`, `error_reason`, then
 * the row's original cells under the file's own headers (which the import ignores and maps again).
 * UTF-8 with a byte order mark so Excel shows Chinese; cells neutralised like every export. A line's
 * several errors are joined by `; `, or by `laterSeparator` in a file rendered per reader when read.
 */
export async function writeErrorFile(options: {
  stage: Stage;
  source: string;
  sample: CsvSample;
  target: string;
  separator?: string;
}) {
  const out = createWriteStream(options.target);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const csvLine = (cells: (string | number)[]) =>
    stringify([cells.map((cell) => (typeof cell === 'number' ? String(cell) : neutraliseCell(cell)))], {
      record_delimiter: '\r\n',
    });
  const { batches } = readRecords(options.source, options.sample.encoding, options.sample.delimiter);
  const file = await splitHeader(batches);
  await write(`\uFEFF${csvLine(['error_line', 'error_column', 'error_reason', ...(file?.headers ?? [])])}`);
  const rejects = rejectedLines(options.stage, options.separator ?? '; ');
  let rejected = await rejects.next();
  try {
    for await (const record of records(file?.rows)) {
      if (rejected.done) break;
      // A reject before this record's line has no record of its own: write it with its reason only.
      while (!rejected.done && rejected.value.line < record.line) {
        await write(csvLine([rejected.value.line, rejected.value.columns, rejected.value.reasons]));
        rejected = await rejects.next();
      }
      if (!rejected.done && rejected.value.line === record.line) {
        await write(csvLine([record.line, rejected.value.columns, rejected.value.reasons, ...record.fields]));
        rejected = await rejects.next();
      }
    }
    while (!rejected.done) {
      await write(csvLine([rejected.value.line, rejected.value.columns, rejected.value.reasons]));
      rejected = await rejects.next();
    }
  } finally {
    await file?.rows.return(undefined);
    out.end();
    await finished(out);
  }
}
