import { asc, eq, type SQL, sql } from 'drizzle-orm';
import { businessTimeZone } from '../config.ts';
import { type Db, selectRows } from '../db/client.ts';
import {
  analysisRuns,
  contactRules,
  customerScores,
  customers,
  notifications,
  ruleFirings,
  tasks,
  users,
} from '../db/schema/index.ts';
import type { Language } from '../shared/language.ts';
import { builtInTitle, ruleName } from './built-in-rules.ts';
import { type ContactRule, triggerEvents } from './trigger-events.ts';

const list = (values: readonly string[]) =>
  sql`(${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )})`;

/** The rule's conditions on the customer (`customers`) and their latest scores (`s`, null when never analysed). */
function conditions(rule: ContactRule): SQL[] {
  const { segments, abcClasses, stages, quadrants, tier, tags, ownerIds } = rule.conditions;
  const where: SQL[] = [];
  if (segments?.length) where.push(sql`s.rfm_segment IN ${list(segments)}`);
  if (abcClasses?.length) where.push(sql`s.abc_class IN ${list(abcClasses)}`);
  if (stages?.length) where.push(sql`s.loyalty_stage IN ${list(stages)}`);
  if (quadrants?.length) where.push(sql`s.value_quadrant IN ${list(quadrants)}`);
  if (tier)
    where.push(sql`s.pyramid_tiers[(SELECT array_position(r.pyramid_ids, ${tier.pyramidId}::uuid)
      FROM ${analysisRuns} r WHERE r.id = s.run_id)] IN ${list(tier.tiers.map(String))}`);
  if (tags?.length)
    where.push(
      sql`${customers.tags} && ARRAY[${sql.join(
        tags.map((tag) => sql`${tag}`),
        sql`, `,
      )}]::text[]`,
    );
  if (ownerIds?.length) where.push(sql`${customers.ownerId} IN ${list(ownerIds)}`);
  return where;
}

/** `{customer}`, `{order}`, `{days}` and `{value}` of a title template, filled from the event. */
const fillTitle = (template: SQL) =>
  sql`replace(replace(replace(replace(${template}, '{customer}', ${customers.name}),
        '{order}', coalesce(e.order_ref, '')), '{days}', coalesce(e.days::text, '')), '{value}', coalesce(e.value, ''))`;

/**
 * The stored copy of a firing's title, in its assignee's language when the rule's title is the
 * built-in one (readers still see it in their own: titleFor), else the rule's own template.
 */
function storedTitle(rule: ContactRule): SQL {
  const shipped = rule.titleTemplate === null ? builtInTitle(rule.systemKey) : undefined;
  if (!shipped) return fillTitle(sql`${rule.titleTemplate ?? ''}`);
  return fillTitle(sql`CASE WHEN owner.language = 'zh-CN' THEN ${shipped.zh} ELSE ${shipped.en} END`);
}

/** What a built-in rule's title and name need at reading time besides the customer's current name. */
function titleParams(rule: ContactRule): SQL {
  if (!rule.systemKey) return sql`NULL::jsonb`;
  return sql`jsonb_build_object('order', e.order_ref, 'days', e.days, 'value', e.value,
    'delayDays', ${rule.delayDays}::int, 'ruleDays', ${rule.days}::int,
    'builtInTitle', ${rule.titleTemplate === null}::boolean, 'builtInName', ${rule.name === null}::boolean)`;
}

export interface RuleOutcome {
  ruleId: string;
  name: string;
  events: number;
  tasks: number;
  notifications: number;
}

/**
 * Acts once on each new trigger event of one rule, in one statement: the events that meet the
 * conditions and whose customer has an active owner are recorded in `rule_firings`; only the rows
 * that insert (not those another pass or process already recorded) make a task for the owner and a
 * notification, due `dueDays` after the pass's moment. Several processes may run this at once: the primary key lets one of them win.
 * The tasks and notifications are made from the firings' RETURNING rows alone (no join back to the
 * events, which the planner cannot estimate and would join row by row), and events already acted
 * on are left to ON CONFLICT, not to a NOT EXISTS that would probe the index as it grows.
 */
