import { and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Caller } from '../auth/index.ts';
import { businessTimeZone } from '../config.ts';
import { customerListFilters, visibleTo } from '../customers/index.ts';
import type { Executor } from '../db/client.ts';
import { contacts, customers, orderLines, orders, products, users } from '../db/schema/index.ts';
import { dayEnd, dayStart } from '../shared/business-day.ts';
import { escapeLike } from '../shared/escape-like.ts';
import type {
  ContactExportQuery,
  CustomerExportQuery,
  OrderExportQuery,
  ProductExportQuery,
} from './exports.schema.ts';

/** One exported row, keyed by the import's column names. */
export type ExportRow = Record<string, string | number | boolean | string[] | null>;

const batchSize = 2000;
/** Records made in Guanxi have no external id: their id stands in, and the import finds them by it. */
const externalKey = (externalId: SQL | unknown, id: unknown) => sql<string>`coalesce(${externalId}, ${id}::text)`;

/** The customer list's filters (GET /customers), for customers and for the contacts of the matching customers. */
const customerFilters = (actor: Caller, query: CustomerExportQuery) => [
  visibleTo(actor),
  ...customerListFilters(query),
];

/**
 * Fetches batch after batch by keyset (never the whole table in memory): `fetch` gets the condition
 * for the rows past the last one, which `past` makes from that row.
 */
async function* batches<Row>(
  fetch: (after: SQL | undefined) => Promise<Row[]>,
  past: (last: Row) => SQL,
): AsyncGenerator<Row[]> {
  let after: SQL | undefined;
  for (;;) {
    const rows = await fetch(after);
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
    after = past(rows[rows.length - 1]);
  }
}

export async function* customerRows(db: Executor, actor: Caller, query: CustomerExportQuery) {
  const select = {
    id: customers.id,
    createdAt: sql<string>`${customers.createdAt}::text`,
    external_id: externalKey(customers.externalId, customers.id),
    name: customers.name,
    kind: customers.kind,
    phone: customers.phone,
    email: customers.email,
    industry: customers.industry,
    region: customers.region,
    source: customers.source,
    owner_email: users.email,
    tags: customers.tags,
    level: customers.level,
    address: customers.address,
    notes: customers.notes,
  };
  for await (const rows of batches(
    (after) =>
      db
        .select(select)
        .from(customers)
        .leftJoin(users, eq(users.id, customers.ownerId))
        .where(and(...customerFilters(actor, query), after))
        .orderBy(asc(customers.createdAt), asc(customers.id))
        .limit(batchSize),
    (last) => sql`(${customers.createdAt}, ${customers.id}) > (${last.createdAt}::timestamptz, ${last.id}::uuid)`,
  ))
    yield rows.map(({ id: _id, createdAt: _at, ...row }) => row as ExportRow);
}

export async function* contactRows(db: Executor, actor: Caller, query: ContactExportQuery) {
  const select = {
    id: contacts.id,
    customer_external_id: externalKey(customers.externalId, customers.id),
    external_id: externalKey(contacts.externalId, contacts.id),
    name: contacts.name,
    title: contacts.title,
    phone: contacts.phone,
    email: contacts.email,
    buying_role: contacts.buyingRole,
    attitude: contacts.attitude,
    trust: contacts.trust,
    notes: contacts.notes,
  };
  const filters = customerFilters(actor, query);
  if (query.customerId) filters.push(eq(customers.id, query.customerId));
  for await (const rows of batches(
    (after) =>
      db
        .select(select)
        .from(contacts)
        .innerJoin(customers, eq(customers.id, contacts.customerId))
        .where(and(...filters, after))
        .orderBy(asc(contacts.id))
        .limit(batchSize),
    (last) => sql`${contacts.id} > ${last.id}::uuid`,
  ))
    yield rows.map(({ id: _id, ...row }) => row as ExportRow);
}

