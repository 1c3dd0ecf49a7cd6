import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
// Not the exports' index, which loads the whole export (see fields.ts).
import { neutraliseCell, restoreCell } from '../exports/spreadsheet-cells.ts';
import type { DataKind } from '../shared/domain.ts';
import { inLanguage, type Language, text } from '../shared/language.ts';
import { translate } from '../shared/translate.ts';
import { columnLabels } from './column-labels.ts';
import { laterSeparator } from './error-file.ts';
import type { ImportJob } from './import-jobs.repo.ts';

/**
 * An import as its reader reads it: the job stores its summary and its rows' problems in English
 * (the import may run in the background, for a reader who is not there); they are rendered in the
 * reader's language when read, through the catalogue (src/imports/messages-zh.ts).
 */
export function jobIn(job: ImportJob, language: Language): ImportJob {
  return {
    ...job,
    message: job.message === null ? null : translate(job.message, language),
    errors: job.errors.map((error) => ({ ...error, reason: translate(error.reason, language) })),
  };
}

/** The error file's own columns: English as the CLI writes them (docs/import.md), or Chinese. */
const errorColumns = [text('error_line', '错误行号'), text('error_column', '错误列'), text('error_reason', '错误原因')];
const joiners: Record<Language, string> = { en: '; ', 'zh-CN': '；' };

/**
 * A line's columns and reasons as the reader reads them: the error file of the web app's imports
 * keeps them joined by `laterSeparator` and in English; they come out named and translated in
 * `language`, joined by `; ` (English: the CLI's error file exactly) or `；`.
 */
function renderedCells(kind: DataKind, language: Language, columns: string, reasons: string) {
  const join = (parts: string[]) => neutraliseCell(parts.join(joiners[language]));
  const column = (name: string) =>
    language === 'en' || !columnLabels[kind][name] ? name : inLanguage(columnLabels[kind][name], language);
  return [
    join(restoreCell(columns).split(laterSeparator).map(column)),
    join(
      restoreCell(reasons)
        .split(laterSeparator)
        .map((reason) => translate(reason, language)),
    ),
  ];
}

/** The stored error file of a web import, rendered in `language` as it is read (UTF-8 with BOM, CRLF). */
export function errorFileIn(options: { path: string; kind: DataKind; language: Language }): Readable {
  const { kind, language } = options;
  async function* chunks() {
    const records = createReadStream(options.path).pipe(parse({ bom: true, relax_column_count: true }));
    let header = true;
    let batch: string[][] = [];
    const flush = () => {
      const out = stringify(batch, { record_delimiter: '\r\n' });
      batch = [];
      return out;
    };
    for await (const record of records as AsyncIterable<string[]>) {
      const [line = '', columns = '', reasons = '', ...cells] = record;
      if (header) {
        batch.push([...errorColumns.map((column) => inLanguage(column, language)), ...cells]);
        header = false;
      } else batch.push([line, ...renderedCells(kind, language, columns, reasons), ...cells]);
      if (batch.length === 1000) yield flush();
    }
    if (batch.length) yield flush();
  }
  async function* withBom() {
    yield '\uFEFF';
    yield* chunks();
  }
  return Readable.from(withBom(), { objectMode: false });
}
