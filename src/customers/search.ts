import { and, type SQL, sql } from 'drizzle-orm';
import { customers } from '../db/schema/index.ts';
import { escapeLike } from '../shared/escape-like.ts';

/**
 * Substring search over name, phone and email, fast for Chinese at any length.
 *
 * `customers.search_grams` holds every single non-ASCII character and every two-character gram of
 * `search_text` (SQL function guanxi_search_grams). A query is turned into the same grams: the GIN
 * index finds the rows that contain all of them, and a LIKE on `search_text` confirms the match.
 * One ASCII character has no gram and falls back to the LIKE alone.
 */
export function searchCondition(query: string): SQL {
  const needle = normaliseQuery(query);
  const grams = queryGrams(needle);
  const like = sql`${customers.searchText} LIKE ${`%${escapeLike(needle)}%`}`;
  if (grams.length === 0) return like;
  const array = sql`ARRAY[${sql.join(
    grams.map((gram) => sql`${gram}`),
    sql`, `,
  )}]::text[]`;
  const contains = sql`${customers.searchGrams} @> ${array}`;
  // A query that is itself a gram (one Chinese character, or any two characters) is matched exactly
  // by the index; a LIKE would add nothing but mislead the planner's estimate of how many rows match.
  return grams.length === 1 && grams[0] === needle ? contains : and(contains, like)!;
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
