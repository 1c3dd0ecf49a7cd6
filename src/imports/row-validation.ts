import type { ImportColumn } from './columns.ts';
import { cleanCell, Invalid } from './fields.ts';

export interface CellError {
  column: string;
  reason: string;
}

/** A row read against the columns: the canonical values (null where empty or absent) and every error. */
export interface CheckedRow {
  values: (string | null)[];
  errors: CellError[];
}

/** True for a row with no content: a blank line, or only separators as Excel writes them. */
export const isBlankRecord = (record: readonly string[]) => record.every((field) => field.trim() === '');

/**
 * Validates one record. `positions[i]` is where column i is in the record (-1: not in the file).
 * Cells past the header are allowed only when empty (Excel's trailing commas).
 */
export function checkRecord(
  columns: readonly ImportColumn[],
  positions: readonly number[],
  record: readonly string[],
  headerCount: number,
): CheckedRow {
  const values: (string | null)[] = new Array(columns.length);
  const errors: CellError[] = [];
  for (let i = 0; i < columns.length; i++) {
    const at = positions[i];
    const column = columns[i];
    const cleaned = at === -1 || at >= record.length ? '' : cleanCell(record[at]);
    let value: string | null | Invalid;
    if (cleaned instanceof Invalid) value = cleaned;
    else if (cleaned === '') value = column.required ? new Invalid('is required') : null;
    else value = column.parse(cleaned);
    if (value instanceof Invalid) {
      errors.push({ column: column.name, reason: value.reason });
      values[i] = null;
    } else values[i] = value;
  }
  for (let at = headerCount; at < record.length; at++)
    if (record[at].trim() !== '') {
      errors.push({ column: '', reason: `has ${record.length} fields; the header has ${headerCount}` });
      break;
    }
  return { values, errors };
}
