import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { index, numeric, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * What the customer list sorts by besides the customer's own fields, one row per customer, kept current
 * by triggers on customers, orders and interactions (migration 0018): Σ paid order totals (over all
 * currencies, as the analyses sum them), the last paid purchase and the last logged contact. Null
 * when there is none. Derived, so without a foreign key; reads always join `customers`.
 */
export const customerActivity = pgTable(
  'customer_activity',
  {
    customerId: uuid('customer_id').primaryKey(),
    revenue: numeric('revenue'),
    lastPurchaseAt: timestamp('last_purchase_at', { withTimezone: true, precision: 3 }),
    lastContactAt: timestamp('last_contact_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    ...activitySortIndexes('revenue', t.revenue, 'numeric'),
    ...activitySortIndexes('last_purchase', t.lastPurchaseAt, 'timestamptz'),
    ...activitySortIndexes('last_contact', t.lastContactAt, 'timestamptz'),
  ],
);

/**
 * The sort key of a value that may be missing, missing values last in either direction: the value, or
 * -infinity when sorting descending and +infinity ascending. The list orders by exactly this expression
 * (src/customers/list-order.ts), so that it walks the matching index and pages by keyset.
 */
export const lastWhenMissing = (column: PgColumn | SQL, type: 'numeric' | 'timestamptz', descending: boolean) =>
  sql`coalesce(${column}, ${sql.raw(`'${descending ? '-' : ''}infinity'::${type}`)})`;

function activitySortIndexes(name: string, column: PgColumn, type: 'numeric' | 'timestamptz') {
  return [
    index(`customer_activity_${name}_desc_idx`).on(lastWhenMissing(column, type, true), sql`customer_id`),
    index(`customer_activity_${name}_asc_idx`).on(lastWhenMissing(column, type, false), sql`customer_id`),
  ];
}
