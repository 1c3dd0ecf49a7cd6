import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import { type Caller, isSystem, userIdOf } from '../auth/index.ts';
import type { Executor } from '../db/client.ts';
import { type auditActions, auditLog, users } from '../db/schema/index.ts';
import { dayEnd, dayStart } from '../shared/business-day.ts';
import { auditRecords } from './audit-records.ts';

type Row = Record<string, unknown>;
const hidden = new Set(['passwordHash', 'searchText', 'searchGrams', 'createdAt', 'updatedAt', 'owner']);

/** The fields that differ between two versions of a record, before → after. */
export function changedFields(before: Row | undefined, after: Row | undefined) {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (hidden.has(key)) continue;
    const was = normalise(before?.[key]);
    const now = normalise(after?.[key]);
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = { before: was, after: now };
  }
  return changes;
}

const normalise = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

export interface AuditEntry {
  actor: Caller;
  action: (typeof auditActions)[number];
  entity: string;
  entityId: string;
  before?: Row;
  after?: Row;
}

/** Writes one audit row in the caller's transaction; an update that changed nothing writes nothing. */
export async function recordAudit(db: Executor, entry: AuditEntry) {
  const changes = changedFields(entry.before, entry.after);
  if (entry.action === 'update' && Object.keys(changes).length === 0) return;
  await db.insert(auditLog).values({
    actorId: userIdOf(entry.actor),
    systemActor: isSystem(entry.actor) ? entry.actor.system : null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    changes,
  });
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  actorId?: string;
  systemActor?: string;
  /** Days (YYYY-MM-DD) in the business's time zone, both included. */
  from?: string;
  to?: string;
  limit: number;
  cursor?: number;
}

/** The audit log, newest first, by keyset pages of its id; each entry says whether its record is still there. */
export async function listAudit(db: Executor, query: AuditQuery) {
  const filters: SQL[] = [];
  if (query.entity) filters.push(eq(auditLog.entity, query.entity));
  if (query.entityId) filters.push(eq(auditLog.entityId, query.entityId));
  if (query.actorId) filters.push(eq(auditLog.actorId, query.actorId));
  if (query.systemActor) filters.push(eq(auditLog.systemActor, query.systemActor));
  if (query.from) filters.push(sql`${auditLog.at} >= ${dayStart(query.from)}`);
  if (query.to) filters.push(sql`${auditLog.at} < ${dayEnd(query.to)}`);
  if (query.cursor !== undefined) filters.push(lt(auditLog.id, query.cursor));
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: users.name,
      systemActor: auditLog.systemActor,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      changes: auditLog.changes,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...filters))
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const recordOf = await auditRecords(db, page);
  return {
    items: page.map((entry) => ({ ...entry, record: recordOf(entry) })),
    nextCursor: rows.length > query.limit ? String(page[page.length - 1].id) : null,
  };
}
