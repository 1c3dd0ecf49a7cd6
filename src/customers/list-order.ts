import { asc, desc, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { customerActivity, customers } from '../db/schema/index.ts';
import { invalid } from '../server/errors.ts';
import { decodeCursor, encodeCursor } from '../shared/cursor.ts';
import type { CustomerSort } from './customers.schema.ts';

type SortKey = CustomerSort extends `-${infer Key}` ? Key : never;
type ValueType = 'text' | 'numeric' | 'timestamptz';

/**
 * The list's sort keys. The customer's own columns are never missing; revenue, last purchase and last
 * contact (from `customer_activity`) are missing for customers without purchases or contacts.
 */
const sortKeys: Record<SortKey, { column: PgColumn; type: ValueType; mayBeMissing: boolean }> = {
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
function fits(type: ValueType, mayBeMissing: boolean, value: string | null) {
  if (value === null) return mayBeMissing;
  if (type === 'numeric') return decimalPattern.test(value);
  if (type === 'timestamptz') return !Number.isNaN(Date.parse(value));
  return true;
}

/** One part of the order: its rows, in order; the parts follow each other. */
export interface OrderPart {
  where: SQL | undefined;
  orderBy: SQL[];
}

/**
 * Keyset paging of the customer list by one sort key and the id. The order is one or two `parts`, each
 * a range of one index: for a key that may be missing, the customers that have it (walking the
 * key's index over `customer_activity`, ties by its customer id) and then those that do not (by id),
 * so that they come last in either direction. `sortKey` and `missing` are selected where parts and
 * search branches are merged (`mergedOrderBy`); `page()` cuts the fetched `limit + 1` rows into the
 * items and the next cursor.
 */
export function listOrder(sort: CustomerSort, cursor: string | undefined, limit: number) {
  const descending = sort.startsWith('-');
  const name = sort.replace(/^-/, '') as SortKey;
  const { column, type, mayBeMissing } = sortKeys[name];
  const direction = (value: PgColumn) => (descending ? desc(value) : asc(value));
  const past = descending ? sql`<` : sql`>`;
  const last = cursor ? decodeCursor(cursor) : undefined;
  if (last && (!fits(type, mayBeMissing, last.value) || !uuidPattern.test(last.id)))
    throw invalid({ cursor: 'does not fit this sort order' });
  const value = last && sql`${last.value}::${sql.raw(type)}`;
  const keyword = descending ? 'DESC' : 'ASC';

  let parts: OrderPart[];
  if (!mayBeMissing)
    parts = [
      {
        where: last && sql`(${column}, ${customers.id}) ${past} (${value}, ${last.id}::uuid)`,
        orderBy: [direction(column), direction(customers.id)],
      },
    ];
  else {
    const present: OrderPart = {
      where: last
        ? sql`${isNotNull(column)} AND (${column}, ${customerActivity.customerId}) ${past} (${value}, ${last.id}::uuid)`
        : isNotNull(column),
      orderBy: [direction(column), direction(customerActivity.customerId)],
    };
    const missing: OrderPart = {
      where:
        last?.value === null ? sql`${isNull(column)} AND ${customers.id} ${past} ${last.id}::uuid` : isNull(column),
      orderBy: [direction(customers.id)],
    };
    // A cursor among the customers without a value has left those with one behind.
    parts = last?.value === null ? [missing] : [present, missing];
  }

  return {
    parts,
    /** The sort key, selected as `sort_key`, and whether it is missing, as `missing`. */
    sortKey: sql`${column}`,
    missing: mayBeMissing ? isNull(column) : sql`false`,
    /** The order of merged parts and branches, by their selected `missing`, `sort_key` and `id`. */
    mergedOrderBy: sql.raw(`"missing" ASC, "sort_key" ${keyword}, "id" ${keyword}`),
    page<Row extends { id: string }>(rows: Row[]) {
      const items = rows.slice(0, limit);
      const lastRow = items[items.length - 1];
      const nextCursor =
        rows.length > limit ? encodeCursor((lastRow as Record<string, unknown>)[name] ?? null, lastRow.id) : null;
      return { items, nextCursor };
    },
  };
}
