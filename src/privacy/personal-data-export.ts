import { and, asc, eq, getTableColumns, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/index.ts';
import { type Caller, isSystem, roleOf } from '../auth/index.ts';
import { visibleTo } from '../customers/index.ts';
import type { Db, Executor } from '../db/client.ts';
import {
  analysisRuns,
  auditLog,
  contactRules,
  contacts,
  customerScores,
  customerShares,
  customers,
  interactions,
  notifications,
  orderLines,
  orders,
  products,
  ruleFirings,
  tasks,
  users,
} from '../db/schema/index.ts';
import { AppError, forbidden, notFound } from '../server/errors.ts';
import { personTerms, sqlTermsPattern } from './person-terms.ts';

const { searchText, searchGrams, phoneKey, emailKey, nameKey, ...customerColumns } = getTableColumns(customers);
/**
 * Contacts' search columns and duplicate keys are derived from their other fields (docs/search.md,
 * docs/duplicates.md): not exported either.
 */
const {
  searchText: contactSearchText,
  searchGrams: contactSearchGrams,
  phoneKey: contactPhoneKey,
  emailKey: contactEmailKey,
  nameKey: contactNameKey,
  ...contactColumns
} = getTableColumns(contacts);

/**
 * Administrators and managers export anyone's data; a relationship manager only that of the
 * customers they own (sharing lets them work with a customer, not hand out its data); service staff none.
 */
function checkMayExport(caller: Caller, ownerId: string | null) {
  const role = roleOf(caller);
  if (role === 'admin' || role === 'manager') return;
  if (role === 'relationship_manager' && !isSystem(caller) && ownerId === caller.id) return;
  throw forbidden("Only administrators, managers and the customer's own relationship manager export personal data");
}

/** The people around a customer: its owner and those it is shared with (names of our users). */
async function customerPeople(db: Executor, customerId: string, ownerId: string | null) {
  const owner = ownerId
    ? (await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, ownerId)))[0]
    : null;
  const sharedWith = await db
    .select({ id: users.id, name: users.name })
    .from(customerShares)
    .innerJoin(users, eq(users.id, customerShares.userId))
    .where(eq(customerShares.customerId, customerId))
    .orderBy(asc(users.name));
  return { owner: owner ?? null, sharedWith };
}

const selectInteractions = (db: Executor, where: SQL | undefined) =>
  db
    .select({ ...getTableColumns(interactions), userName: users.name })
    .from(interactions)
    .leftJoin(users, eq(users.id, interactions.userId))
    .where(where)
    .orderBy(asc(interactions.occurredAt));

const selectTasks = (db: Executor, where: SQL | undefined) =>
  db
    .select({ ...getTableColumns(tasks), assigneeName: users.name })
    .from(tasks)
    .innerJoin(users, eq(users.id, tasks.assigneeId))
    .where(where)
    .orderBy(asc(tasks.createdAt));

const selectNotifications = (db: Executor, where: SQL | undefined) =>
  db
    .select({ ...getTableColumns(notifications), userName: users.name })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(where)
    .orderBy(asc(notifications.createdAt));

