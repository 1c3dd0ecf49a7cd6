import { and, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import { type Actor, type Caller, isSystem, seesAllCustomers } from '../auth/index.ts';
import { type Executor, selectRows } from '../db/client.ts';
import {
  analysisRuns,
  customerActivity,
  customerScores,
  customerShares,
  customers,
  orders,
  users,
  valuePyramids,
} from '../db/schema/index.ts';
import type { ListCustomersQuery } from './customers.schema.ts';
import { listOrder } from './list-order.ts';
import { listTotal } from './list-total.ts';
import { matchingContacts, searchBranches, searchCondition } from './search.ts';
import { watchListCondition, watchReasons } from './watch-lists.ts';

/** The customers the actor may see: all for managers, admins and service; own and shared for a relationship manager. */
export function visibleTo(actor: Caller): SQL | undefined {
  if (isSystem(actor) || seesAllCustomers(actor)) return undefined;
  return sql`(${customers.ownerId} = ${actor.id} OR ${exists(
    sql`(SELECT 1 FROM ${customerShares} WHERE ${customerShares.customerId} = ${customers.id} AND ${customerShares.userId} = ${actor.id})`,
  )})`;
}

const customerColumns = {
  id: customers.id,
  kind: customers.kind,
  internal: customers.internal,
  name: customers.name,
  externalId: customers.externalId,
  industry: customers.industry,
  region: customers.region,
  phone: customers.phone,
  email: customers.email,
  address: customers.address,
  tags: customers.tags,
  source: customers.source,
  referredById: customers.referredById,
  level: customers.level,
  ownerId: customers.ownerId,
  ownerName: users.name,
  sharedWithIds: sql<
    string[]
  >`ARRAY(SELECT ${customerShares.userId}::text FROM ${customerShares} WHERE ${customerShares.customerId} = ${customers.id} ORDER BY 1)`,
  notes: customers.notes,
  walletEstimate: customers.walletEstimate,
  potentialScore: customers.potentialScore,
  archived: customers.archived,
  anonymisedAt: customers.anonymisedAt,
  createdAt: customers.createdAt,
  updatedAt: customers.updatedAt,
};

/** The list's items also carry what the list sorts by from the customer's activity. */
const listColumns = {
  ...customerColumns,
  revenue: customerActivity.revenue,
  lastPurchaseAt: customerActivity.lastPurchaseAt,
  lastContactAt: customerActivity.lastContactAt,
};

type CustomerRow = Awaited<ReturnType<typeof selectCustomers>>[number];

const selectCustomers = (db: Executor, where: SQL | undefined) =>
  db.select(customerColumns).from(customers).leftJoin(users, eq(users.id, customers.ownerId)).where(where);

function present<Row extends CustomerRow>({ ownerName, ...row }: Row) {
  return { ...row, owner: row.ownerId ? { id: row.ownerId, name: ownerName ?? '' } : null };
}
export type Customer = ReturnType<typeof present>;

export async function findVisibleCustomer(db: Executor, actor: Actor, id: string): Promise<Customer | undefined> {
  const [row] = await selectCustomers(db, and(eq(customers.id, id), visibleTo(actor)));
  return row && present(row);
}

/**
 * A page of the list. With `q`, the customers matching by their own fields and those matching only
 * through a contact are separate queries; so are, for a sort key that may be missing, the customers
 * with it and those without. Each is ordered and limited on its own, using its index, and they are
 * merged by UNION ALL (docs/search.md).
 */
export async function listVisibleCustomers(db: Executor, actor: Actor, query: ListCustomersQuery) {
  const order = listOrder(query.sort, query.cursor, query.limit);
  const common = [visibleTo(actor), ...attributeFilters(query)];
  const branches = query.q ? searchBranches(query.q) : [{ where: undefined, viaContact: false }];
  const [first, ...others] = branches.flatMap(({ where, viaContact }) =>
    order.parts.map((part) =>
      db
        .select({
          ...listColumns,
          sortKey: order.sortKey.as('sort_key'),
          missing: sql<boolean>`${order.missing}`.as('missing'),
          viaContact: sql<boolean>`${sql.raw(String(viaContact))}`.as('via_contact'),
        })
        .from(customers)
        .leftJoin(customerActivity, eq(customerActivity.customerId, customers.id))
        .leftJoin(users, eq(users.id, customers.ownerId))
        .where(and(...common, part.where, where))
        .orderBy(...part.orderBy)
        .limit(query.limit + 1),
    ),
  );
  const [second, ...rest] = others;
  const rows = second
    ? await unionAll(first, second, ...rest)
        .orderBy(order.mergedOrderBy)
        .limit(query.limit + 1)
    : await first;
  const { items, nextCursor } = order.page(rows);
  const viaContact = items.filter((row) => row.viaContact).map((row) => row.id);
  const [contacts, reasons, total, currencies] = await Promise.all([
    query.q ? matchingContacts(db, viaContact, query.q) : undefined,
    query.watch
      ? watchReasons(
          db,
          query.watch,
          items.map((row) => row.id),
        )
      : undefined,
    // A first page that holds every match is its own exact total.
    query.cursor
      ? null
      : nextCursor
        ? listTotal(
            db,
            branches.map(({ where }) => and(...common, where)),
          )
        : { count: items.length, exact: true },
    revenueCurrencies(
      db,
      items.filter((row) => row.revenue !== null).map((row) => row.id),
    ),
  ]);
  return {
    items: items.map(({ sortKey, missing, viaContact, ...row }) => ({
      ...present(row),
      revenueCurrencies: currencies.get(row.id) ?? [],
      matchedContact: contacts?.get(row.id) ?? null,
      watchReason: reasons?.get(row.id) ?? null,
    })),
    nextCursor,
    total,
  };
}

/** The currencies of each given customer's paid orders (a page's customers with revenue: one query). */
async function revenueCurrencies(db: Executor, customerIds: string[]): Promise<Map<string, string[]>> {
  if (!customerIds.length) return new Map();
  const rows = await selectRows<{ id: string; currencies: string[] }>(
    db,
    sql`SELECT o.customer_id AS id, array_agg(DISTINCT o.currency ORDER BY o.currency) AS currencies
        FROM ${orders} o
        WHERE o.customer_id IN (${sql.join(
          customerIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}) AND o.status = 'paid'
        GROUP BY o.customer_id`,
  );
  return new Map(rows.map((row) => [row.id, row.currencies]));
}

/** The list's filters without access and paging: the export of a filtered list uses them too. */
export function customerListFilters(query: Omit<ListCustomersQuery, 'sort' | 'limit' | 'cursor'>): (SQL | undefined)[] {
  return [query.q ? searchCondition(query.q) : undefined, ...attributeFilters(query)];
}

/** The filters other than the search. */
function attributeFilters(query: Omit<ListCustomersQuery, 'sort' | 'limit' | 'cursor'>): (SQL | undefined)[] {
  const filters: (SQL | undefined)[] = [];
  if (query.ownerId) filters.push(eq(customers.ownerId, query.ownerId));
  if (query.tag) filters.push(sql`${customers.tags} @> ARRAY[${query.tag}]::text[]`);
  if (query.kind) filters.push(eq(customers.kind, query.kind));
  if (query.source) filters.push(eq(customers.source, query.source));
  if (query.level) filters.push(eq(customers.level, query.level));
  if (query.internal) filters.push(eq(customers.internal, query.internal === 'true'));
  if (query.archived !== 'all') filters.push(eq(customers.archived, query.archived === 'true'));
  filters.push(latestScoreFilter(query));
  if (query.watch) filters.push(watchListCondition(query.watch));
  return filters;
}

/** Segment, class, stage, quadrant and pyramid-tier filters, against the latest analysis run. */
function latestScoreFilter(query: Omit<ListCustomersQuery, 'sort' | 'limit' | 'cursor'>): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.segment) conditions.push(sql`s.rfm_segment = ${query.segment}`);
  if (query.abcClass) conditions.push(sql`s.abc_class = ${query.abcClass}`);
  if (query.stage) conditions.push(sql`s.loyalty_stage = ${query.stage}`);
  if (query.quadrant) conditions.push(sql`s.value_quadrant = ${query.quadrant}`);
  if (query.pyramidId || query.tier)
    conditions.push(sql`EXISTS (SELECT 1 FROM ${analysisRuns} r
      CROSS JOIN LATERAL unnest(r.pyramid_ids, s.pyramid_tiers) AS t(pyramid_id, tier)
      JOIN ${valuePyramids} vp ON vp.id = t.pyramid_id
      WHERE r.id = s.run_id
        ${query.pyramidId ? sql`AND t.pyramid_id = ${query.pyramidId}` : sql``}
        ${query.tier ? sql`AND t.tier = ${query.tier}` : sql``})`);
  if (!conditions.length) return undefined;
  return sql`EXISTS (SELECT 1 FROM ${customerScores} s
    WHERE s.customer_id = ${customers.id}
      AND s.run_id = (SELECT id FROM ${analysisRuns} ORDER BY as_of DESC, created_at DESC LIMIT 1)
      AND ${sql.join(conditions, sql` AND `)})`;
}

/** Replaces the set of users a customer is shared with. */
export async function replaceShares(db: Executor, customerId: string, userIds: string[]) {
  await db.delete(customerShares).where(eq(customerShares.customerId, customerId));
  if (userIds.length) await db.insert(customerShares).values(userIds.map((userId) => ({ customerId, userId })));
}

/** The ids among `ids` that are active users. */
export async function activeUserIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.disabled, false)));
  return new Set(rows.map((row) => row.id));
}
