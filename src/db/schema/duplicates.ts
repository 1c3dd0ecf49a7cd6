import { sql } from 'drizzle-orm';
import { customType, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

const textArray = customType<{ data: string[]; driverData: string[] }>({ dataType: () => 'text[]' });

/**
 * Every distinct name key of the customers and contacts, once, for the duplicate check's similar-name
 * search (docs/duplicates.md): `as` is how the key was made, `organisation` (an organization
 * customer's name) or `person` (a person customer's, a contact's). Many records can share a key (a
 * thousand 王伟), so the similar keys are searched here, by the GIN index of their grams, and then the
 * records are read by customers.name_key and contacts.name_key. Kept by statement triggers on both
 * tables (migration 0025): a key is added with its first record and removed with its last. Derived,
 * so without foreign keys. The primary key begins with the key: an index on `name_as` first would tempt
 * the planner to read every person's key beside the gram index.
 */
export const duplicateNameKeys = pgTable(
  'duplicate_name_keys',
  {
    nameAs: text('name_as', { enum: ['organisation', 'person'] }).notNull(),
    key: text('key').notNull(),
    /** guanxi_search_grams of the key: its single CJK characters and its two-character grams (docs/search.md). */
    grams: textArray('grams').generatedAlwaysAs(sql`guanxi_search_grams(key)`),
  },
  (t) => [primaryKey({ columns: [t.key, t.nameAs] }), index('duplicate_name_keys_grams_idx').using('gin', t.grams)],
);
