import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import type { Actor } from '../auth/index.ts';
import { getCustomer, getWritableCustomer, visibleTo } from '../customers/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { contacts, customers } from '../db/schema/index.ts';
import { invalid, notFound } from '../server/errors.ts';
import { personalContactFields, refuseRestoringErased } from '../shared/erased-people.ts';
import type { CreateContactInput, UpdateContactInput } from './contacts.schema.ts';

const contactColumns = {
  id: contacts.id,
  customerId: contacts.customerId,
  externalId: contacts.externalId,
  name: contacts.name,
  title: contacts.title,
  phone: contacts.phone,
  email: contacts.email,
  buyingRole: contacts.buyingRole,
  attitude: contacts.attitude,
  trust: contacts.trust,
  notes: contacts.notes,
  anonymisedAt: contacts.anonymisedAt,
  createdAt: contacts.createdAt,
  updatedAt: contacts.updatedAt,
};

/** The contacts of a customer the actor may see (404 otherwise). */
export async function listContacts(options: { db: Db; actor: Actor; customerId: string }) {
  const { db, actor, customerId } = options;
  await getCustomer({ db, actor, id: customerId });
  return db
    .select(contactColumns)
    .from(contacts)
    .where(eq(contacts.customerId, customerId))
    .orderBy(asc(contacts.name));
}

/** A contact whose customer the actor may see, else 404. */
export async function getContact(options: { db: Executor; actor: Actor; id: string }) {
  const [contact] = await options.db
    .select(contactColumns)
    .from(contacts)
    .innerJoin(customers, eq(customers.id, contacts.customerId))
    .where(and(eq(contacts.id, options.id), visibleTo(options.actor)));
  if (!contact) throw notFound('Contact');
  return contact;
}

export async function createContact(options: { db: Db; actor: Actor; customerId: string; input: CreateContactInput }) {
  const { db, actor, customerId, input } = options;
  return db.transaction(async (tx) => {
    const customer = await getWritableCustomer({ db: tx, actor, id: customerId });
    if (customer.kind !== 'organization')
      throw invalid({ customerId: 'contacts belong to organizations; this customer is a person' });
    const [contact] = await tx
      .insert(contacts)
      .values({ ...input, customerId })
      .returning(contactColumns);
    await recordAudit(tx, { actor, action: 'create', entity: 'contact', entityId: contact.id, after: contact });
    return contact;
  });
}

export async function updateContact(options: { db: Db; actor: Actor; id: string; input: UpdateContactInput }) {
  const { db, actor, id, input } = options;
  return db.transaction(async (tx) => {
    const before = await getContact({ db: tx, actor, id });
    await getWritableCustomer({ db: tx, actor, id: before.customerId });
    refuseRestoringErased(before, input, personalContactFields);
    const [after] = await tx
      .update(contacts)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(contacts.id, id))
      .returning(contactColumns);
    await recordAudit(tx, { actor, action: 'update', entity: 'contact', entityId: id, before, after });
    return after;
  });
}

export async function deleteContact(options: { db: Db; actor: Actor; id: string }) {
  const { db, actor, id } = options;
  await db.transaction(async (tx) => {
    const before = await getContact({ db: tx, actor, id });
    await getWritableCustomer({ db: tx, actor, id: before.customerId });
    await tx.delete(contacts).where(eq(contacts.id, id));
    await recordAudit(tx, { actor, action: 'delete', entity: 'contact', entityId: id, before });
  });
}
