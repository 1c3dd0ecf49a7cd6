/** The API's shapes for products, orders and a customer's purchase summary (money as decimal strings). */
import type { OrderStatus } from './domain.types.ts';

/** A decimal amount exactly as the server sends it, e.g. "1234.50"; never turned into a float. */
export type Money = string;

export const productSorts = ['name', '-name', 'sku', '-sku', '-createdAt', 'createdAt'] as const;
export type ProductSort = (typeof productSorts)[number];

export const productActiveFilters = ['true', 'false', 'all'] as const;
export type ProductActiveFilter = (typeof productActiveFilters)[number];

export interface Product {
  id: string;
  sku: string;
  name: string;
  category: string | null;
  currency: string;
  listPrice: Money;
  unitCost: Money | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export type ProductInput = Partial<
  Pick<Product, 'sku' | 'name' | 'category' | 'currency' | 'listPrice' | 'unitCost' | 'active'>
>;

export interface Order {
  id: string;
  externalId: string;
  customerId: string;
  customer: { id: string; name: string };
  orderedAt: string;
  status: OrderStatus;
  currency: string;
  total: Money;
  amountCollected: Money;
  channel: string | null;
  lineCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface OrderLine {
  lineNo: number;
  productId: string | null;
  /** What was sold, in words (a line without a product, or more than the product's name). */
  description: string | null;
  product: { id: string; sku: string; name: string } | null;
  quantity: string;
  unitPrice: Money;
  unitCost: Money | null;
  amount: Money;
}

export interface OrderDetail extends Order {
  lines: OrderLine[];
}

/** One line as the order form sends it: a product or a description, quantity and unit price as decimal strings. */
export interface OrderLineInput {
  productId?: string | null;
  description?: string | null;
  quantity: string;
  unitPrice: Money;
}

export interface OrderInput {
  customerId: string;
  externalId?: string | null;
  /** ISO 8601 with the offset. */
  orderedAt: string;
  status: OrderStatus;
  currency: string;
  amountCollected?: Money;
  channel?: string | null;
  lines: OrderLineInput[];
}

/** A correction: any field but the customer; `lines`, when sent, replace all lines. */
export type OrderPatch = Partial<Omit<OrderInput, 'customerId'>>;

/** Paid orders of one customer, totalled per currency. */
export interface CustomerSummary {
  customerId: string;
  orderCount: number;
  firstPurchaseAt: string | null;
  lastPurchaseAt: string | null;
  totals: CurrencyTotals[];
}

export interface CurrencyTotals {
  currency: string;
  orderCount: number;
  revenue: Money;
  amountCollected: Money;
  averageOrderValue: Money;
  /** Revenue minus the known costs; null when no line has a cost. */
  profit: Money | null;
  /** The share (0..1) of revenue whose cost is known. */
  costCoverage: number | null;
}