const selectAudit = (db: Executor, where: SQL | undefined) =>
  db
    .select({ ...getTableColumns(auditLog), actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(asc(auditLog.id));

const about = (entity: string, ids: SQL) => and(eq(auditLog.entity, entity), sql`${auditLog.entityId} IN (${ids})`);

async function ordersWithLines(db: Executor, customerId: string) {
  const rows = await db.select().from(orders).where(eq(orders.customerId, customerId)).orderBy(asc(orders.orderedAt));
  const lines = rows.length
    ? await db
        .select({ ...getTableColumns(orderLines), productSku: products.sku, productName: products.name })
        .from(orderLines)
        .leftJoin(products, eq(products.id, orderLines.productId))
        .where(
          inArray(
            orderLines.orderId,
            rows.map((order) => order.id),
          ),
        )
        .orderBy(asc(orderLines.orderId), asc(orderLines.lineNo))
    : [];
  return rows.map((order) => ({ ...order, lines: lines.filter((line) => line.orderId === order.id) }));
}

const documentHead = (caller: Caller, subject: { type: 'customer' | 'contact'; id: string }) => ({
  format: 'guanxi.personal-data/1',
  exportedAt: new Date(),
  exportedBy: isSystem(caller) ? caller.system : caller.name,
  subject,
});

/** Everything held about a customer who is a person, as one JSON document; the export is audited. */
export async function exportCustomerData(options: { db: Db; caller: Caller; id: string }) {
  const { db, caller, id } = options;
  return db.transaction(async (tx) => {
    const [customer] = await tx
      .select(customerColumns)
      .from(customers)
      .where(and(eq(customers.id, id), visibleTo(caller)));
    if (!customer) throw notFound('Customer');
    checkMayExport(caller, customer.ownerId);
    if (customer.kind !== 'person')
      throw new AppError(
        'conflict',
        "This customer is an organization, not a person: export its contacts' data one by one",
      );
    const ofCustomer = (table: PgTable) => sql`SELECT id::text FROM ${table} WHERE customer_id = ${id}`;
    const document = {
      ...documentHead(caller, { type: 'customer', id }),
      customer,
      ...(await customerPeople(tx, id, customer.ownerId)),
      contacts: await tx
        .select(contactColumns)
        .from(contacts)
        .where(eq(contacts.customerId, id))
        .orderBy(asc(contacts.name)),
      interactions: await selectInteractions(tx, eq(interactions.customerId, id)),
      tasks: await selectTasks(tx, eq(tasks.customerId, id)),
      notifications: await selectNotifications(tx, eq(notifications.customerId, id)),
      contactRuleFirings: await tx
        .select({ ...getTableColumns(ruleFirings), ruleName: contactRules.name })
        .from(ruleFirings)
        .innerJoin(contactRules, eq(contactRules.id, ruleFirings.ruleId))
        .where(eq(ruleFirings.customerId, id))
        .orderBy(asc(ruleFirings.firedAt)),
      orders: await ordersWithLines(tx, id),
      analysisScores: await tx
        .select({ asOf: analysisRuns.asOf, ...getTableColumns(customerScores) })
        .from(customerScores)
        .innerJoin(analysisRuns, eq(analysisRuns.id, customerScores.runId))
        .where(eq(customerScores.customerId, id))
        .orderBy(asc(analysisRuns.asOf), asc(analysisRuns.createdAt)),
      auditLog: await selectAudit(
        tx,
        or(
          about('customer', sql`${id}`),
          about('contact', ofCustomer(contacts)),
          about('interaction', ofCustomer(interactions)),
          about('task', ofCustomer(tasks)),
          about('order', ofCustomer(orders)),
        ),
      ),
    };
    await recordAudit(tx, { actor: caller, action: 'export', entity: 'customer', entityId: id });
    return document;
  });
}

/**
 * Everything held about one contact: the record, the interactions they took part in, the
 * organisation's tasks and notifications that name them, and the audit entries about them.
 */
export async function exportContactData(options: { db: Db; caller: Caller; id: string }) {
  const { db, caller, id } = options;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ contact: contactColumns, organization: { id: customers.id, name: customers.name } })
      .from(contacts)
      .innerJoin(customers, eq(customers.id, contacts.customerId))
      .where(and(eq(contacts.id, id), visibleTo(caller)));
    if (!row) throw notFound('Contact');
    const [{ ownerId }] = await tx
      .select({ ownerId: customers.ownerId })
      .from(customers)
      .where(eq(customers.id, row.organization.id));
    checkMayExport(caller, ownerId);
    const { contact, organization } = row;
    const terms = personTerms(contact);
    const names = (...columns: SQL[]) =>
      terms.length ? or(...columns.map((column) => sql`${column} ~* ${sqlTermsPattern(terms)}`)) : sql`false`;
    const tookPart = sql`${interactions.contactIds} @> ARRAY[${id}]::uuid[]`;
    const document = {
      ...documentHead(caller, { type: 'contact', id }),
      contact,
      organization,
      interactions: await selectInteractions(tx, and(eq(interactions.customerId, organization.id), tookPart)),
      tasks: await selectTasks(
        tx,
        and(eq(tasks.customerId, organization.id), names(sql`${tasks.title}`, sql`${tasks.notes}`)),
      ),
      notifications: await selectNotifications(
        tx,
        and(
          eq(notifications.customerId, organization.id),
          names(sql`${notifications.title}`, sql`${notifications.body}`),
        ),
      ),
      auditLog: await selectAudit(
        tx,
        or(
          about('contact', sql`${id}`),
          about('interaction', sql`SELECT ${interactions.id}::text FROM ${interactions} WHERE ${tookPart}`),
        ),
      ),
    };
    await recordAudit(tx, { actor: caller, action: 'export', entity: 'contact', entityId: id });
    return document;
  });
}
