import { and, count, eq, isNull, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/index.ts';
import { bodyFor, titleFor } from '../contact-rules/built-in-rules.ts';
import type { Executor } from '../db/client.ts';
import { customers, notifications } from '../db/schema/index.ts';
import { notFound } from '../server/errors.ts';
import { keyset } from '../shared/keyset.ts';
import type { Language } from '../shared/language.ts';
import type { ListNotificationsQuery } from './notifications.schema.ts';

/** What another context tells a user; it shows in the app's bell and is emailed when SMTP is configured. */
export interface NotificationInput {
  userId: string;
  title: string;
  body?: string | null;
  customerId?: string | null;
  taskId?: string | null;
}

/** Notifies one user, in the caller's transaction when given one; returns the new notification's id. */
export async function notify(db: Executor, input: NotificationInput): Promise<{ id: string }> {
  const [row] = await db
    .insert(notifications)
    .values({
      userId: input.userId,
      title: input.title,
      body: input.body ?? null,
      customerId: input.customerId ?? null,
      taskId: input.taskId ?? null,
    })
    .returning({ id: notifications.id });
  return row;
}

const notificationColumns = {
  id: notifications.id,
  title: notifications.title,
  titleKey: notifications.titleKey,
  titleParams: notifications.titleParams,
  body: notifications.body,
  customerId: notifications.customerId,
  customerName: customers.name,
  taskId: notifications.taskId,
  readAt: notifications.readAt,
  createdAt: notifications.createdAt,
};

const selectNotifications = (db: Executor) =>
  db.select(notificationColumns).from(notifications).leftJoin(customers, eq(customers.id, notifications.customerId));

type Row = Awaited<ReturnType<ReturnType<typeof selectNotifications>['execute']>>[number];

/** A notification for this reader: what a built-in rule made is in their language. */
export const presentNotification =
  (language: Language) =>
  ({ titleKey, titleParams, ...row }: Row) => ({
    ...row,
    title: titleFor({ ...row, titleKey, titleParams }, language),
    body: bodyFor({ ...row, titleKey, titleParams }, language),
  });

/** The caller's own notifications, newest first. */
export async function listNotifications(options: {
  db: Executor;
  actor: Actor;
  query: ListNotificationsQuery;
  language: Language;
}) {
  const { db, actor, query, language } = options;
  const page = keyset({
    sort: '-createdAt',
    columns: { createdAt: notifications.createdAt },
    timeKeys: ['createdAt'],
    id: notifications.id,
    cursor: query.cursor,
    limit: query.limit,
  });
  const filters: (SQL | undefined)[] = [eq(notifications.userId, actor.id), page.after];
  if (query.unread) filters.push(isNull(notifications.readAt));
  const rows = await selectNotifications(db)
    .where(and(...filters))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return page.page(rows.map(presentNotification(language)));
}

export async function countUnread(options: { db: Executor; actor: Actor }) {
  const [row] = await options.db
    .select({ count: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, options.actor.id), isNull(notifications.readAt)));
  return { count: row.count };
}

/** Marks one of the caller's notifications read (again: keeps the first time); another's answers 404. */
export async function markRead(options: { db: Executor; actor: Actor; id: string }) {
  const { db, actor, id } = options;
  const own = and(eq(notifications.id, id), eq(notifications.userId, actor.id));
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(own, isNull(notifications.readAt)));
  const [row] = await selectNotifications(db).where(own);
  if (!row) throw notFound('Notification');
  return row;
}

/** Marks all the caller's unread notifications read; answers how many were. */
export async function markAllRead(options: { db: Executor; actor: Actor }) {
  const rows = await options.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, options.actor.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { count: rows.length };
}
