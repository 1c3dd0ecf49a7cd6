import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/index.ts';
import { type Actor, managesTeam } from '../auth/index.ts';
import { getCustomer, visibleTo } from '../customers/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { contacts, customers, interactions, users } from '../db/schema/index.ts';
import { forbidden, invalid, notFound } from '../server/errors.ts';
import { dayEnd, dayStart } from '../shared/business-day.ts';
import { keyset } from '../shared/keyset.ts';
import type {
  CreateInteractionInput,
  InteractionFields,
  ListInteractionsQuery,
  UpdateInteractionInput,
} from './interactions.schema.ts';

const author = alias(users, 'author');

const interactionColumns = {
  id: interactions.id,
  customerId: interactions.customerId,
  customerName: customers.name,
  userId: interactions.userId,
  userName: author.name,
  contacts: sql<{ id: string; name: string }[]>`coalesce((
    SELECT json_agg(json_build_object('id', ${contacts.id}, 'name', ${contacts.name}) ORDER BY ${contacts.name})
    FROM ${contacts} WHERE ${contacts.id} = ANY(${interactions.contactIds})), '[]'::json)`,
  medium: interactions.medium,
  direction: interactions.direction,
  content: interactions.content,
  method: interactions.method,
  occurredAt: interactions.occurredAt,
  durationMinutes: interactions.durationMinutes,
  cost: interactions.cost,
  outcome: interactions.outcome,
  note: interactions.note,
  nextStep: interactions.nextStep,
  taskId: interactions.taskId,
  createdAt: interactions.createdAt,
  updatedAt: interactions.updatedAt,
};

type Row = Awaited<ReturnType<typeof selectInteractions>>[number];
const present = ({ customerName, userId, userName, ...row }: Row) => ({
  ...row,
  customer: { id: row.customerId, name: customerName },
  user: userId ? { id: userId, name: userName ?? '' } : null,
});
export type Interaction = ReturnType<typeof present>;

const selectInteractions = (db: Executor, where: SQL | undefined) =>
  db
    .select(interactionColumns)
    .from(interactions)
    .innerJoin(customers, eq(customers.id, interactions.customerId))
    .leftJoin(author, eq(author.id, interactions.userId))
    .where(where);

/** Interactions with the customers the actor may see, newest first. */
export async function listInteractions(options: { db: Db; actor: Actor; query: ListInteractionsQuery }) {
  const { db, actor, query } = options;
  const page = keyset({
    sort: '-occurredAt',
    columns: { occurredAt: interactions.occurredAt },
    timeKeys: ['occurredAt'],
    id: interactions.id,
    cursor: query.cursor,
    limit: query.limit,
  });
  const filters: (SQL | undefined)[] = [visibleTo(actor), page.after];
  if (query.customerId) filters.push(eq(interactions.customerId, query.customerId));
  if (query.userId) filters.push(eq(interactions.userId, query.userId));
  if (query.medium) filters.push(eq(interactions.medium, query.medium));
  if (query.from) filters.push(sql`${interactions.occurredAt} >= ${dayStart(query.from)}`);
  if (query.to) filters.push(sql`${interactions.occurredAt} < ${dayEnd(query.to)}`);
  const rows = await selectInteractions(db, and(...filters))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return page.page(rows.map(present));
}

/** One interaction whose customer the actor may see, else 404. */
export async function getInteraction(options: { db: Executor; actor: Actor; id: string }) {
  const [row] = await selectInteractions(options.db, and(eq(interactions.id, options.id), visibleTo(options.actor)));
  if (!row) throw notFound('Interaction');
  return present(row);
}

/** Contacts named in an interaction must be the customer's own. */
async function checkContacts(db: Executor, customerId: string, contactIds: string[] | undefined) {
  if (!contactIds?.length) return;
  const found = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.customerId, customerId), inArray(contacts.id, contactIds)));
  if (found.length !== new Set(contactIds).size)
    throw invalid({ contactIds: "must be contacts of this interaction's customer" });
}

/**
 * Records an interaction with a customer the actor may see (anyone who serves a customer may log
 * what they said and did). Inside the caller's transaction, so a task can be completed with it.
 */
export async function logInteraction(
  db: Executor,
  actor: Actor,
  customerId: string,
  input: InteractionFields,
  taskId: string | null = null,
) {
  await getCustomer({ db, actor, id: customerId });
  await checkContacts(db, customerId, input.contactIds);
  const [{ id }] = await db
    .insert(interactions)
    .values({
      ...input,
      contactIds: [...new Set(input.contactIds)],
      customerId,
      userId: actor.id,
      taskId,
      occurredAt: input.occurredAt ? new Date(input.occurredAt) : new Date(),
    })
    .returning({ id: interactions.id });
  const interaction = await getInteraction({ db, actor, id });
  await recordAudit(db, { actor, action: 'create', entity: 'interaction', entityId: id, after: interaction });
  return interaction;
}

export async function createInteraction(options: { db: Db; actor: Actor; input: CreateInteractionInput }) {
  const { customerId, ...fields } = options.input;
  return options.db.transaction((tx) => logInteraction(tx, options.actor, customerId, fields));
}

/** Whoever logged it, or a manager, may correct or remove an interaction. */
function checkMayChange(actor: Actor, interaction: Interaction) {
  if (interaction.user?.id !== actor.id && !managesTeam(actor))
    throw forbidden('Only who logged an interaction, or a manager, may change it');
}

export async function updateInteraction(options: { db: Db; actor: Actor; id: string; input: UpdateInteractionInput }) {
  const { db, actor, id, input } = options;
  return db.transaction(async (tx) => {
    const before = await getInteraction({ db: tx, actor, id });
    checkMayChange(actor, before);
    await checkContacts(tx, before.customerId, input.contactIds);
    const { occurredAt, contactIds, ...rest } = input;
    await tx
      .update(interactions)
      .set({
        ...rest,
        ...(contactIds ? { contactIds: [...new Set(contactIds)] } : {}),
        ...(occurredAt ? { occurredAt: new Date(occurredAt) } : {}),
        updatedAt: new Date(),
      })
      .where(eq(interactions.id, id));
    const after = await getInteraction({ db: tx, actor, id });
    await recordAudit(tx, { actor, action: 'update', entity: 'interaction', entityId: id, before, after });
    return after;
  });
}

export async function deleteInteraction(options: { db: Db; actor: Actor; id: string }) {
  const { db, actor, id } = options;
  await db.transaction(async (tx) => {
    const before = await getInteraction({ db: tx, actor, id });
    checkMayChange(actor, before);
    await tx.delete(interactions).where(eq(interactions.id, id));
    await recordAudit(tx, { actor, action: 'delete', entity: 'interaction', entityId: id, before });
  });
}
