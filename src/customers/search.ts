import { and, asc, inArray, not, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.ts';
import { contacts, customers } from '../db/schema/index.ts';
import { escapeLike } from '../shared/escape-like.ts';

/**
 * Substring search over a customer's name, external id, phone and email, and over the names, phones
 * and emails of its contacts: fast for Chinese at any length (docs/search.md).
 *
 * `search_grams` (on customers and on contacts) holds every single non-ASCII character and every
 * two-character gram of `search_text` (SQL function guanxi_search_grams). A query is turned into the
 * same grams: the GIN index finds the rows that contain all of them, and a LIKE on `search_text`
 * confirms the match. One ASCII character has no gram and falls back to the LIKE alone.
 */
function textMatch(columns: { text: PgColumn; grams: PgColumn }, query: string): SQL {
  const alternatives = queryNeedles(query).map((needle) => {
    const grams = queryGrams(needle);
    const like = sql`${columns.text} LIKE ${`%${escapeLike(needle)}%`}`;
    if (grams.length === 0) return like;
    const array = sql`ARRAY[${sql.join(
      grams.map((gram) => sql`${gram}`),
      sql`, `,
    )}]::text[]`;
    const contains = sql`${columns.grams} @> ${array}`;
    // A query that is itself a gram (one Chinese character, or any two characters) is matched exactly
    // by the index; a LIKE would add nothing but mislead the planner's estimate of how many rows match.
    return grams.length === 1 && grams[0] === needle ? contains : and(contains, like)!;
  });
  return alternatives.length === 1 ? alternatives[0] : or(...alternatives)!;
}

/** The customer's own fields match. */
export const customerMatch = (query: string) =>
  textMatch({ text: customers.searchText, grams: customers.searchGrams }, query);

/** A contact's fields match. */
const contactMatch = (query: string) => textMatch({ text: contacts.searchText, grams: contacts.searchGrams }, query);

const customersWithMatchingContact = (query: string) =>
  inArray(customers.id, sql`(SELECT ${contacts.customerId} FROM ${contacts} WHERE ${contactMatch(query)})`);

/** The customers that match by their own fields or through a contact, as one condition (the export uses it). */
export const searchCondition = (query: string): SQL => or(customerMatch(query), customersWithMatchingContact(query))!;

/**
 * The same customers as two disjoint conditions: those matching by their own fields, and those matching
 * only through a contact. The list orders and limits each on its own and merges them, so that each
 * can use its index (one condition with OR across the two tables could use neither).
 */
export const searchBranches = (query: string): { where: SQL; viaContact: boolean }[] => [
  { where: customerMatch(query), viaContact: false },
  { where: and(not(customerMatch(query)), customersWithMatchingContact(query))!, viaContact: true },
];

/** For customers that matched through a contact: the first matching contact by name, per customer. */
export async function matchingContacts(db: Executor, customerIds: string[], query: string) {
  if (!customerIds.length) return new Map<string, { id: string; name: string }>();
  const rows = await db
    .selectDistinctOn([contacts.customerId], { customerId: contacts.customerId, id: contacts.id, name: contacts.name })
    .from(contacts)
    .where(and(inArray(contacts.customerId, customerIds), contactMatch(query)))
    .orderBy(asc(contacts.customerId), asc(contacts.name), asc(contacts.id));
  return new Map(rows.map((row) => [row.customerId, { id: row.id, name: row.name }]));
}

/**
 * What to look for: the query in lower case; for a query that looks like a phone number, its digits
 * (stored phones are digits) and also the text as typed, which a customer code such as 2024-001 is.
 */
export function queryNeedles(query: string): string[] {
  const lower = query.trim().toLowerCase();
  const phone = normaliseQuery(query);
  return phone === lower ? [lower] : [phone, lower];
}

/** Lower case; a phone number typed with spaces or dashes matches the stored digits. */
export function normaliseQuery(query: string): string {
  const lower = query.trim().toLowerCase();
  return /^[0-9+()\-\s.]+$/.test(lower) && /\d{3}/.test(lower.replace(/\D/g, ''))
    ? lower.replace(/[^0-9+]/g, '')
    : lower;
}

/** The grams guanxi_search_grams would make of the text, as the index must contain them. */
export function queryGrams(text: string): string[] {
  const chars = Array.from(text);
  const grams = new Set<string>();
  chars.forEach((char, i) => {
    if (char.codePointAt(0)! > 127 && !/\s/.test(char)) grams.add(char);
    const pair = char + (chars[i + 1] ?? '');
    if (i + 1 < chars.length && !/\s/.test(pair)) grams.add(pair);
  });
  // A longer gram implies its characters: keep the two-character grams when there are any.
  const pairs = [...grams].filter((gram) => Array.from(gram).length === 2);
  return pairs.length ? pairs : [...grams];
}
