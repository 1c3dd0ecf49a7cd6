import { asc, desc, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { AppError } from '../server/errors.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

/**
 * Keyset paging over a sort column and the id: `sort` is a column key, `-` in front for descending.
 * `after` is the condition for the page after the cursor, `orderBy` the matching order, and
 * `page()` cuts the fetched `limit + 1` rows into the items and the next cursor.
 */
export function keyset(options: {
  sort: string;
  columns: Record<string, PgColumn>;
  /** Sort keys whose values are timestamps (the cursor must hold a date). */
  timeKeys?: string[];
  id: PgColumn;
  cursor?: string;
  limit: number;
}) {
  const descending = options.sort.startsWith('-');
  const key = options.sort.replace(/^-/, '');
  const column = options.columns[key];
  let after: SQL | undefined;
  if (options.cursor) {
    const last = decodeCursor(options.cursor);
    if (options.timeKeys?.includes(key) && Number.isNaN(Date.parse(last.value ?? '')))
      throw new AppError('validation_failed', 'Invalid cursor', { cursor: 'does not fit this sort order' });
    after = sql`(${column}, ${options.id}) ${descending ? sql`<` : sql`>`} (${last.value}, ${last.id})`;
  }
  return {
    after,
    orderBy: descending ? [desc(column), desc(options.id)] : [asc(column), asc(options.id)],
    page<Row extends { id: string }>(rows: Row[]) {
      const items = rows.slice(0, options.limit);
      const lastRow = items[items.length - 1];
      const nextCursor =
        rows.length > options.limit ? encodeCursor((lastRow as Record<string, unknown>)[key], lastRow.id) : null;
      return { items, nextCursor };
    },
  };
}
