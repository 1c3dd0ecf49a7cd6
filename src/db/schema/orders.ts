import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { orderStatuses } from '../../shared/domain.ts';
import { customers } from './customers.ts';

export { orderStatuses } from '../../shared/domain.ts';

/** Money is numeric(16,2) in the order's or product's currency: exact, never a float; strings in JSON. */
const money = (name: string) => numeric(name, { precision: 16, scale: 2 });

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    sku: text('sku').notNull().unique(),
    name: text('name').notNull(),
    category: text('category'),
    currency: char('currency', { length: 3 }).notNull().default('CNY'),
    listPrice: money('list_price').notNull(),
    unitCost: money('unit_cost'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('products_category_idx').on(t.category, t.name), index('products_name_idx').on(t.name, t.id)],
);

/** A purchase; `externalId` is the order number of the shop or ERP it came from (the import key). */
export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    externalId: text('external_id').notNull().unique(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    orderedAt: timestamp('ordered_at', { withTimezone: true, precision: 3 }).notNull(),
    status: text('status', { enum: orderStatuses }).notNull().default('paid'),
    currency: char('currency', { length: 3 }).notNull().default('CNY'),
    /** Sum of the lines' quantity × unit price. */
    total: money('total').notNull(),
    /** 回款: how much of the total has been collected so far. */
    amountCollected: money('amount_collected').notNull().default('0'),
    channel: text('channel'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('orders_customer_idx').on(t.customerId, t.orderedAt),
    index('orders_ordered_at_idx').on(t.orderedAt, t.id),
  ],
);

/** One line of an order; a line without a product is a purchase whose product is unknown. */
export const orderLines = pgTable(
  'order_lines',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    productId: uuid('product_id').references(() => products.id, { onDelete: 'restrict' }),
    /** What was sold, in words, when it is not (or not only) a product of the catalogue. */
    description: text('description'),
    quantity: numeric('quantity', { precision: 14, scale: 3 }).notNull(),
    unitPrice: money('unit_price').notNull(),
    unitCost: money('unit_cost'),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.lineNo] }), index('order_lines_product_idx').on(t.productId)],
);
