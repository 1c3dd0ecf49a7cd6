import { and, eq, isNull, not, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/index.ts';
import type { Caller } from '../auth/index.ts';
import { type Executor, selectRows } from '../db/client.ts';
import {
  auditLog,
  contacts,
  customers,
  interactions,
  notifications,
  orders,
  ruleFirings,
  tasks,
} from '../db/schema/index.ts';
import { erasedName, erasedText, personalContactFields, personalCustomerFields } from '../shared/erased-people.ts';
import { scrubAuditLog } from './audit-scrub.ts';
import { personTerms, sqlTermsPattern } from './person-terms.ts';

/** How many records an erasure changed, by kind (what its audit row says, without any personal value). */
export interface ErasedCounts {
  contacts: number;
  interactions: number;
  tasks: number;
  notifications: number;
  ruleFirings: number;
  auditEntries: number;
}

/** Why a person's data was erased: someone asked (an administrator, or the command line), or the retention setting. */
export type ErasureReason = 'request' | 'retention';

export interface PersonRecord {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
}

/**
 * Replaces texts in some columns of the rows `where` selects: whole (`terms` null) with the
 * placeholder, or only where the person's name, phone or email occur in them. Returns the rows changed.
 */
async function eraseTexts(db: Executor, table: PgTable, columns: PgColumn[], where: SQL, terms: string[] | null) {
  if (terms && !terms.length) return 0;
  const pattern = terms && sqlTermsPattern(terms);
  const value = (column: PgColumn) =>
    pattern
      ? sql`regexp_replace(${column}, ${pattern}, ${erasedText}, 'gi')`
      : sql`CASE WHEN ${column} IS NULL THEN NULL ELSE ${erasedText} END`;
  const touched = (column: PgColumn) =>
    pattern ? sql`${column} ~* ${pattern}` : sql`(${column} IS NOT NULL AND ${column} <> ${erasedText})`;
  const rows = await selectRows<{ one: number }>(
    db,
    sql`UPDATE ${table} SET ${sql.join(
      columns.map((column) => sql`${sql.identifier(column.name)} = ${value(column)}`),
      sql`, `,
    )} WHERE ${where} AND (${sql.join(columns.map(touched), sql` OR `)}) RETURNING 1 AS one`,
  );
  return rows.length;
}

/** Names, phones and emails a record had before (in its audit rows): free texts may still hold them. */
async function earlierTerms(db: Executor, entity: string, id: string) {
  const rows = await db
    .select({ changes: auditLog.changes })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, id)));
  const values = rows.flatMap((row) =>
    ['name', 'phone', 'email'].flatMap((field) => [row.changes[field]?.before, row.changes[field]?.after]),
  );
  return values.filter((value): value is string => typeof value === 'string' && value !== erasedText);
}

async function termsOf(db: Executor, entity: string, person: PersonRecord) {
  const earlier = await earlierTerms(db, entity, person.id);
  return [...new Set([...personTerms(person), ...earlier.flatMap((value) => personTerms({ name: value }))])];
}

const idsOf = (table: PgTable & { id: PgColumn }, where: SQL) =>
  sql`SELECT ${table.id}::text FROM ${table} WHERE ${where}`;

/**
 * Anonymises one contact in the caller's transaction: the record, the texts of the interactions
 * they took part in, their name, phone and email wherever else the organisation's texts hold them,
 * and the audit log's values. Writes an 'erase' audit row; returns null when already anonymised.
 */
