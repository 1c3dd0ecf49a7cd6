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
  product: { id: string; sku: string; name: string } | null;
  quantity: string;
  unitPrice: Money;
  unitCost: Money | null;
  amount: Money;
}

export interface OrderDetail extends Order {
  lines: OrderLine[];
}

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
