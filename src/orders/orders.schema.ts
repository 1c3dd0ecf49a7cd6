import { z } from 'zod';
import { orderStatuses } from '../shared/domain.ts';
import { currency, day, id, moment, money, optionalText, page, pageQuery } from '../shared/schema-parts.ts';

export const listOrdersQuery = z.object({
  customerId: id('customer').optional(),
  from: day.optional(),
  to: day.optional(),
  status: z.enum(orderStatuses).optional(),
  ...pageQuery,
});
export type ListOrdersQuery = z.infer<typeof listOrdersQuery>;

const quantity = z
  .union([z.string().trim(), z.number()])
  .transform((value) => String(value))
  .refine((value) => /^\d{1,11}(\.\d{1,3})?$/.test(value) && Number(value) > 0, 'must be a positive quantity');

const orderLineInput = z.strictObject({
  productId: id('product').nullish(),
  /** What was sold, in words: for a line without a product, or to say more than the product's name. */
  description: optionalText(500),
  quantity,
  unitPrice: money,
  unitCost: money.nullish(),
});

const orderLinesInput = z
  .array(orderLineInput)
  .min(1, 'an order has at least one line')
  .max(1000, 'at most 1000 lines');

export const createOrderBody = z.strictObject({
  externalId: optionalText(100),
  customerId: id('customer'),
  orderedAt: moment,
  status: z.enum(orderStatuses).default('paid'),
  currency: currency.default('CNY'),
  amountCollected: money.optional(),
  channel: optionalText(100),
  lines: orderLinesInput,
});
export type CreateOrderInput = z.infer<typeof createOrderBody>;
export type OrderLineInput = z.infer<typeof orderLineInput>;

/**
 * Corrects a recorded purchase: any of its fields; `lines`, when given, replace all the lines (the
 * total is their sum again). Cancelling or refunding is `status`. The customer stays the same.
 */
export const updateOrderBody = z.strictObject({
  externalId: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters').optional(),
  orderedAt: moment.optional(),
  status: z.enum(orderStatuses).optional(),
  currency: currency.optional(),
  amountCollected: money.optional(),
  channel: optionalText(100).optional(),
  lines: orderLinesInput.optional(),
});
export type UpdateOrderInput = z.infer<typeof updateOrderBody>;

export const orderSchema = z
  .object({
    id: z.string(),
    externalId: z.string(),
    customerId: z.string(),
    customer: z.object({ id: z.string(), name: z.string() }),
    orderedAt: z.date(),
    status: z.enum(orderStatuses),
    currency: z.string(),
    total: z.string(),
    amountCollected: z.string(),
    channel: z.string().nullable(),
    lineCount: z.number(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Order' });
export const orderPage = page(orderSchema);

export const orderLineSchema = z.object({
  lineNo: z.number(),
  productId: z.string().nullable(),
  description: z.string().nullable(),
  product: z.object({ id: z.string(), sku: z.string(), name: z.string() }).nullable(),
  quantity: z.string(),
  unitPrice: z.string(),
  unitCost: z.string().nullable(),
  amount: z.string(),
});
export const orderDetailSchema = orderSchema.extend({ lines: z.array(orderLineSchema) }).meta({ id: 'OrderDetail' });

export const customerSummarySchema = z
  .object({
    customerId: z.string(),
    orderCount: z.number(),
    firstPurchaseAt: z.date().nullable(),
    lastPurchaseAt: z.date().nullable(),
    totals: z.array(
      z.object({
        currency: z.string(),
        orderCount: z.number(),
        revenue: z.string(),
        amountCollected: z.string(),
        averageOrderValue: z.string(),
        profit: z.string().nullable(),
        costCoverage: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'CustomerSummary' });
