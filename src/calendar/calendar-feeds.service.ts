import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import { type Actor, type Caller, hashSecret, newSecret } from '../auth/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { calendarFeeds, customers, tasks, users } from '../db/schema/index.ts';
import type { Language } from '../shared/language.ts';
import { tasksCalendar } from './task-calendar.ts';

/** A feed holds at most this many tasks (the soonest due): enough for any person, bounded for a runaway rule. */
const maxFeedTasks = 5000;

/** Creates the actor's calendar feed, or replaces its secret (the old URL stops working); the secret is returned once. */
export async function createCalendarFeed(options: { db: Db; actor: Actor }) {
  const { db, actor } = options;
  const secret = newSecret('gxc');
  await db.transaction(async (tx) => {
    await tx
      .insert(calendarFeeds)
      .values({ userId: actor.id, secretHash: hashSecret(secret) })
      .onConflictDoUpdate({
        target: calendarFeeds.userId,
        set: { secretHash: hashSecret(secret), createdAt: new Date() },
      });
    // Each new secret is a new credential; the secret itself is never recorded.
    await recordAudit(tx, { actor, action: 'create', entity: 'calendar_feed', entityId: actor.id, after: {} });
  });
  return { secret };
}

/** Revokes the actor's calendar feed: its URL answers 404 from now on. Revoking no feed is not an error. */
export async function revokeCalendarFeed(options: { db: Db; actor: Actor }) {
  const { db, actor } = options;
  await db.transaction((tx) => revokeUserCalendarFeed(tx, actor, actor.id));
}

/** Deletes a user's calendar feed, if any, in the caller's transaction; a later feed gets a new secret. */
export async function revokeUserCalendarFeed(tx: Executor, actor: Caller, userId: string) {
  const removed = await tx
    .delete(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId))
    .returning({ userId: calendarFeeds.userId });
  if (removed.length)
    await recordAudit(tx, { actor, action: 'delete', entity: 'calendar_feed', entityId: userId, before: {} });
  return removed.length > 0;
}

export async function calendarFeedStatus(options: { db: Db; actor: Actor }) {
  const [feed] = await options.db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, options.actor.id));
  return { active: Boolean(feed), createdAt: feed?.createdAt ?? null };
}

/** The iCalendar text of the feed behind `secret`, or undefined for an unknown or revoked secret or a disabled user. */
export async function calendarFeedText(options: {
  db: Db;
  secret: string;
  publicUrl?: string;
  /** The language the calendar app asks for, used while the owner has chosen none. */
  language: Language;
}) {
  const { db, secret } = options;
  const [owner] = await db
    .select({ id: users.id, name: users.name, language: users.language })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.secretHash, hashSecret(secret)), eq(users.disabled, false)));
  if (!owner) return undefined;
  const openTasks = await db
    .select({
      id: tasks.id,
      title: tasks.title,
      titleKey: tasks.titleKey,
      titleParams: tasks.titleParams,
      notes: tasks.notes,
      dueAt: tasks.dueAt,
      priority: tasks.priority,
      customerId: tasks.customerId,
      customerName: customers.name,
      createdAt: tasks.createdAt,
      updatedAt: tasks.updatedAt,
    })
    .from(tasks)
    .leftJoin(customers, eq(customers.id, tasks.customerId))
    .where(and(eq(tasks.assigneeId, owner.id), eq(tasks.status, 'open')))
    .orderBy(asc(tasks.dueAt), asc(tasks.id))
    .limit(maxFeedTasks);
  return tasksCalendar({
    userName: owner.name,
    tasks: openTasks,
    publicUrl: options.publicUrl,
    language: owner.language ?? options.language,
  });
}
