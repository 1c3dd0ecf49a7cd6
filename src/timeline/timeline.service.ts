import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/index.ts';
import { ruleName, titleFor } from '../contact-rules/built-in-rules.ts';
import { getCustomer } from '../customers/index.ts';
import { type Db, selectRows } from '../db/client.ts';
import type { RuleTitleParams } from '../db/schema/index.ts';
import { AppError } from '../server/errors.ts';
import { decodeCursor, encodeCursor } from '../shared/cursor.ts';
import { timelineKinds } from '../shared/domain.ts';
import type { Language } from '../shared/language.ts';
import { timelineSources } from './sources.ts';
import type { TimelineQuery } from './timeline.schema.ts';

interface Entry {
  kind: (typeof timelineKinds)[number];
  id: string;
  at: Date;
  data: Record<string, unknown>;
}

/** One feed of everything that happened with a customer the actor may see, newest first, keyset-paged by (at, id). */
export async function customerTimeline(options: {
  db: Db;
  actor: Actor;
  customerId: string;
  query: TimelineQuery;
  language: Language;
}) {
  const { db, actor, customerId, query, language } = options;
  await getCustomer({ db, actor, id: customerId });
  const kinds = query.kinds?.length ? [...new Set(query.kinds)] : timelineKinds;
  const union = sql.join(
    kinds.map((kind) => sql`(${timelineSources[kind](customerId)})`),
    sql` UNION ALL `,
  );
  const last = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (last && Number.isNaN(Date.parse(last.value ?? '')))
    throw new AppError('validation_failed', 'Invalid cursor', { cursor: 'is not a cursor from this timeline' });
  const after = last ? sql`WHERE (e.at, e.id::text) < (${last.value}::timestamptz, ${last.id})` : sql``;
  const rows = await selectRows<{ kind: Entry['kind']; id: string; at: string | Date; data: Entry['data'] }>(
    db,
    sql`SELECT e.kind, e.id::text AS id, e.at, e.data FROM (${union}) e ${after}
        ORDER BY e.at DESC, e.id::text DESC LIMIT ${query.limit + 1}`,
  );
  const items: Entry[] = rows.slice(0, query.limit).map((row) => ({
    ...row,
    at: new Date(row.at),
    data: row.kind === 'task' ? taskData(row.data, language) : row.data,
  }));
  const lastItem = items[items.length - 1];
  return { items, nextCursor: rows.length > query.limit ? encodeCursor(lastItem.at, lastItem.id) : null };
}

interface TaskData {
  title: string;
  titleKey: string | null;
  titleParams: RuleTitleParams | null;
  customerName: string;
  rule: { id: string; name: string | null; systemKey: string | null; delayDays: number; days: number | null } | null;
  [key: string]: unknown;
}

/** A task as the reader sees it: a built-in rule's title and name in their language. */
function taskData(data: Entry['data'], language: Language): Entry['data'] {
  const { titleKey, titleParams, customerName, rule, ...task } = data as TaskData;
  return {
    ...task,
    title: titleFor({ title: task.title, titleKey, titleParams, customerName }, language),
    rule: rule && { id: rule.id, name: ruleName({ ...rule, titleTemplate: null }, language) },
  };
}
