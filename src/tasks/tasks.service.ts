import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/index.ts';
import { type Actor, managesTeam } from '../auth/index.ts';
import { businessTimeZone } from '../config.ts';
import { ruleName, titleFor } from '../contact-rules/built-in-rules.ts';
import { getCustomer, visibleTo } from '../customers/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { contactRules, customers, interactions, tasks, users } from '../db/schema/index.ts';
import { logInteraction } from '../interactions/index.ts';
import { notify } from '../notifications/index.ts';
import { AppError, forbidden, invalid, notFound } from '../server/errors.ts';
import { keyset } from '../shared/keyset.ts';
import type { Language } from '../shared/language.ts';
import type {
  CompleteTaskInput,
  CreateTaskInput,
  ListTasksQuery,
  TaskScopeQuery,
  taskBuckets,
  UpdateTaskInput,
} from './tasks.schema.ts';

const assignee = alias(users, 'assignee');

const taskColumns = {
  id: tasks.id,
  title: tasks.title,
  notes: tasks.notes,
  customerId: tasks.customerId,
  customerName: customers.name,
  assigneeId: tasks.assigneeId,
  assigneeName: assignee.name,
  dueAt: tasks.dueAt,
  priority: tasks.priority,
  status: tasks.status,
  titleKey: tasks.titleKey,
  titleParams: tasks.titleParams,
  ruleId: tasks.ruleId,
  rule: {
    systemKey: contactRules.systemKey,
    name: contactRules.name,
    titleTemplate: contactRules.titleTemplate,
    delayDays: contactRules.delayDays,
    days: contactRules.days,
  },
  eventKey: tasks.eventKey,
  completedAt: tasks.completedAt,
  interactionId: sql<
    string | null
  >`(SELECT ${interactions.id} FROM ${interactions} WHERE ${interactions.taskId} = ${tasks.id} ORDER BY ${interactions.createdAt} LIMIT 1)`,
  createdAt: tasks.createdAt,
  updatedAt: tasks.updatedAt,
};

type Row = Awaited<ReturnType<typeof selectTasks>>[number];
/** A task for this reader: the title and rule name a built-in rule made are in their language. */
const present =
  (language: Language) =>
  ({ customerId, customerName, assigneeId, assigneeName, ruleId, rule, titleKey, titleParams, ...row }: Row) => ({
    ...row,
    title: titleFor({ title: row.title, titleKey, titleParams, customerName }, language),
    customer: customerId ? { id: customerId, name: customerName ?? '' } : null,
    assignee: { id: assigneeId, name: assigneeName },
    rule: ruleId && rule ? { id: ruleId, name: ruleName(rule, language) } : null,
  });
export type Task = ReturnType<ReturnType<typeof present>>;

const selectTasks = (db: Executor, where: SQL | undefined) =>
  db
    .select(taskColumns)
    .from(tasks)
    .innerJoin(assignee, eq(assignee.id, tasks.assigneeId))
    .leftJoin(customers, eq(customers.id, tasks.customerId))
    .leftJoin(contactRules, eq(contactRules.id, tasks.ruleId))
    .where(where);

/**
 * The tasks the actor may see: all for managers and admins; otherwise their own tasks and the tasks
 * of customers they may see.
 */
function taskVisibleTo(actor: Actor): SQL | undefined {
  if (managesTeam(actor)) return undefined;
  return sql`(${tasks.assigneeId} = ${actor.id} OR (${tasks.customerId} IS NOT NULL AND ${visibleTo(actor) ?? sql`true`}))`;
}

/**
 * `mine`: assigned to the actor; `team`: anyone's (managers), optionally one person's. Anyone may
 * see everyone's tasks of one customer they may see (the customer page).
 */
function scopeCondition(actor: Actor, query: TaskScopeQuery & { customerId?: string }): SQL | undefined {
  if (query.scope === 'mine') return eq(tasks.assigneeId, actor.id);
  if (!managesTeam(actor) && !query.customerId) throw forbidden("Only managers see the team's tasks");
  return query.assigneeId ? eq(tasks.assigneeId, query.assigneeId) : undefined;
}

const todayStart = sql`(date_trunc('day', now() AT TIME ZONE ${businessTimeZone}) AT TIME ZONE ${businessTimeZone})`;
const tomorrowStart = sql`(${todayStart} + interval '1 day')`;

function bucketCondition(bucket: (typeof taskBuckets)[number]): SQL {
  const open = sql`${tasks.status} = 'open'`;
  if (bucket === 'overdue') return sql`${open} AND ${tasks.dueAt} < ${todayStart}`;
  if (bucket === 'today') return sql`${open} AND ${tasks.dueAt} >= ${todayStart} AND ${tasks.dueAt} < ${tomorrowStart}`;
  return sql`${open} AND ${tasks.dueAt} >= ${tomorrowStart}`;
}

/** Tasks in due order (the soonest first). */
export async function listTasks(options: { db: Db; actor: Actor; query: ListTasksQuery; language?: Language }) {
  const { db, actor, query, language = 'en' } = options;
  const page = keyset({
    sort: 'dueAt',
    columns: { dueAt: tasks.dueAt },
    timeKeys: ['dueAt'],
    id: tasks.id,
    cursor: query.cursor,
    limit: query.limit,
  });
  const filters: (SQL | undefined)[] = [taskVisibleTo(actor), scopeCondition(actor, query), page.after];
  if (query.customerId) filters.push(eq(tasks.customerId, query.customerId));
  if (query.status) filters.push(eq(tasks.status, query.status));
  if (query.bucket) filters.push(bucketCondition(query.bucket));
  if (query.ruleId) filters.push(eq(tasks.ruleId, query.ruleId));
  const rows = await selectTasks(db, and(...filters))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return page.page(rows.map(present(language)));
}

