import { type SQL, sql } from 'drizzle-orm';
import type { Caller } from '../auth/index.ts';
import { visibleTo } from '../customers/index.ts';
import { type Db, type Executor, selectRows } from '../db/client.ts';
import {
  analysisRuns,
  customerPurchaseFacts,
  customerScores,
  customers,
  interactions,
  users,
} from '../db/schema/index.ts';
import { AppError } from '../server/errors.ts';
import { decodeCursor, encodeCursor } from '../shared/cursor.ts';
import type { NeglectPageQuery, NeglectQuery } from './neglect.schema.ts';

/** Which neglected customers: not contacted in `days` days (or never), of one owner or of none. */
export interface NeglectScope {
  days: number;
  ownerId?: string;
  noOwner?: boolean;
}

/**
 * 疏于联系: the caller's customers (not archived) with no interaction in `days` days, or never, with
 * their owner, last contact and value — revenue in the latest analysis run, else the purchases kept
 * so far — as rows id, name, owner_id, last_interaction_at, value, segment, stage.
 */
export function neglectedCustomers(actor: Caller, scope: NeglectScope): SQL {
  const filters: SQL[] = [sql`NOT ${customers.archived}`];
  const visible = visibleTo(actor);
  if (visible) filters.push(visible);
  if (scope.ownerId) filters.push(sql`${customers.ownerId} = ${scope.ownerId}`);
  if (scope.noOwner) filters.push(sql`${customers.ownerId} IS NULL`);
  return sql`
    SELECT ${customers.id} AS id, ${customers.name} AS name, ${customers.ownerId} AS owner_id, last.at AS last_interaction_at,
           coalesce(s.monetary, f.revenue, 0) AS value, s.rfm_segment AS segment, s.loyalty_stage AS stage
    FROM ${customers}
    LEFT JOIN LATERAL (SELECT max(i.occurred_at) AS at FROM ${interactions} i WHERE i.customer_id = ${customers.id}) last ON true
    LEFT JOIN ${customerScores} s ON s.customer_id = ${customers.id}
      AND s.run_id = (SELECT id FROM ${analysisRuns} ORDER BY as_of DESC, created_at DESC LIMIT 1)
    LEFT JOIN ${customerPurchaseFacts} f ON f.customer_id = ${customers.id}
    WHERE ${sql.join(filters, sql` AND `)}
      AND (last.at IS NULL OR last.at < now() - make_interval(days => ${scope.days}))`;
}

/** The order of every neglected list: most valuable first, then by name. */
const valueOrder = sql`value DESC, name, id`;

interface Row {
  id: string;
  name: string;
  last_interaction_at: string | null;
  monetary: string;
  segment: string | null;
  stage: string | null;
}

const present = (row: Row) => {
  const lastInteractionAt = row.last_interaction_at ? new Date(row.last_interaction_at) : null;
  return {
    id: row.id,
    name: row.name,
    lastInteractionAt,
    daysSince: lastInteractionAt ? Math.floor((Date.now() - lastInteractionAt.getTime()) / 86_400_000) : null,
    monetary: row.monetary,
    segment: row.segment,
    stage: row.stage,
  };
};
export type NeglectedCustomer = ReturnType<typeof present>;

interface OwnerGroup {
  owner: { id: string; name: string } | null;
  count: number;
  customers: NeglectedCustomer[];
}

/**
 * Per relationship manager, their neglected customers' count and the `limit` most valuable of them
 * (the rest are paged with neglectedPage, exported with the CSV, and given tasks all at once).
 */
export async function neglectReport(options: { db: Db; actor: Caller; query: NeglectQuery }) {
  const { db, actor, query } = options;
  const rows = await selectRows<Row & { owner_id: string | null; owner_name: string | null; count: number }>(
    db,
    sql`WITH neglected AS (${neglectedCustomers(actor, query)}),
        ranked AS (
          SELECT n.*, row_number() OVER (PARTITION BY owner_id ORDER BY ${valueOrder}) AS place,
                 count(*) OVER (PARTITION BY owner_id)::int AS count
          FROM neglected n)
        SELECT r.owner_id, u.name AS owner_name, r.count, r.id, r.name, r.last_interaction_at, r.value::text AS monetary,
               r.segment, r.stage
        FROM ranked r LEFT JOIN ${users} u ON u.id = r.owner_id
        WHERE r.place <= ${query.limit}
        ORDER BY u.name NULLS LAST, r.owner_id, r.place`,
  );
  const owners = new Map<string, OwnerGroup>();
  for (const row of rows) {
    const key = row.owner_id ?? '';
    if (!owners.has(key))
      owners.set(key, {
        owner: row.owner_id ? { id: row.owner_id, name: row.owner_name ?? '' } : null,
        count: row.count,
        customers: [],
      });
    owners.get(key)?.customers.push(present(row));
  }
  return { days: query.days, owners: [...owners.values()] };
}

/** A keyset cursor of the value order: the last row's value and name, and its id. */
function afterCursor(cursor: string | undefined): SQL {
  if (!cursor) return sql`true`;
  const last = decodeCursor(cursor);
  let key: unknown;
  try {
    key = JSON.parse(last.value ?? '');
  } catch {
    key = undefined;
  }
  const valid =
    Array.isArray(key) &&
    key.length === 2 &&
    typeof key[1] === 'string' &&
    /^-?\d{1,20}(\.\d{1,6})?$/.test(String(key[0])) &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(last.id);
  if (!valid) throw new AppError('validation_failed', 'Invalid cursor', { cursor: 'is not a cursor from this list' });
  const [value, name] = key as [string, string];
  return sql`(value < ${value}::numeric OR (value = ${value}::numeric AND (name, id) > (${name}, ${last.id}::uuid)))`;
}

/**
 * One page of neglected customers in the report's order (most valuable first), of one relationship
 * manager or of those without one, with how many there are in all.
 */
export async function neglectedPage(options: { db: Executor; actor: Caller; query: NeglectPageQuery }) {
  const { db, actor, query } = options;
  const rows = await selectRows<Row & { total: number; value_key: string }>(
    db,
    sql`WITH neglected AS (${neglectedCustomers(actor, query)})
        SELECT n.*, n.value::text AS monetary, n.value::text AS value_key, t.total
        FROM (SELECT * FROM neglected WHERE ${afterCursor(query.cursor)} ORDER BY ${valueOrder} LIMIT ${query.limit + 1}) n
        CROSS JOIN (SELECT count(*)::int AS total FROM neglected) t
        ORDER BY ${valueOrder}`,
  );
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(present),
    nextCursor: rows.length > query.limit ? encodeCursor(JSON.stringify([last.value_key, last.name]), last.id) : null,
    total: rows[0]?.total ?? (await countNeglected(db, actor, query)),
  };
}

async function countNeglected(db: Executor, actor: Caller, scope: NeglectScope) {
  const [row] = await selectRows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM (${neglectedCustomers(actor, scope)}) n`,
  );
  return row.total;
}