export async function anonymiseContact(
  db: Executor,
  caller: Caller,
  contactId: string,
  reason: ErasureReason,
): Promise<ErasedCounts | null> {
  const [contact] = await db
    .select({
      id: contacts.id,
      customerId: contacts.customerId,
      name: contacts.name,
      phone: contacts.phone,
      email: contacts.email,
    })
    .from(contacts)
    .where(and(eq(contacts.id, contactId), isNull(contacts.anonymisedAt)))
    .for('update');
  if (!contact) return null;
  const terms = await termsOf(db, 'contact', contact);
  const ofCustomer = <T extends { customerId: PgColumn }>(table: T) => eq(table.customerId, contact.customerId);
  const tookPart = sql`${interactions.contactIds} @> ARRAY[${contact.id}]::uuid[]`;
  const interactionTexts = [interactions.note, interactions.nextStep];
  const counts: ErasedCounts = {
    contacts: 1,
    interactions:
      (await eraseTexts(db, interactions, interactionTexts, and(ofCustomer(interactions), tookPart)!, null)) +
      (await eraseTexts(db, interactions, interactionTexts, and(ofCustomer(interactions), not(tookPart))!, terms)),
    tasks: await eraseTexts(db, tasks, [tasks.title, tasks.notes], eq(tasks.customerId, contact.customerId), terms),
    notifications: await eraseTexts(
      db,
      notifications,
      [notifications.title, notifications.body],
      eq(notifications.customerId, contact.customerId),
      terms,
    ),
    ruleFirings: await eraseTexts(db, ruleFirings, [ruleFirings.title], ofCustomer(ruleFirings), terms),
    auditEntries: 0,
  };
  await db
    .update(contacts)
    .set({
      name: erasedName(contact.id),
      externalId: null,
      title: null,
      phone: null,
      email: null,
      notes: null,
      anonymisedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(contacts.id, contact.id));
  counts.auditEntries = await scrubAuditLog(
    db,
    [
      { entity: 'contact', ids: sql`${contact.id}`, fields: personalContactFields },
      {
        entity: 'interaction',
        ids: idsOf(interactions, and(ofCustomer(interactions), tookPart)!),
        fields: ['note', 'nextStep'],
      },
      { entity: 'interaction', ids: idsOf(interactions, and(ofCustomer(interactions), not(tookPart))!), fields: [] },
      { entity: 'task', ids: idsOf(tasks, eq(tasks.customerId, contact.customerId)), fields: [] },
    ],
    terms,
  );
  await recordAudit(db, {
    actor: caller,
    action: 'erase',
    entity: 'contact',
    entityId: contact.id,
    after: { reason, erased: counts },
  });
  return counts;
}

/**
 * Anonymises a customer who is a person, in the caller's transaction: the record, its contacts,
 * every text of its interactions, tasks, notifications and rule firings, and the audit log's values.
 * Orders, their amounts and the analyses stay. Writes an 'erase' audit row.
 */
export async function anonymiseCustomer(
  db: Executor,
  caller: Caller,
  customer: PersonRecord,
  reason: ErasureReason,
): Promise<ErasedCounts> {
  const { id } = customer;
  const terms = await termsOf(db, 'customer', customer);
  const contactIds = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.customerId, id), isNull(contacts.anonymisedAt)));
  let contactCount = 0;
  for (const contact of contactIds) if (await anonymiseContact(db, caller, contact.id, reason)) contactCount++;
  const counts: ErasedCounts = {
    contacts: contactCount,
    interactions: await eraseTexts(
      db,
      interactions,
      [interactions.note, interactions.nextStep],
      eq(interactions.customerId, id),
      null,
    ),
    tasks: await eraseTexts(db, tasks, [tasks.title, tasks.notes], eq(tasks.customerId, id), null),
    notifications:
      (await eraseTexts(db, notifications, [notifications.title], eq(notifications.customerId, id), null)) +
      (await eraseTexts(db, notifications, [notifications.body], eq(notifications.customerId, id), terms)),
    ruleFirings: await eraseTexts(db, ruleFirings, [ruleFirings.title], eq(ruleFirings.customerId, id), null),
    auditEntries: 0,
  };
  await db
    .update(customers)
    .set({
      name: erasedName(id),
      externalId: null,
      phone: null,
      email: null,
      address: null,
      notes: null,
      tags: [],
      anonymisedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(customers.id, id));
  counts.auditEntries = await scrubAuditLog(
    db,
    [
      { entity: 'customer', ids: sql`${id}`, fields: personalCustomerFields },
      {
        entity: 'interaction',
        ids: idsOf(interactions, eq(interactions.customerId, id)),
        fields: ['note', 'nextStep'],
      },
      { entity: 'task', ids: idsOf(tasks, eq(tasks.customerId, id)), fields: ['title', 'notes'] },
      { entity: 'order', ids: idsOf(orders, eq(orders.customerId, id)), fields: [] },
    ],
    terms,
  );
  await recordAudit(db, {
    actor: caller,
    action: 'erase',
    entity: 'customer',
    entityId: id,
    after: { reason: reason, erased: counts },
  });
  return counts;
}