export async function* productRows(db: Executor, query: ProductExportQuery) {
  const filters: (SQL | undefined)[] = [];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    filters.push(or(ilike(products.name, pattern), ilike(products.sku, pattern)));
  }
  if (query.category) filters.push(eq(products.category, query.category));
  if (query.active !== 'all') filters.push(eq(products.active, query.active === 'true'));
  const select = {
    sku: products.sku,
    name: products.name,
    category: products.category,
    currency: products.currency,
    list_price: products.listPrice,
    unit_cost: products.unitCost,
    active: products.active,
  };
  for await (const rows of batches(
    (after) =>
      db
        .select(select)
        .from(products)
        .where(and(...filters, after))
        .orderBy(asc(products.sku))
        .limit(batchSize),
    (last) => sql`${products.sku} > ${last.sku}`,
  ))
    yield rows as ExportRow[];
}

/** 2.500 → 2.5, 3.000 → 3: quantities as people write them. */
const plainQuantity = (quantity: string) => (quantity.includes('.') ? quantity.replace(/\.?0+$/, '') : quantity);

/** One row per order line, orders by time; dates in the business time zone, as the import reads them. */
export async function* orderRows(db: Executor, actor: Caller, query: OrderExportQuery) {
  const filters: (SQL | undefined)[] = [visibleTo(actor)];
  if (query.customerId) filters.push(eq(orders.customerId, query.customerId));
  if (query.status) filters.push(eq(orders.status, query.status));
  if (query.from) filters.push(sql`${orders.orderedAt} >= ${dayStart(query.from)}`);
  if (query.to) filters.push(sql`${orders.orderedAt} < ${dayEnd(query.to)}`);
  const select = {
    id: orders.id,
    at: sql<string>`${orders.orderedAt}::text`,
    order_id: orders.externalId,
    customer_external_id: externalKey(customers.externalId, customers.id),
    ordered_at: sql<string>`to_char(${orders.orderedAt} AT TIME ZONE ${businessTimeZone}, 'YYYY-MM-DD HH24:MI:SS.MS')`,
    status: orders.status,
    currency: orders.currency,
    amount_collected: orders.amountCollected,
    channel: orders.channel,
  };
  for await (const batch of batches(
    (after) =>
      db
        .select(select)
        .from(orders)
        .innerJoin(customers, eq(customers.id, orders.customerId))
        .where(and(...filters, after))
        .orderBy(asc(orders.orderedAt), asc(orders.id))
        .limit(batchSize),
    (last) => sql`(${orders.orderedAt}, ${orders.id}) > (${last.at}::timestamptz, ${last.id}::uuid)`,
  )) {
    const lines = await db
      .select({
        orderId: orderLines.orderId,
        sku: products.sku,
        quantity: orderLines.quantity,
        unit_price: orderLines.unitPrice,
        unit_cost: orderLines.unitCost,
      })
      .from(orderLines)
      .leftJoin(products, eq(products.id, orderLines.productId))
      .where(
        inArray(
          orderLines.orderId,
          batch.map((order) => order.id),
        ),
      )
      .orderBy(asc(orderLines.orderId), asc(orderLines.lineNo));
    const linesOf = new Map<string, typeof lines>();
    for (const line of lines) linesOf.set(line.orderId, [...(linesOf.get(line.orderId) ?? []), line]);
    yield batch.flatMap(({ id, at: _at, ordered_at, amount_collected, ...order }) =>
      (linesOf.get(id) ?? []).map(({ orderId: _order, quantity, ...line }) => ({
        order_id: order.order_id,
        customer_external_id: order.customer_external_id,
        ordered_at: ordered_at.replace(/\.000$/, ''),
        status: order.status,
        currency: order.currency,
        sku: line.sku,
        quantity: plainQuantity(quantity),
        unit_price: line.unit_price,
        unit_cost: line.unit_cost,
        amount_collected,
        channel: order.channel,
      })),
    );
  }
}
