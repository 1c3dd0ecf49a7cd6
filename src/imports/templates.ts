import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { DataKind } from '../shared/domain.ts';
import { inLanguage, type Language } from '../shared/language.ts';
import { columnLabels } from './column-labels.ts';
import { importColumns } from './columns.ts';
import { suggestMapping } from './headers.ts';
import { valueLabelsOf } from './value-labels.ts';

/** The example files of docs/import.md, which the web app offers as templates. */
const examplesFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/examples');

/**
 * The example file of a kind as a template in `language`: its headers are the columns' labels and its
 * enumerations' values their labels in that language (both read back by the import), the other cells
 * as they are. UTF-8 with a byte order mark, so that Excel opens the Chinese in it as UTF-8.
 */
export async function templateIn(kind: DataKind, language: Language): Promise<string> {
  const [headers = [], ...rows] = parse(await readFile(join(examplesFolder, `${kind}.csv`), 'utf8'), {
    bom: true,
  }) as string[][];
  const columns = importColumns[kind];
  const mapping = suggestMapping(headers, columns);
  const columnAt = headers.map((header) => columns.find((column) => column.name === mapping[header]));
  const header = headers.map((cell, at) => {
    const name = columnAt[at]?.name;
    return name && columnLabels[kind][name] ? inLanguage(columnLabels[kind][name], language) : cell;
  });
  const labelled = rows.map((row) =>
    row.map((cell, at) => {
      const column = columnAt[at];
      const labels = column && valueLabelsOf(column.name);
      const code = labels && column.parse(cell);
      return labels && typeof code === 'string' && labels[code] ? inLanguage(labels[code], language) : cell;
    }),
  );
  return `\uFEFF${stringify([header, ...labelled], { record_delimiter: '\r\n' })}`;
}
