import { and, eq } from 'drizzle-orm';
import { type Caller, roleOf } from '../auth/index.ts';
import { visibleTo } from '../customers/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { contacts, customers } from '../db/schema/index.ts';
import { AppError, forbidden, invalid, notFound } from '../server/errors.ts';
import { erasedName } from '../shared/erased-people.ts';
import { anonymiseContact, anonymiseCustomer, type ErasedCounts } from './anonymise.ts';

/** Only administrators (and the command line) erase a person's data: it cannot be undone. */
function checkMayErase(caller: Caller) {
  if (roleOf(caller) !== 'admin') throw forbidden("Only administrators erase a person's data");
}

/** The second confirmation: the person's current name typed again (the first is the request itself). */
function checkConfirmation(confirmName: string, name: string) {
  if (confirmName.trim() !== name.trim())
    throw invalid({ confirmName: "must be the person's current name, typed again to confirm" });
}

const alreadyErased = () => new AppError('conflict', "This person's data was already erased");

export interface Erasure {
  id: string;
  name: string;
  anonymisedAt: Date;
  erased: ErasedCounts;
}

/** Erases a customer who is a person (PIPL/GDPR), irreversibly, in one transaction; docs/privacy.md. */
export async function eraseCustomer(options: { db: Db; caller: Caller; id: string; confirmName: string }) {
  const { db, caller, id } = options;
  return db.transaction(async (tx): Promise<Erasure> => {
    const [customer] = await tx
      .select({
        id: customers.id,
        kind: customers.kind,
        name: customers.name,
        phone: customers.phone,
        email: customers.email,
        anonymisedAt: customers.anonymisedAt,
      })
      .from(customers)
      .where(and(eq(customers.id, id), visibleTo(caller)))
      .for('update');
    if (!customer) throw notFound('Customer');
    checkMayErase(caller);
    if (customer.kind !== 'person')
      throw new AppError('conflict', 'This customer is an organization, not a person: erase its contacts one by one');
    if (customer.anonymisedAt) throw alreadyErased();
    checkConfirmation(options.confirmName, customer.name);
    const erased = await anonymiseCustomer(tx, caller, customer, 'request');
    return { id, name: erasedName(id), anonymisedAt: await anonymisedAt(tx, 'customer', id), erased };
  });
}

/** Erases one contact of an organization, irreversibly, in one transaction. */
export async function eraseContact(options: { db: Db; caller: Caller; id: string; confirmName: string }) {
  const { db, caller, id } = options;
  return db.transaction(async (tx): Promise<Erasure> => {
    const [contact] = await tx
      .select({ name: contacts.name, anonymisedAt: contacts.anonymisedAt })
      .from(contacts)
      .innerJoin(customers, eq(customers.id, contacts.customerId))
      .where(and(eq(contacts.id, id), visibleTo(caller)));
    if (!contact) throw notFound('Contact');
    checkMayErase(caller);
    if (contact.anonymisedAt) throw alreadyErased();
    checkConfirmation(options.confirmName, contact.name);
    const erased = await anonymiseContact(tx, caller, id, 'request');
    if (!erased) throw alreadyErased();
    return { id, name: erasedName(id), anonymisedAt: await anonymisedAt(tx, 'contact', id), erased };
  });
}

async function anonymisedAt(db: Executor, kind: 'customer' | 'contact', id: string) {
  const table = kind === 'customer' ? customers : contacts;
  const [row] = await db.select({ at: table.anonymisedAt }).from(table).where(eq(table.id, id));
  return row.at as Date;
}
