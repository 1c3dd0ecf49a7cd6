import { inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.ts';
import {
  analysisRuns,
  apiTokens,
  contactRules,
  contacts,
  customers,
  importJobs,
  interactions,
  orders,
  products,
  tasks,
  users,
  valuePyramids,
} from '../db/schema/index.ts';

/** Where the records an audit entry names are kept: their table, id and (if any) the customer they belong to. */
const recordTables: Record<string, { table: PgTable; id: PgColumn; customerId?: PgColumn }> = {
  customer: { table: customers, id: customers.id, customerId: customers.id },
  contact: { table: contacts, id: contacts.id, customerId: contacts.customerId },
  interaction: { table: interactions, id: interactions.id, customerId: interactions.customerId },
  task: { table: tasks, id: tasks.id, customerId: tasks.customerId },
  order: { table: orders, id: orders.id, customerId: orders.customerId },
  product: { table: products, id: products.id },
  contact_rule: { table: contactRules, id: contactRules.id },
  user: { table: users, id: users.id },
  // A calendar feed's entries name the user whose feed it is.
  calendar_feed: { table: users, id: users.id },
  api_token: { table: apiTokens, id: apiTokens.id },
  import: { table: importJobs, id: importJobs.id },
  analysis_run: { table: analysisRuns, id: analysisRuns.id },
  value_pyramid: { table: valuePyramids, id: valuePyramids.id },
};

/** The kinds of record the audit log names that are kept as rows (others: backups, settings, the demo). */
export const recordKinds = Object.keys(recordTables);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AuditRecord {
  /** False when the record was deleted since. */
  found: boolean;
  /** The customer the record belongs to, for customers, contacts, interactions, tasks and orders. */
  customerId: string | null;
}

/**
 * Whether the records a page of audit entries names still exist, and whose customer they are: one
 * query per kind of record on the page. Null for entries that name no stored record.
 */
export async function auditRecords(db: Executor, entries: { entity: string; entityId: string }[]) {
  const found = new Map<string, string | null>();
  const idsByKind = new Map<string, Set<string>>();
  for (const { entity, entityId } of entries) {
    if (!recordTables[entity] || !uuidPattern.test(entityId)) continue;
    idsByKind.set(entity, (idsByKind.get(entity) ?? new Set()).add(entityId));
  }
  for (const [kind, ids] of idsByKind) {
    const { table, id, customerId } = recordTables[kind];
    const rows = await db
      .select({ id, customerId: customerId ?? id })
      .from(table)
      .where(inArray(id, [...ids]));
    for (const row of rows) found.set(`${kind}:${row.id}`, customerId ? (row.customerId as string | null) : null);
  }
  return (entry: { entity: string; entityId: string }): AuditRecord | null => {
    if (!recordTables[entry.entity]) return null;
    const key = `${entry.entity}:${entry.entityId}`;
    return { found: found.has(key), customerId: found.get(key) ?? null };
  };
}
