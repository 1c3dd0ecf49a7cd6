import { asc, desc, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { customerActivity, customers, lastWhenMissing } from '../db/schema/index.ts';
import { invalid } from '../server/errors.ts';
import { decodeCursor, encodeCursor } from '../shared/cursor.ts';
import type { CustomerSort } from './customers.schema.ts';

type SortKey = CustomerSort extends `-${infer Key}` ? Key : never;

/**
 * The list's sort keys. The customer's own columns are never missing; revenue, last purchase and last
 * contact (from `customer_activity`) are missing for customers without purchases or contacts, who come
 * last in either direction: the list orders by `lastWhenMissing(...)`, the expression the indexes hold.
 */
const sortKeys: Record<SortKey, { column: PgColumn; type: 'text' | 'numeric' | 'timestamptz'; mayBeMissing: boolean }> =
  {
    name: { column: customers.name, type: 'text', mayBeMissing: false },
    createdAt: { column: customers.createdAt, type: 'timestamptz', mayBeMissing: false },
    updatedAt: { column: customers.updatedAt, type: 'timestamptz', mayBeMissing: false },
    revenue: { column: customerActivity.revenue, type: 'numeric', mayBeMissing: true },
    lastPurchaseAt: { column: customerActivity.lastPurchaseAt, type: 'timestamptz', mayBeMissing: true },
    lastContactAt: { column: customerActivity.lastContactAt, type: 'timestamptz', mayBeMissing: true },
  };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const decimalPattern = /^-?\d+(\.\d+)?$/;

/** Whether a cursor's value fits the sort key (else the database would fail on it). */
function fits(type: 'text' | 'numeric' | 'timestamptz', mayBeMissing: boolean, value: string | null) {
  if (value === null) return mayBeMissing;
  if (type === 'numeric') return decimalPattern.test(value);
  if (type === 'timestamptz') return !Number.isNaN(Date.parse(value));
  return true;
}

/**
 * Keyset paging of the customer list by one sort key and the id: `key` is the sort expression, `after`
 * the condition for the rows past the cursor, `orderBy` the matching order, `page()` cuts the fetched
 * `limit + 1` rows into the items and the next cursor.
 */
export function listOrder(sort: CustomerSort, cursor: string | undefined, limit: number) {
  const descending = sort.startsWith('-');
  const name = sort.replace(/^-/, '') as SortKey;
  const { column, type, mayBeMissing } = sortKeys[name];
  const key = mayBeMissing && type !== 'text' ? lastWhenMissing(column, type, descending) : column;
  const cast = sql.raw(type);
  let after: SQL | undefined;
  if (cursor) {
    const last = decodeCursor(cursor);
    if (!fits(type, mayBeMissing, last.value) || !uuidPattern.test(last.id))
      throw invalid({ cursor: 'does not fit this sort order' });
    const value =
      mayBeMissing && type !== 'text'
        ? lastWhenMissing(sql`${last.value}::${cast}`, type, descending)
        : sql`${last.value}::${cast}`;
    after = sql`(${key}, ${customers.id}) ${descending ? sql`<` : sql`>`} (${value}, ${last.id}::uuid)`;
  }
  return {
    /** The sort expression, selected as `sort_key` where branches are merged. */
    key,
    after,
    orderBy: descending ? [desc(key), desc(customers.id)] : [asc(key), asc(customers.id)],
    /** The order of merged branches, by their selected `sort_key` and `id`. */
    mergedOrderBy: sql.raw(descending ? '"sort_key" DESC, "id" DESC' : '"sort_key" ASC, "id" ASC'),
    /** Whether the sort needs the customer's activity row. */
    needsActivity: mayBeMissing,
    page<Row extends { id: string }>(rows: Row[]) {
      const items = rows.slice(0, limit);
      const lastRow = items[items.length - 1];
      const nextCursor =
        rows.length > limit ? encodeCursor((lastRow as Record<string, unknown>)[name] ?? null, lastRow.id) : null;
      return { items, nextCursor };
    },
  };
}
