import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** What an audit row records; a text column, so adding one needs no migration. */
export const auditActions = ['create', 'update', 'delete', 'export', 'erase'] as const;

/**
 * Who changed what: one row per create, update or delete, with the changed fields before → after;
 * also who exported ('export') or erased ('erase') a person's data, without the data itself.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().default(sql`now()`),
    actorId: uuid('actor_id'),
    /** Set when no user acted: 'command line', 'scheduler' or another system actor. */
    systemActor: text('system_actor'),
    action: text('action', { enum: auditActions }).notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    changes: jsonb('changes').$type<Record<string, { before: unknown; after: unknown }>>().notNull(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_actor_idx').on(t.actorId)],
);
