import { inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Executor, selectRows } from '../db/client.ts';
import { contacts, customerShares, customers, orderLines, orders, products, users } from '../db/schema/index.ts';
import type { DemoOrder, DemoOrderLine } from './buying.ts';
import type { DemoProduct } from './catalogue.ts';
import type { DemoBatch } from './generator.ts';
import type { DemoUser } from './team.ts';

/** Exact money from integer cents: 123456 → "1234.56", never through a float. */
export function money(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** Multi-row INSERTs, as many rows per statement as PostgreSQL's 65,535 parameters allow. */
async function insertRows<T extends PgTable>(db: Executor, table: T, rows: T['$inferInsert'][]) {
  if (!rows.length) return;
  const perStatement = Math.floor(60_000 / Object.keys(rows[0]).length);
  for (let first = 0; first < rows.length; first += perStatement)
    await db.insert(table as PgTable).values(rows.slice(first, first + perStatement));
}

/** What is in the way of demo data: customers, products and orders, and users with the demo emails. */
export async function countExistingData(db: Executor, emails: string[]) {
  const [counts] = await selectRows<{ customers: number; products: number; orders: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM ${customers})::int AS customers, (SELECT count(*) FROM ${products})::int AS products,
               (SELECT count(*) FROM ${orders})::int AS orders`,
  );
  const taken = await db.select({ email: users.email }).from(users).where(inArray(users.email, emails));
  return { ...counts, takenEmails: taken.map((user) => user.email) };
}

export async function insertTeam(db: Executor, team: DemoUser[], passwordHash: string, createdAt: Date) {
  await insertRows(
    db,
    users,
    team.map(({ id, email, name, role }) => ({ id, email, name, role, passwordHash, createdAt, updatedAt: createdAt })),
  );
}

export async function insertCatalogue(db: Executor, catalogue: DemoProduct[], createdAt: Date) {
  await insertRows(
    db,
    products,
    catalogue.map((product) => ({
      id: product.id,
      sku: product.sku,
      name: product.name,
      category: product.category,
      currency: 'CNY',
      listPrice: money(product.listPriceCents),
      unitCost: product.unitCostCents === null ? null : money(product.unitCostCents),
      active: product.active,
      createdAt,
      updatedAt: createdAt,
    })),
  );
}

export async function insertBatch(db: Executor, batch: DemoBatch) {
  await insertRows(
    db,
    customers,
    batch.customers.map((customer) => ({ ...customer, updatedAt: customer.createdAt })),
  );
  await insertRows(
    db,
    contacts,
    batch.contacts.map((contact) => ({ ...contact, updatedAt: contact.createdAt })),
  );
  await insertRows(db, customerShares, batch.shares);
  await insertRows(db, orders, batch.orders.map(orderRow));
  await insertRows(db, orderLines, batch.lines.map(lineRow));
}

const orderRow = (order: DemoOrder) => ({
  id: order.id,
  externalId: order.externalId,
  customerId: order.customerId,
  orderedAt: order.orderedAt,
  status: order.status,
  currency: 'CNY',
  total: money(order.totalCents),
  amountCollected: money(order.collectedCents),
  channel: order.channel,
  createdAt: order.orderedAt,
  updatedAt: order.orderedAt,
});

const lineRow = (line: DemoOrderLine) => ({
  orderId: line.orderId,
  lineNo: line.lineNo,
  productId: line.productId,
  quantity: String(line.quantity),
  unitPrice: money(line.unitPriceCents),
  unitCost: line.unitCostCents === null ? null : money(line.unitCostCents),
});
