import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../auth/index.ts';
import { visibleTo } from '../customers/index.ts';
import { type Db, selectRows } from '../db/client.ts';
import {
  analysisRuns,
  customerPurchaseFacts,
  customerScores,
  customers,
  interactions,
  users,
} from '../db/schema/index.ts';

export interface NeglectQuery {
  days: number;
  ownerId?: string;
  /** Customers listed per relationship manager (the count covers all). */
  limit: number;
}

interface Row {
  owner_id: string | null;
  owner_name: string | null;
  count: number;
  id: string;
  name: string;
  last_interaction_at: string | null;
  monetary: string;
  segment: string | null;
  stage: string | null;
}

interface OwnerGroup {
  owner: { id: string; name: string } | null;
  count: number;
  customers: {
    id: string;
    name: string;
    lastInteractionAt: Date | null;
    daysSince: number | null;
    monetary: string;
    segment: string | null;
    stage: string | null;
  }[];
}

/**
 * 疏于联系: per relationship manager, their customers with no interaction in `days` days (or never),
 * most valuable first — by revenue in the latest analysis run, else by the purchases kept so far.
 */
export async function neglectReport(options: { db: Db; actor: Actor; query: NeglectQuery }) {
  const { db, actor, query } = options;
  const filters: SQL[] = [sql`NOT ${customers.archived}`];
  const visible = visibleTo(actor);
  if (visible) filters.push(visible);
  if (query.ownerId) filters.push(sql`${customers.ownerId} = ${query.ownerId}`);
  const rows = await selectRows<Row>(
    db,
    sql`WITH neglected AS (
          SELECT ${customers.id} AS id, ${customers.name} AS name, ${customers.ownerId} AS owner_id, last.at AS last_interaction_at,
                 coalesce(s.monetary, f.revenue, 0) AS value, s.rfm_segment AS segment, s.loyalty_stage AS stage
          FROM ${customers}
          LEFT JOIN LATERAL (SELECT max(i.occurred_at) AS at FROM ${interactions} i WHERE i.customer_id = ${customers.id}) last ON true
          LEFT JOIN ${customerScores} s ON s.customer_id = ${customers.id}
            AND s.run_id = (SELECT id FROM ${analysisRuns} ORDER BY as_of DESC, created_at DESC LIMIT 1)
          LEFT JOIN ${customerPurchaseFacts} f ON f.customer_id = ${customers.id}
          WHERE ${sql.join(filters, sql` AND `)}
            AND (last.at IS NULL OR last.at < now() - make_interval(days => ${query.days}))),
        ranked AS (
          SELECT n.*, row_number() OVER (PARTITION BY owner_id ORDER BY value DESC, name, id) AS place,
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
    const lastInteractionAt = row.last_interaction_at ? new Date(row.last_interaction_at) : null;
    owners.get(key)?.customers.push({
      id: row.id,
      name: row.name,
      lastInteractionAt,
      daysSince: lastInteractionAt ? Math.floor((Date.now() - lastInteractionAt.getTime()) / 86_400_000) : null,
      monetary: row.monetary,
      segment: row.segment,
      stage: row.stage,
    });
  }
  return { days: query.days, owners: [...owners.values()] };
}
