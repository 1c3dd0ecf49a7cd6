import { sql } from 'drizzle-orm';
import { type Actor, managesTeam } from '../auth/index.ts';
import type { Db } from '../db/client.ts';
import { auditLog, tasks, users } from '../db/schema/index.ts';
import { notify } from '../notifications/index.ts';
import { forbidden } from '../server/errors.ts';
import { inLanguage, type Language, text } from '../shared/language.ts';
import type { NeglectTasksInput, NeglectTasksResult } from './neglect.schema.ts';
import { neglectedCustomers } from './neglect-report.ts';

type Outcome = 'make' | 'open_task' | 'no_owner' | 'not_yours';

/** A task's title in its assignee's language (theirs, else the caller's), made in SQL per customer. */
const titleSql = (days: number) => sql`CASE
  WHEN coalesce(c.language, c.caller_language) = 'zh-CN' THEN
    CASE WHEN c.last_interaction_at IS NULL THEN '联系' || c.name || '：从未联系过'
         ELSE '联系' || c.name || '：已 ' || c.days_since || ' 天未联系（超过 ' || ${days}::int || ' 天）' END
  ELSE
    CASE WHEN c.last_interaction_at IS NULL THEN 'Get in touch with ' || c.name || ': never contacted'
         ELSE 'Get in touch with ' || c.name || ': no contact for ' || c.days_since || ' days (over ' || ${days}::int || ')' END
  END`;

const toldTitle = (actorName: string, count: number, days: number) =>
  text(
    `${actorName} gave you ${count} follow-up tasks: customers not contacted for ${days} days`,
    `${actorName} 给你安排了 ${count} 个跟进任务：${days} 天未联系的客户`,
  );

/**
 * 为这些客户建任务: one follow-up task per neglected customer (of the report's filter, or the ones
 * picked), for the customer's relationship manager, due `dueDays` from now. Customers with an open
 * task already, without an active relationship manager, or — for a relationship manager — owned by
 * someone else are skipped and counted. Every task is audited; each other assignee is told once.
 * With `dryRun`, only the counts (the confirmation). One bulk action at a time, so that two at once
 * cannot both find a customer without an open task.
 */
export async function makeNeglectTasks(options: {
  db: Db;
  actor: Actor;
  input: NeglectTasksInput;
  language: Language;
}): Promise<NeglectTasksResult> {
  const { db, actor, input, language } = options;
  if (actor.role === 'service')
    throw forbidden('Only managers and relationship managers make tasks for neglected customers');
  const givesOthers = managesTeam(actor);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('guanxi.neglect_tasks'))`);
    const picked = input.customerIds ? sql`n.id = ANY(${`{${input.customerIds.join(',')}}`}::uuid[])` : sql`true`;
    const classified = sql`
      WITH neglected AS (${neglectedCustomers(actor, input)}),
      classified AS (
        SELECT n.id, n.name, n.owner_id, n.last_interaction_at, u.language, ${language}::text AS caller_language,
               floor(extract(epoch FROM now() - n.last_interaction_at) / 86400)::int AS days_since,
               CASE WHEN n.owner_id IS NULL OR u.disabled THEN 'no_owner'
                    WHEN NOT ${givesOthers}::boolean AND n.owner_id <> ${actor.id}::uuid THEN 'not_yours'
                    WHEN EXISTS (SELECT 1 FROM ${tasks} t WHERE t.customer_id = n.id AND t.status = 'open') THEN 'open_task'
                    ELSE 'make' END AS outcome
        FROM neglected n LEFT JOIN ${users} u ON u.id = n.owner_id
        WHERE ${picked})`;
    const made = input.dryRun
      ? sql`, made AS (SELECT owner_id AS assignee_id FROM classified WHERE outcome = 'make')`
      : sql`,
      made AS (
        INSERT INTO ${tasks} (title, customer_id, assignee_id, created_by_id, due_at, priority)
        SELECT ${titleSql(input.days)}, c.id, c.owner_id, ${actor.id}::uuid,
               now() + make_interval(days => ${input.dueDays}), 'normal'
        FROM classified c WHERE c.outcome = 'make'
        ORDER BY c.id
        RETURNING id, title, customer_id, assignee_id, due_at, priority, status),
      audited AS (
        INSERT INTO ${auditLog} (actor_id, action, entity, entity_id, changes)
        SELECT ${actor.id}::uuid, 'create', 'task', m.id::text,
               jsonb_build_object(
                 'title', jsonb_build_object('before', null, 'after', m.title),
                 'customerId', jsonb_build_object('before', null, 'after', m.customer_id),
                 'assigneeId', jsonb_build_object('before', null, 'after', m.assignee_id),
                 'dueAt', jsonb_build_object('before', null, 'after', to_jsonb(m.due_at)),
                 'priority', jsonb_build_object('before', null, 'after', m.priority),
                 'status', jsonb_build_object('before', null, 'after', m.status),
                 'origin', jsonb_build_object('before', null, 'after', 'neglect report'))
        FROM made m
        RETURNING 1)`;
    const [row] = (
      (await tx.execute(sql`${classified}${made}
        SELECT (SELECT coalesce(json_object_agg(outcome, n), '{}') FROM
                  (SELECT outcome, count(*)::int AS n FROM classified GROUP BY outcome) o) AS outcomes,
               (SELECT coalesce(json_agg(json_build_object('id', assignee_id, 'count', n)), '[]') FROM
                  (SELECT assignee_id, count(*)::int AS n FROM made GROUP BY assignee_id) a) AS assignees`)) as unknown as {
        rows: { outcomes: Partial<Record<Outcome, number>>; assignees: { id: string; count: number }[] }[];
      }
    ).rows;
    if (!input.dryRun) {
      const others = row.assignees.filter((assignee) => assignee.id !== actor.id);
      const people = others.length
        ? await tx
            .select({ id: users.id, language: users.language })
            .from(users)
            .where(sql`${users.id} = ANY(${`{${others.map((other) => other.id).join(',')}}`}::uuid[])`)
        : [];
      for (const assignee of others) {
        const reads = people.find((person) => person.id === assignee.id)?.language ?? language;
        await notify(tx, {
          userId: assignee.id,
          title: inLanguage(toldTitle(actor.name, assignee.count, input.days), reads),
        });
      }
    }
    return {
      made: row.outcomes.make ?? 0,
      openTask: row.outcomes.open_task ?? 0,
      noOwner: row.outcomes.no_owner ?? 0,
      notYours: row.outcomes.not_yours ?? 0,
      dryRun: input.dryRun,
    };
  });
}
