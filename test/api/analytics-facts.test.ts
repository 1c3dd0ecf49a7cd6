import { eq, inArray, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessToday, runAnalysis } from '../../src/analytics/analytics.service.ts';
import { systemActor } from '../../src/auth/index.ts';
import { type Database, openDatabase } from '../../src/db/client.ts';
import { customerScores, customers, orderLines, orders, products } from '../../src/db/schema/index.ts';
import { AppError } from '../../src/server/errors.ts';
import { createServerDatabase } from '../helpers/test-server.ts';

/**
 * The purchase facts kept by triggers answer exactly what aggregating every order answers: random
 * histories, written in several statements and then changed (status, deletes, lines, product
 * costs), scored as of random days (today moves the kept cutoff; other days recompute the customers
 * in between) from both sources.
 */
let database: Database;
let dropDatabase = async () => {};
beforeAll(async () => {
  const serverUrl = process.env.DATABASE_URL;
  const scratch = serverUrl ? await createServerDatabase(serverUrl) : undefined;
  if (scratch) dropDatabase = scratch.dropDatabase;
  database = await openDatabase(scratch ? { url: scratch.url } : { dataDir: 'memory://' });
  await database.migrate();
});
afterAll(async () => {
  await database.close();
  await dropDatabase();
});

const DAY = 86_400_000;
const today = Date.parse(`${businessToday()}T00:00:00Z`);
const day = fc.integer({ min: -1500, max: 3 }).map((n) => new Date(today + n * DAY).toISOString().slice(0, 10));
const order = fc.record({
  day,
  hour: fc.integer({ min: 0, max: 23 }),
  status: fc.constantFrom('paid', 'paid', 'paid', 'refunded', 'cancelled'),
  total: fc.integer({ min: 0, max: 5000 }),
  lines: fc.array(
    fc.record({
      product: fc.integer({ min: 0, max: 3 }),
      quantity: fc.integer({ min: 1, max: 5 }),
      price: fc.integer({ min: 1, max: 900 }),
      cost: fc.option(fc.integer({ min: 1, max: 900 })),
    }),
    { maxLength: 3 },
  ),
});
const scenario = fc.record({
  customers: fc.array(fc.array(order, { maxLength: 6 }), { minLength: 1, maxLength: 12 }),
  refund: fc.array(fc.nat(), { maxLength: 3 }),
  remove: fc.array(fc.nat(), { maxLength: 2 }),
  removeLine: fc.array(fc.nat(), { maxLength: 2 }),
  newCost: fc.option(fc.integer({ min: 1, max: 900 })),
  potential: fc.array(fc.option(fc.integer({ min: 0, max: 100 })), { minLength: 12, maxLength: 12 }),
  // Analyses may not be dated after today; orders may (a clock ahead of the business's).
  asOf: fc.oneof(
    fc.integer({ min: -1500, max: 0 }).map((n) => new Date(today + n * DAY).toISOString().slice(0, 10)),
    fc.constant(businessToday()),
  ),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

async function write(s: Scenario) {
  const { db } = database;
  await db.execute(sql`TRUNCATE customers, orders, order_lines, products, analysis_runs CASCADE`);
  const catalogue = await db
    .insert(products)
    .values(
      [0, 1, 2, 3].map((i) => ({ sku: `P${i}`, name: `P${i}`, listPrice: '10', unitCost: i % 2 ? '4.50' : null })),
    )
    .returning({ id: products.id });
  const people = await db
    .insert(customers)
    .values(s.customers.map((_, i) => ({ kind: 'person' as const, name: `c${i}`, potentialScore: s.potential[i] })))
    .returning({ id: customers.id });
  let n = 0;
  // One statement per customer, so the triggers see several orders and lines at once.
  for (const [i, list] of s.customers.entries()) {
    if (!list.length) continue;
    const written = await db
      .insert(orders)
      .values(
        list.map((o) => ({
          externalId: `O${++n}`,
          customerId: people[i].id,
          orderedAt: new Date(`${o.day}T${String(o.hour).padStart(2, '0')}:30:00+08:00`),
          status: o.status,
          total: `${o.total}.50`,
          amountCollected: `${Math.floor(o.total / 2)}.00`,
        })),
      )
      .returning({ id: orders.id });
    const lines = list.flatMap((o, k) =>
      o.lines.map((l, j) => ({
        orderId: written[k].id,
        lineNo: j + 1,
        productId: catalogue[l.product].id,
        quantity: String(l.quantity),
        unitPrice: `${l.price}.25`,
        unitCost: l.cost === null ? null : `${l.cost}.00`,
      })),
    );
    if (lines.length) await db.insert(orderLines).values(lines);
  }
  const all = await db.select({ id: orders.id }).from(orders).orderBy(orders.externalId);
  const pick = (indexes: number[]) => [...new Set(indexes.map((i) => all[i % all.length]?.id).filter(Boolean))];
  if (all.length) {
    const refunded = pick(s.refund);
    if (refunded.length) await db.update(orders).set({ status: 'refunded' }).where(inArray(orders.id, refunded));
    const removed = pick(s.remove);
    if (removed.length) await db.delete(orders).where(inArray(orders.id, removed));
    const lineOrders = pick(s.removeLine);
    if (lineOrders.length) await db.delete(orderLines).where(inArray(orderLines.orderId, lineOrders));
  }
  if (s.newCost !== null)
    await db
      .update(products)
      .set({ unitCost: `${s.newCost}.00` })
      .where(eq(products.sku, 'P0'));
}

const scoresOf = async (runId: string) =>
  (await database.db.select().from(customerScores).where(eq(customerScores.runId, runId)))
    .map(({ runId: _, ...row }) => row)
    .sort((a, b) => a.customerId.localeCompare(b.customerId));

describe('maintained purchase facts', () => {
  it('give the same scores as aggregating every order, for any history, change and day', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        await write(s);
        // A history with no paid purchase up to the day is not analysed, from either source.
        const analyse = (source?: 'orders') =>
          runAnalysis({ db: database.db, actor: systemActor('command line'), asOf: s.asOf, source }).catch(
            (error: unknown) => {
              if (error instanceof AppError && error.code === 'conflict') return null;
              throw error;
            },
          );
        const kept = await analyse();
        const full = await analyse('orders');
        expect(kept === null).toBe(full === null);
        if (kept && full) expect(await scoresOf(kept.id)).toEqual(await scoresOf(full.id));
        // And the kept rows are what recomputing every customer at the kept cutoff gives.
        const drift = await database.db.execute(sql`
          WITH kept AS (SELECT * FROM customer_purchase_facts WHERE purchases > 0 OR profit IS NOT NULL),
               fresh AS (SELECT f.* FROM purchase_facts_state s CROSS JOIN LATERAL guanxi_purchase_facts(s.cutoff, s.year_from, s.prior_from) f)
          (SELECT * FROM kept EXCEPT SELECT * FROM fresh) UNION ALL (SELECT * FROM fresh EXCEPT SELECT * FROM kept)`);
        expect((drift as unknown as { rows: unknown[] }).rows).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
