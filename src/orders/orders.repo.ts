import { and, eq, max, min, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../auth/index.ts';
import { visibleTo } from '../customers/index.ts';
import { type Executor, selectRows } from '../db/client.ts';
import { customers, orderLines, orders, products } from '../db/schema/index.ts';
import { dayEnd, dayStart } from '../shared/business-day.ts';
import { keyset } from '../shared/keyset.ts';
import type { ListOrdersQuery } from './orders.schema.ts';

const orderColumns = {
  id: orders.id,
  externalId: orders.externalId,
  customerId: orders.customerId,
  customerName: customers.name,
  orderedAt: orders.orderedAt,
  status: orders.status,
  currency: orders.currency,
  total: orders.total,
  amountCollected: orders.amountCollected,
  channel: orders.channel,
  lineCount: sql<number>`(SELECT count(*)::int FROM ${orderLines} WHERE ${orderLines.orderId} = ${orders.id})`,
  createdAt: orders.createdAt,
  updatedAt: orders.updatedAt,
};

type OrderRow = Awaited<ReturnType<typeof selectOrders>>[number];
const present = ({ customerName, ...row }: OrderRow) => ({
  ...row,
  customer: { id: row.customerId, name: customerName },
});

const selectOrders = (db: Executor, where: SQL | undefined) =>
  db.select(orderColumns).from(orders).innerJoin(customers, eq(customers.id, orders.customerId)).where(where);

/** Orders of the customers the actor may see, newest first. */
export async function listVisibleOrders(db: Executor, actor: Actor, query: ListOrdersQuery) {
  const page = keyset({
    sort: '-orderedAt',
    columns: { orderedAt: orders.orderedAt },
    timeKeys: ['orderedAt'],
    id: orders.id,
    cursor: query.cursor,
    limit: query.limit,
  });
  const filters: (SQL | undefined)[] = [visibleTo(actor), page.after];
  if (query.customerId) filters.push(eq(orders.customerId, query.customerId));
  if (query.status) filters.push(eq(orders.status, query.status));
  if (query.from) filters.push(sql`${orders.orderedAt} >= ${dayStart(query.from)}`);
  if (query.to) filters.push(sql`${orders.orderedAt} < ${dayEnd(query.to)}`);
  const rows = await selectOrders(db, and(...filters))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return page.page(rows.map(present));
}

export async function findVisibleOrder(db: Executor, actor: Actor, id: string) {
  const [row] = await selectOrders(db, and(eq(orders.id, id), visibleTo(actor)));
  if (!row) return undefined;
  const lines = await db
    .select({
      lineNo: orderLines.lineNo,
      productId: orderLines.productId,
      description: orderLines.description,
      productSku: products.sku,
      productName: products.name,
      quantity: orderLines.quantity,
      unitPrice: orderLines.unitPrice,
      unitCost: orderLines.unitCost,
      amount: sql<string>`round(${orderLines.quantity} * ${orderLines.unitPrice}, 2)::text`,
    })
    .from(orderLines)
    .leftJoin(products, eq(products.id, orderLines.productId))
    .where(eq(orderLines.orderId, id))
    .orderBy(orderLines.lineNo);
  return {
    ...present(row),
    lines: lines.map(({ productSku, productName, ...line }) => ({
      ...line,
      product: line.productId ? { id: line.productId, sku: productSku!, name: productName! } : null,
    })),
  };
}

interface SummaryRow {
  currency: string;
  order_count: number;
  revenue: string;
  collected: string;
  average: string;
  profit: string | null;
  costed_revenue: string | null;
}

/**
 * A customer's purchases in one query, per currency: paid orders only. Profit counts the lines
 * whose cost is known (the line's own cost, else the product's); costCoverage says how much of
 * the revenue that is.
 */
export async function customerPurchaseTotals(db: Executor, customerId: string) {
  const rows = await selectRows<SummaryRow>(
    db,
    sql`
      SELECT o.currency, count(*)::int AS order_count,
             sum(o.total)::text AS revenue, sum(o.amount_collected)::text AS collected,
             round(avg(o.total), 2)::text AS average,
             sum(costs.profit)::text AS profit, sum(costs.costed_revenue)::text AS costed_revenue
      FROM ${orders} o
      LEFT JOIN LATERAL (
        SELECT round(sum(l.quantity * (l.unit_price - coalesce(l.unit_cost, p.unit_cost))), 2) AS profit,
               sum(l.quantity * l.unit_price) FILTER (WHERE coalesce(l.unit_cost, p.unit_cost) IS NOT NULL) AS costed_revenue
        FROM ${orderLines} l LEFT JOIN ${products} p ON p.id = l.product_id
        WHERE l.order_id = o.id
      ) costs ON true
      WHERE o.customer_id = ${customerId} AND o.status = 'paid'
      GROUP BY o.currency
      ORDER BY sum(o.total) DESC`,
  );
  const [span] = await db
    .select({ first: min(orders.orderedAt), last: max(orders.orderedAt) })
    .from(orders)
    .where(and(eq(orders.customerId, customerId), eq(orders.status, 'paid')));
  return { rows, firstPurchaseAt: span?.first ?? null, lastPurchaseAt: span?.last ?? null };
}
