import { randomBytes } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import type { Actor } from '../auth/index.ts';
import { getCustomer, getWritableCustomer } from '../customers/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { orderLines, orders, products } from '../db/schema/index.ts';
import { invalid, notFound } from '../server/errors.ts';
import { customerPurchaseTotals, findVisibleOrder, listVisibleOrders } from './orders.repo.ts';
import type { CreateOrderInput, ListOrdersQuery, OrderLineInput, UpdateOrderInput } from './orders.schema.ts';

export const listOrders = (options: { db: Db; actor: Actor; query: ListOrdersQuery }) =>
  listVisibleOrders(options.db, options.actor, options.query);

export async function getOrder(options: { db: Db; actor: Actor; id: string }) {
  const order = await findVisibleOrder(options.db, options.actor, options.id);
  if (!order) throw notFound('Order');
  return order;
}

/** Refuses lines whose product is not in the catalogue, naming the line. */
async function checkProducts(tx: Executor, lines: OrderLineInput[]) {
  const productIds = [...new Set(lines.flatMap((line) => (line.productId ? [line.productId] : [])))];
  const known = productIds.length
    ? new Set(
        (await tx.select({ id: products.id }).from(products).where(inArray(products.id, productIds))).map((p) => p.id),
      )
    : new Set<string>();
  const unknownLine = lines.findIndex((line) => line.productId && !known.has(line.productId));
  if (unknownLine >= 0) throw invalid({ [`lines.${unknownLine}.productId`]: 'is not a product' });
}

/** Writes an order's lines (numbered from 1) and sets its total to their exact sum, in the database. */
async function writeLines(tx: Executor, orderId: string, lines: OrderLineInput[]) {
  await tx.insert(orderLines).values(
    lines.map((line, index) => ({
      orderId,
      lineNo: index + 1,
      productId: line.productId ?? null,
      description: line.description ?? null,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      unitCost: line.unitCost ?? null,
    })),
  );
  await tx
    .update(orders)
    .set({
      total: sql`(SELECT round(sum(${orderLines.quantity} * ${orderLines.unitPrice}), 2) FROM ${orderLines} WHERE ${orderLines.orderId} = ${orderId})`,
    })
    .where(eq(orders.id, orderId));
}

/** An order as the audit log keeps it: its fields and its lines. */
const audited = async (tx: Executor, actor: Actor, id: string) => {
  const order = (await findVisibleOrder(tx, actor, id))!;
  const { customer: _, lineCount: __, ...fields } = order;
  return { order, fields };
};

/** Records a purchase by hand; the total is the sum of the lines. */
export async function createOrder(options: { db: Db; actor: Actor; input: CreateOrderInput }) {
  const { db, actor, input } = options;
  return db.transaction(async (tx) => {
    await getWritableCustomer({ db: tx, actor, id: input.customerId });
    await checkProducts(tx, input.lines);
    const [{ id }] = await tx
      .insert(orders)
      .values({
        externalId: input.externalId ?? `GX-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`.toUpperCase(),
        customerId: input.customerId,
        orderedAt: new Date(input.orderedAt),
        status: input.status,
        currency: input.currency,
        total: '0',
        amountCollected: input.amountCollected ?? '0',
        channel: input.channel,
      })
      .returning({ id: orders.id });
    await writeLines(tx, id, input.lines);
    const { order, fields } = await audited(tx, actor, id);
    await recordAudit(tx, { actor, action: 'create', entity: 'order', entityId: id, after: fields });
    return order;
  });
}

/**
 * Corrects a purchase, cancels or refunds it (its status), with the same access as recording one:
 * a customer the caller may see (404 otherwise) and may change (service staff: 403).
 */
export async function updateOrder(options: { db: Db; actor: Actor; id: string; input: UpdateOrderInput }) {
  const { db, actor, id, input } = options;
  return db.transaction(async (tx) => {
    const current = await findVisibleOrder(tx, actor, id);
    if (!current) throw notFound('Order');
    await getWritableCustomer({ db: tx, actor, id: current.customerId });
    const before = await audited(tx, actor, id);
    const { lines, orderedAt, ...fields } = input;
    await tx
      .update(orders)
      .set({ ...fields, ...(orderedAt ? { orderedAt: new Date(orderedAt) } : {}), updatedAt: new Date() })
      .where(eq(orders.id, id));
    if (lines) {
      await checkProducts(tx, lines);
      await tx.delete(orderLines).where(eq(orderLines.orderId, id));
      await writeLines(tx, id, lines);
    }
    const after = await audited(tx, actor, id);
    await recordAudit(tx, {
      actor,
      action: 'update',
      entity: 'order',
      entityId: id,
      before: before.fields,
      after: after.fields,
    });
    return after.order;
  });
}

/** First and last purchase, number of orders, revenue, profit where costs are known, collected, average order. */
export async function getCustomerSummary(options: { db: Db; actor: Actor; customerId: string }) {
  const { db, actor, customerId } = options;
  await getCustomer({ db, actor, id: customerId });
  const { rows, firstPurchaseAt, lastPurchaseAt } = await customerPurchaseTotals(db, customerId);
  return {
    customerId,
    orderCount: rows.reduce((sum, row) => sum + row.order_count, 0),
    firstPurchaseAt,
    lastPurchaseAt,
    totals: rows.map((row) => ({
      currency: row.currency,
      orderCount: row.order_count,
      revenue: row.revenue,
      amountCollected: row.collected,
      averageOrderValue: row.average,
      profit: row.profit,
      costCoverage: row.costed_revenue === null ? null : Number(row.costed_revenue) / Number(row.revenue),
    })),
  };
}
