import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import { erasedText } from '../shared/erased-people.ts';
import { termsRegExp } from './person-terms.ts';

/** Audit rows of one kind of record: those whose id `ids` selects (a subquery of ids as text). */
export interface AuditTarget {
  entity: string;
  ids: SQL;
  /** Fields whose values are the person's own: replaced whole by the placeholder. */
  fields: readonly string[];
}

type Changes = Record<string, { before: unknown; after: unknown }>;

const eraseValue = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0) ? value : erasedText;

/** Replaces the person's name, phone and email wherever they occur in a JSON value's strings. */
function scrubStrings(value: unknown, terms: RegExp | null): unknown {
  if (!terms) return value;
  if (typeof value === 'string') return value.replace(terms, erasedText);
  if (Array.isArray(value)) return value.map((item) => scrubStrings(item, terms));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubStrings(item, terms)]));
  return value;
}

function scrubChanges(changes: Changes, fields: readonly string[], terms: RegExp | null): Changes {
  return Object.fromEntries(
    Object.entries(changes).map(([field, { before, after }]) =>
      fields.includes(field)
        ? [field, { before: eraseValue(before), after: eraseValue(after) }]
        : [field, { before: scrubStrings(before, terms), after: scrubStrings(after, terms) }],
    ),
  );
}

/**
 * Removes a person's data from the audit log's before → after values of the records that held it
 * (who did what and when stays); returns how many rows changed.
 */
export async function scrubAuditLog(db: Executor, targets: AuditTarget[], terms: string[]): Promise<number> {
  const pattern = terms.length ? termsRegExp(terms) : null;
  let scrubbed = 0;
  for (const target of targets) {
    const rows = await db
      .select({ id: auditLog.id, changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.entity, target.entity), sql`${auditLog.entityId} IN (${target.ids})`));
    for (const row of rows) {
      const changes = scrubChanges(row.changes, target.fields, pattern);
      if (JSON.stringify(changes) === JSON.stringify(row.changes)) continue;
      await db.update(auditLog).set({ changes }).where(eq(auditLog.id, row.id));
      scrubbed++;
    }
  }
  return scrubbed;
}
