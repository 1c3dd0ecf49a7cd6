import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import { type Actor, mayAssignOwners, mayWriteCustomers } from '../auth/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { contacts, customers, orders } from '../db/schema/index.ts';
import { AppError, forbidden, invalid, notFound } from '../server/errors.ts';
import { personalCustomerFields, refuseRestoringErased } from '../shared/erased-people.ts';
import {
  activeUserIds,
  type Customer,
  findVisibleCustomer,
  listVisibleCustomers,
  replaceShares,
} from './customers.repo.ts';
import type { CreateCustomerInput, ListCustomersQuery, UpdateCustomerInput } from './customers.schema.ts';

export const listCustomers = (options: { db: Db; actor: Actor; query: ListCustomersQuery }) =>
  listVisibleCustomers(options.db, options.actor, options.query);

export async function getCustomer(options: { db: Executor; actor: Actor; id: string }): Promise<Customer> {
  const customer = await findVisibleCustomer(options.db, options.actor, options.id);
  if (!customer) throw notFound('Customer');
  return customer;
}

/** A customer the actor may change: 404 when they may not see it, 403 when they may only read it. */
export async function getWritableCustomer(options: { db: Executor; actor: Actor; id: string }) {
  const customer = await getCustomer(options);
  if (!mayWriteCustomers(options.actor)) throw forbidden('Service staff read customers but do not change them');
  return customer;
}

async function checkReferences(db: Executor, actor: Actor, input: UpdateCustomerInput, current: Customer | undefined) {
  if (input.ownerId !== undefined && input.ownerId !== (current?.ownerId ?? actor.id) && !mayAssignOwners(actor))
    throw forbidden('Only managers assign customers to relationship managers');
  const userIds = [...(input.ownerId ? [input.ownerId] : []), ...(input.sharedWithIds ?? [])];
  const active = await activeUserIds(db, userIds);
  if (input.ownerId && !active.has(input.ownerId)) throw invalid({ ownerId: 'is not an active user' });
  const unknown = (input.sharedWithIds ?? []).filter((id) => !active.has(id));
  if (unknown.length) throw invalid({ sharedWithIds: `not active users: ${unknown.join(', ')}` });
  if (input.referredById) {
    if (input.referredById === current?.id) throw invalid({ referredById: 'a customer cannot refer itself' });
    if (!(await findVisibleCustomer(db, actor, input.referredById)))
      throw invalid({ referredById: 'is not a customer you can see' });
  }
}

export async function createCustomer(options: { db: Db; actor: Actor; input: CreateCustomerInput }) {
  const { db, actor } = options;
  if (!mayWriteCustomers(actor)) throw forbidden('Service staff read customers but do not change them');
  const { sharedWithIds, ...fields } = options.input;
  const input = { ...fields, ownerId: fields.ownerId === undefined ? actor.id : fields.ownerId };
  return db.transaction(async (tx) => {
    await checkReferences(tx, actor, { ...input, sharedWithIds }, undefined);
    const [{ id }] = await tx
      .insert(customers)
      .values({ ...input, archivedAt: input.archived ? new Date() : null })
      .returning({ id: customers.id });
    await replaceShares(tx, id, sharedWithIds);
    const created = (await findVisibleCustomer(tx, { ...actor, role: 'admin' }, id))!;
    await recordAudit(tx, { actor, action: 'create', entity: 'customer', entityId: id, after: created });
    return created;
  });
}

export async function updateCustomer(options: { db: Db; actor: Actor; id: string; input: UpdateCustomerInput }) {
  const { db, actor, id } = options;
  return db.transaction(async (tx) => {
    const before = await getWritableCustomer({ db: tx, actor, id });
    const { sharedWithIds, ...fields } = options.input;
    refuseRestoringErased(before, fields, personalCustomerFields);
    await checkReferences(tx, actor, options.input, before);
    if (
      fields.kind === 'person' &&
      before.kind === 'organization' &&
      (await tx.$count(contacts, eq(contacts.customerId, id)))
    )
      throw invalid({ kind: 'a customer with contacts must stay an organization' });
    await tx
      .update(customers)
      .set({ ...fields, ...archivedAtChange(before.archived, fields.archived), updatedAt: new Date() })
      .where(eq(customers.id, id));
    if (sharedWithIds) await replaceShares(tx, id, sharedWithIds);
    const after = (await findVisibleCustomer(tx, { ...actor, role: 'admin' }, id))!;
    await recordAudit(tx, { actor, action: 'update', entity: 'customer', entityId: id, before, after });
    return after;
  });
}

/** Archiving records when (the retention of contacts' personal data counts from it); unarchiving clears it. */
function archivedAtChange(was: boolean, archived: boolean | undefined) {
  if (archived === undefined || archived === was) return {};
  return { archivedAt: archived ? new Date() : null };
}

export async function deleteCustomer(options: { db: Db; actor: Actor; id: string }) {
  const { db, actor, id } = options;
  await db.transaction(async (tx) => {
    const before = await getWritableCustomer({ db: tx, actor, id });
    if (await tx.$count(orders, eq(orders.customerId, id)))
      throw new AppError('conflict', 'This customer has orders; archive it instead of deleting it');
    const deleted = await tx.delete(customers).where(eq(customers.id, id)).returning({ id: customers.id });
    if (!deleted.length) throw new AppError('conflict', 'The customer was changed meanwhile; try again');
    await recordAudit(tx, { actor, action: 'delete', entity: 'customer', entityId: id, before });
  });
}
