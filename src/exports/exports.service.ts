import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Caller } from '../auth/index.ts';
import type { Executor } from '../db/client.ts';
import { columnLabels, valueLabelsOf } from '../imports/index.ts';
import type { DataKind } from '../shared/domain.ts';
import { inLanguage, type Language } from '../shared/language.ts';
import { contactRows, customerRows, type ExportRow, orderRows, productRows } from './exports.repo.ts';
import type {
  ContactExportQuery,
  CustomerExportQuery,
  ExportFormat,
  OrderExportQuery,
  ProductExportQuery,
} from './exports.schema.ts';
import { neutraliseCell } from './spreadsheet-cells.ts';

/** The CSV columns of each kind: exactly the headers the import reads, so an export re-imports as it is. */
export const exportColumns: Record<DataKind, readonly string[]> = {
  customers: [
    'external_id',
    'name',
    'kind',
    'phone',
    'email',
    'industry',
    'region',
    'source',
    'owner_email',
    'tags',
    'level',
    'address',
    'notes',
  ],
  contacts: [
    'customer_external_id',
    'external_id',
    'name',
    'title',
    'phone',
    'email',
    'buying_role',
    'attitude',
    'trust',
    'notes',
  ],
  products: ['sku', 'name', 'category', 'currency', 'list_price', 'unit_cost', 'active'],
  orders: [
    'order_id',
    'customer_external_id',
    'ordered_at',
    'status',
    'currency',
    'sku',
    'quantity',
    'unit_price',
    'unit_cost',
    'amount_collected',
    'channel',
  ],
};

export type ExportRequest =
  | { kind: 'customers'; query: CustomerExportQuery }
  | { kind: 'contacts'; query: ContactExportQuery }
  | { kind: 'products'; query: ProductExportQuery }
  | { kind: 'orders'; query: OrderExportQuery };

function rowsOf(db: Executor, actor: Caller, request: ExportRequest): AsyncGenerator<ExportRow[]> {
  switch (request.kind) {
    case 'customers':
      return customerRows(db, actor, request.query);
    case 'contacts':
      return contactRows(db, actor, request.query);
    case 'products':
      return productRows(db, request.query);
    case 'orders':
      return orderRows(db, actor, request.query);
  }
}

/** A CSV cell: tags joined by `;`, everything else as text, neutralised against formula injection. */
function csvCell(value: ExportRow[string]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return neutraliseCell(value.join(';'));
  return neutraliseCell(String(value));
}

/**
 * A CSV file's text, chunk by chunk: a header row (`headers`, by default the column keys), then the
 * rows' cells in the columns' order. Also for reports whose headers are in the reader's language.
 */
export async function* csvChunks(
  columns: readonly string[],
  batches: AsyncIterable<ExportRow[]>,
  headers: readonly string[] = columns,
) {
  // The byte order mark makes Excel read the file as UTF-8 (Chinese names intact).
  yield `\uFEFF${stringify([headers.map(neutraliseCell)], { record_delimiter: '\r\n' })}`;
  for await (const rows of batches)
    yield stringify(
      rows.map((row) => columns.map((column) => csvCell(row[column] ?? null))),
      { record_delimiter: '\r\n' },
    );
}

/** Rows with their enumerations' codes as the labels of `language` (kind, lead source, order status, …). */
async function* labelledRows(columns: readonly string[], batches: AsyncIterable<ExportRow[]>, language: Language) {
  const labelled = columns.flatMap((column) => {
    const labels = valueLabelsOf(column);
    return labels ? [{ column, labels }] : [];
  });
  for await (const rows of batches)
    yield rows.map((row) => {
      const out = { ...row };
      for (const { column, labels } of labelled) {
        const label = row[column] === null || row[column] === undefined ? undefined : labels[String(row[column])];
        if (label) out[column] = inLanguage(label, language);
      }
      return out;
    });
}

async function* jsonChunks(columns: readonly string[], batches: AsyncIterable<ExportRow[]>) {
  let first = true;
  yield '[';
  for await (const rows of batches) {
    const objects = rows.map((row) =>
      JSON.stringify(Object.fromEntries(columns.map((column) => [column, row[column] ?? null]))),
    );
    yield `${first ? '\n' : ',\n'}${objects.join(',\n')}`;
    first = false;
  }
  yield '\n]\n';
}

/**
 * Streams every row the caller may see that matches the filters, batch by batch (keyset paging, so
 * memory stays flat): customers, contacts and orders of a relationship manager's own and shared
 * customers only; the product catalogue for everyone. `actor` null is the shell: everything. A CSV
 * for a reader (`language`) has the columns' labels and the enumerations' labels in that language;
 * without one, the import's column keys and the codes (the command line, `codes=true`, JSON).
 */
export async function exportStream(options: {
  db: Executor;
  actor: Caller;
  request: ExportRequest;
  format: ExportFormat;
  language?: Language;
}) {
  const { kind } = options.request;
  const columns = exportColumns[kind];
  const source = rowsOf(options.db, options.actor, options.request);
  // The first batch is read before anything is sent, so that a failing query is still a clean error.
  const first = await source.next();
  async function* batches() {
    if (first.done) return;
    yield first.value;
    yield* source;
  }
  const { language } = options;
  const chunks =
    options.format === 'json'
      ? jsonChunks(columns, batches())
      : language
        ? csvChunks(
            columns,
            labelledRows(columns, batches(), language),
            columns.map((column) => inLanguage(columnLabels[kind][column], language)),
          )
        : csvChunks(columns, batches());
  return Readable.from(chunks, { objectMode: false });
}

export const exportContentType = (format: ExportFormat) =>
  format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';

export const exportFileName = (kind: DataKind, format: ExportFormat, now = new Date()) =>
  `${kind}-${now.toISOString().slice(0, 10)}.${format}`;