/** How many open tasks are overdue, due today and upcoming: the counts in the navigation. */
export async function countTasks(options: { db: Db; actor: Actor; query: TaskScopeQuery }) {
  const { db, actor, query } = options;
  const [counts] = await db
    .select({
      overdue: sql<number>`count(*) FILTER (WHERE ${bucketCondition('overdue')})::int`,
      today: sql<number>`count(*) FILTER (WHERE ${bucketCondition('today')})::int`,
      upcoming: sql<number>`count(*) FILTER (WHERE ${bucketCondition('upcoming')})::int`,
    })
    .from(tasks)
    .leftJoin(customers, eq(customers.id, tasks.customerId))
    .where(and(taskVisibleTo(actor), scopeCondition(actor, query), eq(tasks.status, 'open')));
  return counts;
}

export async function getTask(options: { db: Executor; actor: Actor; id: string; language?: Language }) {
  const [row] = await selectTasks(options.db, and(eq(tasks.id, options.id), taskVisibleTo(options.actor)));
  if (!row) throw notFound('Task');
  return present(options.language ?? 'en')(row);
}

/** Only managers give tasks to someone else; the assignee must be an active user. */
async function checkAssignee(db: Executor, actor: Actor, assigneeId: string) {
  if (assigneeId !== actor.id && !managesTeam(actor)) throw forbidden('Only managers assign tasks to someone else');
  const [user] = await db.select({ disabled: users.disabled }).from(users).where(eq(users.id, assigneeId));
  if (!user || user.disabled) throw invalid({ assigneeId: 'must be an active user' });
}

function checkMayChange(actor: Actor, task: Task) {
  if (task.assignee.id !== actor.id && !managesTeam(actor))
    throw forbidden('Only the assignee or a manager may change a task');
}

export async function createTask(options: { db: Db; actor: Actor; input: CreateTaskInput; language?: Language }) {
  const { db, actor, input, language } = options;
  return db.transaction(async (tx) => {
    if (input.customerId) await getCustomer({ db: tx, actor, id: input.customerId });
    const assigneeId = input.assigneeId ?? actor.id;
    await checkAssignee(tx, actor, assigneeId);
    const [{ id }] = await tx
      .insert(tasks)
      .values({ ...input, assigneeId, createdById: actor.id, dueAt: new Date(input.dueAt) })
      .returning({ id: tasks.id });
    const task = await getTask({ db: tx, actor, id, language });
    await recordAudit(tx, { actor, action: 'create', entity: 'task', entityId: id, after: task });
    await tellAssignee(tx, actor, task);
    return task;
  });
}

export async function updateTask(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: UpdateTaskInput;
  language?: Language;
}) {
  const { db, actor, id, input, language } = options;
  return db.transaction(async (tx) => {
    const before = await getTask({ db: tx, actor, id, language });
    checkMayChange(actor, before);
    if (input.assigneeId && input.assigneeId !== before.assignee.id) await checkAssignee(tx, actor, input.assigneeId);
    if (before.status === 'done' && input.status)
      throw new AppError('conflict', 'This task is done; it can no longer be reopened or cancelled');
    const { dueAt, ...rest } = input;
    await tx
      .update(tasks)
      .set({ ...rest, ...(dueAt ? { dueAt: new Date(dueAt) } : {}), updatedAt: new Date() })
      .where(eq(tasks.id, id));
    const after = await getTask({ db: tx, actor, id, language });
    await recordAudit(tx, { actor, action: 'update', entity: 'task', entityId: id, before, after });
    if (after.assignee.id !== before.assignee.id) await tellAssignee(tx, actor, after);
    return after;
  });
}

/** Someone who is given a task by another is told so (the bell, and email when configured). */
async function tellAssignee(db: Executor, actor: Actor, task: Task) {
  if (task.assignee.id === actor.id) return;
  await notify(db, {
    userId: task.assignee.id,
    title: task.title,
    body: `${actor.name} → ${task.assignee.name}`,
    customerId: task.customer?.id,
    taskId: task.id,
  });
}

/** Marks a task done and, when given, logs the interaction that did it, in one transaction. */
export async function completeTask(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: CompleteTaskInput;
  language?: Language;
}) {
  const { db, actor, id, input, language } = options;
  return db.transaction(async (tx) => {
    const before = await getTask({ db: tx, actor, id, language });
    checkMayChange(actor, before);
    if (before.status !== 'open')
      throw new AppError(
        'conflict',
        before.status === 'done' ? 'This task is already done' : 'This task is already cancelled',
      );
    if (input.interaction) {
      if (!before.customer) throw invalid({ interaction: 'this task has no customer to log an interaction with' });
      await logInteraction(tx, actor, before.customer.id, input.interaction, id);
    }
    await tx
      .update(tasks)
      .set({ status: 'done', completedAt: new Date(), completedById: actor.id, updatedAt: new Date() })
      .where(eq(tasks.id, id));
    const after = await getTask({ db: tx, actor, id, language });
    await recordAudit(tx, { actor, action: 'update', entity: 'task', entityId: id, before, after });
    return after;
  });
}
