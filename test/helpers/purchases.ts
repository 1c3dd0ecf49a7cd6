import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { customers, orders } from '../../src/db/schema/index.ts';

export interface FixtureCustomer {
  name: string;
  ownerId?: string;
  referredBy?: string;
  /** Purchases as [day YYYY-MM-DD, total, status?]; each becomes an order at noon Beijing time. */
  purchases?: [string, string, ('paid' | 'refunded' | 'cancelled')?][];
}

/** Writes customers and their orders directly (orders without lines: the analyses read order totals). */
export async function insertPurchaseHistory(db: Db, fixture: FixtureCustomer[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const customer of fixture) {
    const [row] = await db
      .insert(customers)
      .values({
        kind: 'person',
        name: customer.name,
        ownerId: customer.ownerId ?? null,
        referredById: customer.referredBy ? ids[customer.referredBy] : null,
      })
      .returning({ id: customers.id });
    ids[customer.name] = row.id;
  }
  let orderNumber = 0;
  const rows = fixture.flatMap((customer) =>
    (customer.purchases ?? []).map(([day, total, status]) => ({
      externalId: `FX-${++orderNumber}-${customer.name}`,
      customerId: ids[customer.name],
      orderedAt: new Date(`${day}T12:00:00+08:00`),
      status: status ?? 'paid',
      total,
    })),
  );
  if (rows.length) await db.insert(orders).values(rows);
  await db.execute(sql`ANALYZE`);
  return ids;
}
