import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  customType,
  index,
  numeric,
  type PgColumn,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { attitudes, buyingRoles, customerKinds, leadSources, relationshipLevels } from '../../shared/domain.ts';
import { users } from './users.ts';

export { attitudes, buyingRoles, customerKinds, leadSources, relationshipLevels } from '../../shared/domain.ts';

const textArray = customType<{ data: string[]; driverData: string[] }>({
  dataType: () => 'text[]',
});

/** Phone numbers are searched by their digits (and a leading +), whatever punctuation they were typed with. */
const phoneDigits = (phone: SQL | PgColumn) => sql`regexp_replace(coalesce(${phone}, ''), '[^0-9+]', '', 'g')`;

const customerSearchText = (): SQL =>
  sql`lower(${customers.name} || ' ' || coalesce(${customers.externalId}, '') || ' ' || ${phoneDigits(customers.phone)} || ' ' || coalesce(${customers.email}, ''))`;

const contactSearchText = (): SQL =>
  sql`lower(${contacts.name} || ' ' || ${phoneDigits(contacts.phone)} || ' ' || coalesce(${contacts.email}, ''))`;

/**
 * The duplicate check's keys (docs/duplicates.md), stored so that equal keys are found by an index: the
 * SQL functions guanxi_phone_key, guanxi_email_key, guanxi_organisation_key and guanxi_person_name_key
 * (migration 0025, from src/duplicates/normalise.sql.ts) give the same keys as src/duplicates/normalise.ts.
 */
const phoneKey = (phone: PgColumn) => sql`guanxi_phone_key(${phone})`;
const emailKey = (email: PgColumn) => sql`guanxi_email_key(${email})`;
/** Where a key is null (no phone, a fragment), the partial index holds no entry. */
const keyIndex = (name: string, key: PgColumn) => index(name).on(key).where(sql`${key} IS NOT NULL`);

export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    kind: text('kind', { enum: customerKinds }).notNull(),
    internal: boolean('internal').notNull().default(false),
    name: text('name').notNull(),
    externalId: text('external_id').unique(),
    industry: text('industry'),
    region: text('region'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    source: text('source', { enum: leadSources }),
    referredById: uuid('referred_by_id').references((): AnyPgColumn => customers.id, { onDelete: 'set null' }),
    level: text('level', { enum: relationshipLevels }).notNull().default('basic'),
    ownerId: uuid('owner_id').references(() => users.id),
    notes: text('notes'),
    /** 顾客占有率: the customer's estimated total yearly spend on what we sell, ours and competitors'. */
    walletEstimate: numeric('wallet_estimate', { precision: 16, scale: 2 }),
    /** A manager's judgement of the customer's potential, 0–100 (an input of the value pyramids). */
    potentialScore: smallint('potential_score'),
    archived: boolean('archived').notNull().default(false),
    /** When the customer was archived: the retention of its contacts' personal data counts from here. */
    archivedAt: timestamp('archived_at', { withTimezone: true, precision: 3 }),
    /** When the person's data was erased on request (PIPL/GDPR): names, phones, emails and notes anonymised. */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Lower-cased name, external id (the customer code), phone digits and email: what `q` searches. */
    searchText: text('search_text').generatedAlwaysAs((): SQL => customerSearchText()),
    /** Single CJK characters and all two-character grams of search_text, GIN-indexed (see docs/search.md). */
    searchGrams: textArray('search_grams').generatedAlwaysAs(
      (): SQL => sql`guanxi_search_grams(${customerSearchText()})`,
    ),
    /** Duplicate keys: the phone's national number, the email folded, and the name's key by kind. */
    phoneKey: text('phone_key').generatedAlwaysAs((): SQL => phoneKey(customers.phone)),
    emailKey: text('email_key').generatedAlwaysAs((): SQL => emailKey(customers.email)),
    /** An organization's name by guanxi_organisation_key (places and legal forms removed), a person's by guanxi_person_name_key. */
    nameKey: text('name_key').generatedAlwaysAs(
      (): SQL =>
        sql`CASE WHEN ${customers.kind} = 'organization' THEN guanxi_organisation_key(${customers.name}) ELSE guanxi_person_name_key(${customers.name}) END`,
    ),
  },
  (t) => [
    index('customers_search_grams_idx').using('gin', t.searchGrams),
    keyIndex('customers_phone_key_idx', t.phoneKey),
    keyIndex('customers_email_key_idx', t.emailKey),
    keyIndex('customers_name_key_idx', t.nameKey),
    index('customers_owner_idx').on(t.ownerId, t.createdAt, t.id),
    index('customers_owner_name_idx').on(t.ownerId, t.name, t.id),
    index('customers_created_idx').on(t.createdAt, t.id),
    index('customers_updated_idx').on(t.updatedAt, t.id),
    index('customers_name_idx').on(t.name, t.id),
    index('customers_tags_idx').using('gin', t.tags),
    index('customers_referred_by_idx').on(t.referredById),
  ],
);

/** Customers a relationship manager may see and change without owning them. */
export const customerShares = pgTable(
  'customer_shares',
  {
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.userId] }), index('customer_shares_user_idx').on(t.userId)],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    /** The contact's key in the system it was imported from, if any. */
    externalId: text('external_id').unique(),
    name: text('name').notNull(),
    title: text('title'),
    phone: text('phone'),
    email: text('email'),
    buyingRole: text('buying_role', { enum: buyingRoles }).notNull().default('other'),
    attitude: text('attitude', { enum: attitudes }).notNull().default('neutral'),
    trust: smallint('trust').notNull().default(3),
    notes: text('notes'),
    /** When the contact's personal data was erased on request or by the retention setting. */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Lower-cased name, phone digits and email: what the customers' `q` also searches (docs/search.md). */
    searchText: text('search_text').generatedAlwaysAs((): SQL => contactSearchText()),
    /** The grams of search_text, as for customers. */
    searchGrams: textArray('search_grams').generatedAlwaysAs(
      (): SQL => sql`guanxi_search_grams(${contactSearchText()})`,
    ),
    /** Duplicate keys, as for customers; a contact's name is a person's. */
    phoneKey: text('phone_key').generatedAlwaysAs((): SQL => phoneKey(contacts.phone)),
    emailKey: text('email_key').generatedAlwaysAs((): SQL => emailKey(contacts.email)),
    nameKey: text('name_key').generatedAlwaysAs((): SQL => sql`guanxi_person_name_key(${contacts.name})`),
  },
  (t) => [
    index('contacts_customer_idx').on(t.customerId, t.name),
    index('contacts_search_grams_idx').using('gin', t.searchGrams),
    keyIndex('contacts_phone_key_idx', t.phoneKey),
    keyIndex('contacts_email_key_idx', t.emailKey),
    keyIndex('contacts_name_key_idx', t.nameKey),
  ],
);
