import { sql } from 'drizzle-orm';
import { index, numeric, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * What the customer list sorts by besides the customer's own fields: Σ paid order totals (over all
 * currencies, as the analyses sum them), the last paid purchase and the last logged contact; null when
 * there is none. Kept current by triggers on orders and interactions (migrations 0021, 0024); a
 * customer has a row from its first order or interaction on. Derived, so without a foreign key; reads
 * always join `customers`. Each value has an index over the customers that have it, which the list
 * walks in either direction (src/customers/list-order.ts).
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
    index('customer_activity_revenue_idx').on(t.revenue, t.customerId).where(sql`${t.revenue} IS NOT NULL`),
    index('customer_activity_last_purchase_idx')
      .on(t.lastPurchaseAt, t.customerId)
      .where(sql`${t.lastPurchaseAt} IS NOT NULL`),
    index('customer_activity_last_contact_idx')
      .on(t.lastContactAt, t.customerId)
      .where(sql`${t.lastContactAt} IS NOT NULL`),
  ],
);
