import type { customerKinds, OrderStatus } from '../shared/domain.ts';
import { categoryPlans, type DemoProduct } from './catalogue.ts';
import type { Random } from './random.ts';
import { channels } from './vocabulary.ts';

type Kind = (typeof customerKinds)[number];
const DAY = 86_400_000;

/**
 * The latent buying behaviour of one customer, BG/NBD style: while active they buy at a steady rate
 * (gamma across customers); after each purchase they may drop out for good (beta across
 * customers); each order's value scatters around their spend level (gamma, with a few key accounts
 * far above), drifting up or down year by year (`trend`).
 */
export interface BuyerProfile {
  kind: Kind;
  /** Days after the start of the history when the customer became known (the customer's createdAt). */
  startDay: number;
  /** False for a prospect who never buys. */
  buys: boolean;
  /** One of our own departments (内部客户). */
  internal: boolean;
  purchasesPerYear: number;
  dropout: number;
  orderValueCents: number;
  trend: number;
  keyAccount: boolean;
  slowPayer: boolean;
  /** Relative chance of each catalogue category on an order line. */
  categoryWeights: number[];
}

export function drawProfile(random: Random, kind: Kind, startDay: number, internal = false): BuyerProfile {
  const organisation = kind === 'organization';
  const keyAccount = organisation && !internal && random.chance(0.04);
  const categoryWeights = categoryPlans.map((plan) => plan.affinity[kind]);
  for (let i = random.int(1, 2); i > 0; i--) categoryWeights[random.int(0, categoryWeights.length - 1)] *= 5;
  return {
    kind,
    startDay,
    buys: internal || !random.chance(0.15),
    internal,
    purchasesPerYear: internal ? 3 : Math.max(0.3, random.gamma(0.9, organisation ? 5 : 2.5) * (keyAccount ? 2 : 1)),
    dropout: internal ? 0 : keyAccount ? random.beta(1, 25) : random.beta(1, organisation ? 6 : 4),
    orderValueCents:
      Math.max(5_000, random.gamma(organisation ? 1.1 : 1.5, organisation ? 600_000 : 120_000)) * (keyAccount ? 6 : 1),
    trend: Math.exp(random.normal() * 0.35),
    keyAccount,
    slowPayer: organisation && random.chance(0.06),
    categoryWeights,
  };
}

/**
 * The span of the history, `years` of 365 days up to the business day `today` in Beijing: day 0 is
 * midnight in Beijing `years` before it, and the history ends at the midnight that starts it, so
 * the company is the same at any time of that day and no order lies in the future.
 */
export interface Clock {
  start: Date;
  /** The end of the history: midnight in Beijing at the start of the business day. */
  today: Date;
  days: number;
  /** Days from the start to a moment. */
  dayOf(moment: Date): number;
}

export function makeClock(today: Date, years: number): Clock {
  const beijingMidnight = Math.floor((today.getTime() + 8 * 3_600_000) / DAY) * DAY - 8 * 3_600_000;
  const days = years * 365;
  const start = new Date(beijingMidnight - days * DAY);
  const dayOf = (moment: Date) => (moment.getTime() - start.getTime()) / DAY;
  return { start, today: new Date(beijingMidnight), days, dayOf };
}

/** A moment on the given day in Beijing business hours; organisations seldom order at weekends. */
export function momentOn(random: Random, clock: Clock, day: number, kind: Kind): Date {
  let midnight = clock.start.getTime() + Math.floor(day) * DAY;
  const weekday = new Date(midnight + 8 * 3_600_000).getUTCDay();
  if (kind === 'organization' && (weekday === 0 || weekday === 6) && random.chance(0.85))
    midnight += (weekday === 6 ? 2 : 1) * DAY;
  const [from, to] = kind === 'organization' ? [9, 18] : [8, 23];
  return new Date(midnight + Math.floor(random.uniform(from, to) * 3_600_000) + random.int(0, 59_999));
}

export interface DemoOrder {
  id: string;
  externalId: string;
  customerId: string;
  orderedAt: Date;
  status: OrderStatus;
  totalCents: number;
  collectedCents: number;
  channel: string;
}

export interface DemoOrderLine {
  orderId: string;
  lineNo: number;
  productId: string;
  quantity: number;
  unitPriceCents: number;
  unitCostCents: number | null;
}

export interface Purchases {
  orders: DemoOrder[];
  lines: DemoOrderLine[];
}

