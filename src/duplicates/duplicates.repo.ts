import { and, asc, eq, ne, or, type SQL, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Actor } from '../auth/index.ts';
import { visibleTo } from '../customers/index.ts';
import type { Executor } from '../db/client.ts';
import { contacts, customers, duplicateNameKeys, users } from '../db/schema/index.ts';
import type { NameProbes } from './name-probes.ts';

/** The keys of what was typed, and how its name is compared. */
export interface TypedKeys {
  phoneKey: string | null;
  emailKey: string | null;
  /** The name's key: an organisation key (an organization customer) or a person-name key (anyone else). */
  nameKey: string | null;
  nameAs: 'organisation' | 'person';
  /** Other name keys, similar to it (findSimilarKeys, NameProbes.shortKeys, scored ≥ 0.7). */
  similarKeys: string[];
  excludeId?: string;
}

/** Rows per exact key and per table; a key shared by more records than this gives this many. */
export const exactLimit = 20;
/** Rows per similar key and per table. */
export const similarKeyLimit = 5;
/** Similar keys read from duplicate_name_keys, those holding most grams and closest in length first. */
export const keyCandidateLimit = 100;

const textArray = (grams: string[]) =>
  sql`ARRAY[${sql.join(
    grams.map((gram) => sql`${gram}`),
    sql`, `,
  )}]::text[]`;

/**
 * A table the check looks in. Each gives the same columns (a contact's customer, owner and visibility
 * are its organization's). Leads will be a third source with the same key columns.
 */
interface CandidateSource {
  /** The table's name in SQL, and its id column in drizzle. */
  name: string;
  id: typeof customers.id | typeof contacts.id;
  /**
   * Which of its records have names comparable with a typed name compared `as` this: a condition on
   * its own columns (unqualified), an empty one for all, null for none.
   */
  names(as: TypedKeys['nameAs']): SQL | null;
  select(db: Executor, actor: Actor): ReturnType<typeof selectCustomers>;
}

const visibleColumn = (actor: Actor) => sql<boolean>`${visibleTo(actor) ?? sql`true`}`.as('visible');

const selectCustomers = (db: Executor, actor: Actor) =>
  db
    .select({
      kind: sql<'customer' | 'contact'>`'customer'`.as('record_kind'),
      id: customers.id,
      name: customers.name,
      customerKind: customers.kind,
      phone: customers.phone,
      email: customers.email,
      phoneKey: customers.phoneKey,
      emailKey: customers.emailKey,
      nameKey: customers.nameKey,
      customerId: sql<string>`${customers.id}`.as('customer_id'),
      customerName: sql<string>`${customers.name}`.as('customer_name'),
      ownerId: customers.ownerId,
      ownerName: users.name,
      ownerRole: users.role,
      visible: visibleColumn(actor),
    })
    .from(customers)
    .leftJoin(users, eq(users.id, customers.ownerId));

const selectContacts = (db: Executor, actor: Actor) =>
  db
    .select({
      kind: sql<'customer' | 'contact'>`'contact'`.as('record_kind'),
      id: contacts.id,
      name: contacts.name,
      customerKind: customers.kind,
      phone: contacts.phone,
      email: contacts.email,
      phoneKey: contacts.phoneKey,
      emailKey: contacts.emailKey,
      nameKey: contacts.nameKey,
      customerId: sql<string>`${contacts.customerId}`.as('customer_id'),
      customerName: sql<string>`${customers.name}`.as('customer_name'),
      ownerId: customers.ownerId,
      ownerName: users.name,
      ownerRole: users.role,
      visible: visibleColumn(actor),
    })
    .from(contacts)
    .innerJoin(customers, eq(customers.id, contacts.customerId))
    .leftJoin(users, eq(users.id, customers.ownerId));

