import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Caller } from '../auth/index.ts';
import { businessTimeZone } from '../config.ts';
import { visibleTo } from '../customers/index.ts';
import { type Executor, selectRows } from '../db/client.ts';
import { customers, orders } from '../db/schema/index.ts';

/** What answers that sum order totals say about them (docs/analytics.md, "Currencies"). */
export const summedCurrenciesSchema = z
  .array(z.string())
  .describe(
    'The currencies of the paid orders these amounts add up, as recorded (no conversion): one currency, or several, whose sums are not one amount; none when nothing was summed',
  );

/**
 * The currencies of the paid orders of the customers `actor` may see, ordered up to the end of the day
 * `to` (and from the day `from`) in the business's time zone: the currencies a sum of their totals
 * added up. Analyses sum amounts as recorded, so more than one currency means the sums mix them.
 */
export async function summedCurrencies(
  db: Executor,
  options: { actor: Caller; from?: string | null; to?: string | null },
): Promise<string[]> {
  const scope = visibleTo(options.actor);
  const rows = await selectRows<{ currency: string }>(
    db,
    sql`SELECT DISTINCT o.currency FROM ${orders} o
        ${scope ? sql`JOIN ${customers} ON ${customers.id} = o.customer_id` : sql``}
        WHERE o.status = 'paid'
          ${options.to ? sql`AND o.ordered_at < ((${options.to}::date + 1)::timestamp AT TIME ZONE ${businessTimeZone})` : sql``}
          ${options.from ? sql`AND o.ordered_at >= (${options.from}::date::timestamp AT TIME ZONE ${businessTimeZone})` : sql``}
          ${scope ? sql`AND ${scope}` : sql``}
        ORDER BY 1`,
  );
  return rows.map((row) => row.currency);
}