export interface PurchaseContext {
  random: Random;
  clock: Clock;
  productsByCategory: DemoProduct[][];
  /** Gives the next order number (unique across the company). */
  nextOrderNumber: () => number;
}

/** Runs the buying process of one customer from their first purchase until today or until they drop out. */
export function simulatePurchases(
  context: PurchaseContext,
  profile: BuyerProfile,
  customer: { id: string; createdAt: Date },
): Purchases {
  const { random, clock } = context;
  const purchases: Purchases = { orders: [], lines: [] };
  if (!profile.buys) return purchases;
  const firstDay = profile.startDay + random.exponential(profile.kind === 'organization' ? 40 : 15);
  for (let day = firstDay; day < clock.days; day += random.gamma(2, 365 / profile.purchasesPerYear)) {
    const orderedAt = momentOn(random, clock, day, profile.kind);
    if (orderedAt > clock.today) break;
    if (orderedAt <= customer.createdAt) continue;
    const spend = profile.orderValueCents * profile.trend ** ((day - firstDay) / 365) * random.gamma(3, 1);
    addOrder(context, profile, { customerId: customer.id, orderedAt, day, spend }, purchases);
    if (random.chance(profile.dropout)) break;
  }
  return purchases;
}

function addOrder(
  context: PurchaseContext,
  profile: BuyerProfile,
  order: { customerId: string; orderedAt: Date; day: number; spend: number },
  purchases: Purchases,
) {
  const { random, clock } = context;
  const organisation = profile.kind === 'organization';
  const orderId = random.uuid();
  const lineCount = Math.min(organisation ? 6 : 4, 1 + random.geometric(organisation ? 0.45 : 0.7));
  const lines: DemoOrderLine[] = [];
  for (let i = 0; i < lineCount; i++) {
    const product = pickProduct(context, profile, order.spend / lineCount, clock.days - order.day < 270);
    if (lines.some((line) => line.productId === product.id)) continue;
    const discount = profile.keyAccount
      ? random.uniform(0.05, 0.12)
      : random.chance(0.3)
        ? random.uniform(0.02, 0.08)
        : 0;
    const unitPriceCents = Math.max(100, Math.round((product.listPriceCents * (1 - discount)) / 100) * 100);
    const quantity = Math.min(500, Math.max(1, Math.round(order.spend / lineCount / unitPriceCents)));
    lines.push({
      orderId,
      lineNo: lines.length + 1,
      productId: product.id,
      quantity,
      unitPriceCents,
      unitCostCents: product.unitCostCents,
    });
  }
  const totalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  const status = random.weighted<OrderStatus>(['paid', 'refunded', 'cancelled'], [93.5, 3.5, 3]);
  const channel = channels[profile.kind];
  purchases.orders.push({
    id: orderId,
    externalId: `SO-${beijingDate(order.orderedAt)}-${String(context.nextOrderNumber()).padStart(6, '0')}`,
    customerId: order.customerId,
    orderedAt: order.orderedAt,
    status,
    totalCents,
    collectedCents: status === 'paid' ? collected(random, profile, totalCents, clock.days - order.day) : 0,
    channel: random.weighted(channel.names, channel.shares),
  });
  purchases.lines.push(...lines);
}

/** A product of a category the customer likes, affordable for the line's budget if one can be found. */
function pickProduct(context: PurchaseContext, profile: BuyerProfile, lineBudget: number, recent: boolean) {
  const { random, productsByCategory } = context;
  let product: DemoProduct | undefined;
  for (let attempt = 0; attempt < 4; attempt++) {
    const category = random.weighted(productsByCategory, profile.categoryWeights);
    product = random.pick(category);
    const affordable = product.listPriceCents <= lineBudget * 2;
    if ((affordable || attempt === 2) && (product.active || !recent)) return product;
  }
  return product!;
}

/** 回款: recent invoices are often still open; slow payers leave part of older ones unpaid. */
function collected(random: Random, profile: BuyerProfile, totalCents: number, ageDays: number): number {
  const part = () => Math.round((totalCents * random.uniform(0.3, 0.9)) / 100) * 100;
  if (ageDays < 45) return random.weighted([totalCents, part(), 0], [50, 35, 15]);
  if (profile.slowPayer && random.chance(0.4)) return part();
  return random.chance(0.02) ? part() : totalCents;
}

const beijingDate = (moment: Date) =>
  new Date(moment.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
