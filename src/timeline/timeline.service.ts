import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/index.ts';
import { getCustomer } from '../customers/index.ts';
import { type Db, selectRows } from '../db/client.ts';
import { AppError } from '../server/errors.ts';
import { decodeCursor, encodeCursor } from '../shared/cursor.ts';
import { timelineKinds } from '../shared/domain.ts';
import { timelineSources } from './sources.ts';
import type { TimelineQuery } from './timeline.schema.ts';

interface Entry {
  kind: (typeof timelineKinds)[number];
  id: string;
  at: Date;
  data: Record<string, unknown>;
}

/** One feed of everything that happened with a customer the actor may see, newest first, keyset-paged by (at, id). */
export async function customerTimeline(options: { db: Db; actor: Actor; customerId: string; query: TimelineQuery }) {
  const { db, actor, customerId, query } = options;
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
  const items: Entry[] = rows.slice(0, query.limit).map((row) => ({ ...row, at: new Date(row.at) }));
  const lastItem = items[items.length - 1];
  return { items, nextCursor: rows.length > query.limit ? encodeCursor(lastItem.at, lastItem.id) : null };
}