export async function applyRule(
  db: Db,
  rule: ContactRule,
  asOf: Date,
  language: Language = 'en',
): Promise<RuleOutcome> {
  const latestRun = sql`(SELECT id FROM ${analysisRuns}
    WHERE as_of <= (${asOf.toISOString()}::timestamptz AT TIME ZONE ${businessTimeZone})::date
    ORDER BY as_of DESC, created_at DESC LIMIT 1)`;
  // A task is due dueDays after it is made (the pass's moment), not after the event: a task made by
  // a catch-up pass days after its action time is not born overdue.
  const made = sql`${asOf.toISOString()}::timestamptz`;
  const where = [sql`NOT ${customers.archived}`, sql`NOT owner.disabled`, ...conditions(rule)];
  const [row] = await selectRows<{ events: number; tasks: number; notifications: number }>(
    db,
    sql`WITH events AS MATERIALIZED (${triggerEvents(rule, asOf)}),
      eligible AS MATERIALIZED (
        SELECT e.event_key, e.customer_id, e.event_at, e.action_at, ${customers.ownerId} AS owner_id,
               ${storedTitle(rule)} AS title, ${titleParams(rule)} AS title_params,
               CASE WHEN owner.language = 'zh-CN' THEN ${ruleName(rule, 'zh-CN')} ELSE ${ruleName(rule, 'en')} END AS body,
               gen_random_uuid() AS task_id
        FROM events e
        JOIN ${customers} ON ${customers.id} = e.customer_id
        JOIN ${users} owner ON owner.id = ${customers.ownerId}
        LEFT JOIN ${customerScores} s ON s.customer_id = e.customer_id AND s.run_id = ${latestRun}
        WHERE ${sql.join(where, sql` AND `)}),
      fired AS (
        INSERT INTO ${ruleFirings} (rule_id, event_key, customer_id, event_at, action_at, assignee_id, title, task_id)
        SELECT ${rule.id}, event_key, customer_id, event_at, action_at, owner_id, title,
               ${rule.createTask ? sql`task_id` : sql`NULL::uuid`}
        FROM eligible
        ON CONFLICT DO NOTHING
        RETURNING event_key, customer_id, action_at, assignee_id, title, task_id),
      texts AS (SELECT event_key, title_params, body FROM eligible),
      made AS (
        INSERT INTO ${tasks} (id, title, title_key, title_params, customer_id, assignee_id, due_at, priority, rule_id, event_key)
        SELECT task_id, title, ${rule.systemKey}, texts.title_params, customer_id, assignee_id,
               ${made} + make_interval(days => ${rule.dueDays}), ${rule.taskPriority}, ${rule.id}, event_key
        FROM fired JOIN texts USING (event_key)
        WHERE task_id IS NOT NULL
        RETURNING id),
      told AS (
        INSERT INTO ${notifications} (user_id, title, title_key, title_params, body, customer_id, task_id)
        SELECT assignee_id, title, ${rule.systemKey}, texts.title_params, texts.body, customer_id, task_id
        FROM fired JOIN texts USING (event_key)
        WHERE ${rule.notify}
        RETURNING id)
    SELECT (SELECT count(*) FROM fired)::int AS events, (SELECT count(*) FROM made)::int AS tasks,
           (SELECT count(*) FROM told)::int AS notifications`,
  );
  return { ruleId: rule.id, name: ruleName(rule, language), ...row };
}

/** One pass of every enabled rule (or the given ones) as of a moment. */
export async function runContactRules(options: { db: Db; asOf?: Date; ruleIds?: string[]; language?: Language }) {
  const asOf = options.asOf ?? new Date();
  const started = performance.now();
  const enabled = await options.db
    .select()
    .from(contactRules)
    .where(eq(contactRules.enabled, true))
    .orderBy(asc(contactRules.createdAt));
  const rules = options.ruleIds ? enabled.filter((rule) => options.ruleIds?.includes(rule.id)) : enabled;
  const outcomes: RuleOutcome[] = [];
  for (const rule of rules) outcomes.push(await applyRule(options.db, rule, asOf, options.language));
  const total = (key: 'events' | 'tasks' | 'notifications') => outcomes.reduce((sum, outcome) => sum + outcome[key], 0);
  return {
    asOf,
    durationMs: Math.round(performance.now() - started),
    events: total('events'),
    tasks: total('tasks'),
    notifications: total('notifications'),
    rules: outcomes,
  };
}