const sources: CandidateSource[] = [
  {
    name: 'customers',
    id: customers.id,
    names: (as) => sql`AND kind = ${as === 'organisation' ? 'organization' : 'person'}`,
    select: selectCustomers,
  },
  {
    name: 'contacts',
    id: contacts.id,
    // A contact's name is a person's; a typed organization meets its contacts only by phone or email.
    names: (as) => (as === 'person' ? sql`` : null),
    // The same columns under the same names and types: drizzle's types tell the tables apart, UNION ALL does not.
    select: selectContacts as unknown as CandidateSource['select'],
  },
];

export type CandidateRow = Awaited<ReturnType<typeof findCandidates>>[number];

/**
 * The ids of a table's records that may be the typed one, each part by a B-tree index: up to
 * exactLimit with the same phone key, the same email key or the same name key, and similarKeyLimit
 * with each similar name key. Null when nothing is to be looked for. (Written as SQL: one part per
 * similar key built by the query builder cost more to build than to run.)
 */
function candidateIds(source: CandidateSource, typed: TypedKeys): SQL | null {
  const table = sql.raw(source.name);
  const notExcluded = typed.excludeId ? sql`AND id <> ${typed.excludeId}` : sql``;
  const parts: SQL[] = [];
  const byKey = (column: string, key: string, condition: SQL = sql``) =>
    sql`(SELECT id FROM ${table} WHERE ${sql.raw(column)} = ${key} ${condition} ${notExcluded} LIMIT ${exactLimit})`;
  if (typed.phoneKey) parts.push(byKey('phone_key', typed.phoneKey));
  if (typed.emailKey) parts.push(byKey('email_key', typed.emailKey));
  const names = source.names(typed.nameAs);
  if (names && typed.nameKey) parts.push(byKey('name_key', typed.nameKey, names));
  if (names && typed.similarKeys.length)
    parts.push(sql`(SELECT similar_record.id FROM unnest(${textArray(typed.similarKeys)}) AS similar_key(key)
      CROSS JOIN LATERAL (SELECT id FROM ${table} WHERE name_key = similar_key.key ${names} ${notExcluded}
        LIMIT ${similarKeyLimit}) AS similar_record)`);
  return parts.length ? sql.join(parts, sql` UNION `) : null;
}

/**
 * The records that may be the typed one, visible to the caller or not, in one statement: per table,
 * the records of candidateIds with their owner and visibility. The same record can meet several keys.
 */
export async function findCandidates(db: Executor, actor: Actor, typed: TypedKeys) {
  const branches = sources.flatMap((source) => {
    const ids = candidateIds(source, typed);
    return ids ? [source.select(db, actor).where(sql`${source.id} IN (${ids})`)] : [];
  });
  const [first, second, ...rest] = branches;
  if (!first) return [];
  return second ? await unionAll(first, second, ...rest) : await first;
}

/**
 * The distinct name keys (duplicate_name_keys) made `as` the typed one whose grams hold all grams of
 * at least one probe (the GIN index), other than the typed key: those holding most of its grams and
 * closest to it in length first. Only these few are then scored, in TypeScript.
 */
export async function findSimilarKeys(
  db: Executor,
  typed: { nameAs: TypedKeys['nameAs']; nameKey: string; probes: NameProbes },
) {
  const { probes } = typed;
  if (!probes.probes.length) return [];
  const held = sql`(SELECT count(*) FROM unnest(${textArray(probes.grams)}) AS g WHERE g = ANY(${duplicateNameKeys.grams}))`;
  const rows = await db
    .select({ key: duplicateNameKeys.key })
    .from(duplicateNameKeys)
    .where(
      and(
        eq(duplicateNameKeys.nameAs, typed.nameAs),
        or(...probes.probes.map((probe) => sql`${duplicateNameKeys.grams} @> ${textArray(probe)}`)),
        ne(duplicateNameKeys.key, typed.nameKey),
      ),
    )
    .orderBy(
      sql`${held} DESC`,
      sql`abs(length(${duplicateNameKeys.key}) - ${Array.from(typed.nameKey).length})`,
      asc(duplicateNameKeys.key),
    )
    .limit(keyCandidateLimit);
  return rows.map((row) => row.key);
}
