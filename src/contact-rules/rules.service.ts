import { asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import { type Actor, managesTeam } from '../auth/index.ts';
import { type Db, type Executor, selectRows } from '../db/client.ts';
import { contactRules, ruleFirings } from '../db/schema/index.ts';
import { sendPendingEmails, smtpSettings } from '../notifications/index.ts';
import { AppError, forbidden, invalid, notFound } from '../server/errors.ts';
import type { Language } from '../shared/language.ts';
import { keepsBuiltIn, ruleName, ruleTitleTemplate } from './built-in-rules.ts';
import { runContactRules } from './rule-runner.ts';
import { type CreateRuleInput, checkTriggerFields, type UpdateRuleInput } from './rules.schema.ts';

const firings = sql<number>`(SELECT count(*)::int FROM ${ruleFirings} f WHERE f.rule_id = ${contactRules.id})`;
const lastFiredAt =
  sql<Date | null>`(SELECT max(f.fired_at) FROM ${ruleFirings} f WHERE f.rule_id = ${contactRules.id})`.mapWith(
    (value) => (value ? new Date(value) : null),
  );

const selectRules = (db: Executor) =>
  db.select({ rule: contactRules, firings, lastFiredAt }).from(contactRules).$dynamic();

/** A rule as this reader sees it: a built-in name and title in their language, and whether they are the built-in ones. */
const present =
  (language: Language) =>
  ({
    rule,
    firings,
    lastFiredAt,
  }: {
    rule: typeof contactRules.$inferSelect;
    firings: number;
    lastFiredAt: Date | null;
  }) => ({
    ...rule,
    name: ruleName(rule, language),
    titleTemplate: ruleTitleTemplate(rule, language),
    builtInName: rule.systemKey !== null && rule.name === null,
    builtInTitle: rule.systemKey !== null && rule.titleTemplate === null,
    firings,
    lastFiredAt,
  });

/** Every contact rule: all users may read them (they explain where tasks come from). */
export async function listRules(db: Db, language: Language) {
  const rows = await selectRules(db).orderBy(asc(contactRules.createdAt), asc(contactRules.id));
  return rows.map(present(language));
}

async function findRule(db: Executor, id: string) {
  const [row] = await selectRules(db).where(eq(contactRules.id, id));
  if (!row) throw notFound('Contact rule');
  return row;
}

export async function getRule(db: Executor, id: string, language: Language) {
  return present(language)(await findRule(db, id));
}

function checkManager(actor: Actor) {
  if (!managesTeam(actor)) throw forbidden('Only managers edit the contact rules');
}

export async function createRule(options: { db: Db; actor: Actor; input: CreateRuleInput; language: Language }) {
  const { db, actor, input, language } = options;
  checkManager(actor);
  return db.transaction(async (tx) => {
    const [{ id }] = await tx.insert(contactRules).values(input).returning({ id: contactRules.id });
    const rule = await getRule(tx, id, language);
    await recordAudit(tx, { actor, action: 'create', entity: 'contact_rule', entityId: id, after: rule });
    return rule;
  });
}

export async function updateRule(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: UpdateRuleInput;
  language: Language;
}) {
  const { db, actor, id, input, language } = options;
  checkManager(actor);
  return db.transaction(async (tx) => {
    const { rule: stored } = await findRule(tx, id);
    const before = await getRule(tx, id, language);
    const fields: Record<string, string> = {};
    checkTriggerFields({ ...before, ...input }, (path, message) => {
      fields[path] = message;
    });
    if (Object.keys(fields).length) throw invalid(fields);
    await tx
      .update(contactRules)
      // The database's clock, as for the firings' fired_at that "run now" compares with it.
      .set({
        ...input,
        // The built-in name or title sent back as shown (with the old settings or the new) stays built-in:
        // changing the delay in the form leaves the name field as it was, and the name follows the delay.
        ...(keepsBuiltIn([stored, { ...stored, ...input }], 'name', input.name) ? { name: null } : {}),
        ...(keepsBuiltIn([stored, { ...stored, ...input }], 'title', input.titleTemplate)
          ? { titleTemplate: null }
          : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(contactRules.id, id));
    const after = await getRule(tx, id, language);
    await recordAudit(tx, { actor, action: 'update', entity: 'contact_rule', entityId: id, before, after });
    return after;
  });
}

/** Rules Guanxi ships are disabled, not deleted, so that their key stays for upgrades. */
export async function deleteRule(options: { db: Db; actor: Actor; id: string }) {
  const { db, actor, id } = options;
  checkManager(actor);
  await db.transaction(async (tx) => {
    const before = await getRule(tx, id, 'en');
    if (before.systemKey)
      throw new AppError('conflict', 'A rule that ships with Guanxi cannot be deleted; disable it instead');
    await tx.delete(contactRules).where(eq(contactRules.id, id));
    await recordAudit(tx, { actor, action: 'delete', entity: 'contact_rule', entityId: id, before });
  });
}

type Pass = Awaited<ReturnType<typeof passWithEmails>>;

async function passWithEmails(options: { db: Db; asOf?: Date; language?: Language }) {
  const pass = await runContactRules(options);
  const emails = await sendPendingEmails({ db: options.db, smtp: smtpSettings() });
  return { ...pass, emails: emails.sent };
}

/** The passes of this process over each database, running or waiting for their turn, oldest first. */
const passesInFlight = new WeakMap<Db, Promise<Pass>[]>();

/**
 * One pass of the rules, then the emails it caused: what the scheduler, the CLI and "run now" do.
 * Passes over one database in one process take turns (a pass waits for those before it), so "run
 * now" never races the scheduler's pass; other processes are kept from acting twice by `rule_firings`.
 */
export function runRulesPass(options: { db: Db; asOf?: Date; language?: Language }): Promise<Pass> {
  const queue = passesInFlight.get(options.db) ?? [];
  const before = queue.at(-1);
  const pass = (async () => {
    await before?.catch(() => undefined);
    return passWithEmails(options);
  })();
  passesInFlight.set(options.db, [...queue, pass]);
  const leave = () => {
    const rest = (passesInFlight.get(options.db) ?? []).filter((other) => other !== pass);
    if (rest.length) passesInFlight.set(options.db, rest);
    else passesInFlight.delete(options.db);
  };
  pass.then(leave, leave);
  return pass;
}

/** Two passes' counts as one report: the later pass's moment, the rules' counts added up. */
function combine(earlier: Pass, later: Pass): Pass {
  const rules = later.rules.map((rule) => ({ ...rule }));
  for (const rule of earlier.rules) {
    const same = rules.find((other) => other.ruleId === rule.ruleId);
    if (same) {
      same.events += rule.events;
      same.tasks += rule.tasks;
      same.notifications += rule.notifications;
    } else rules.push({ ...rule });
  }
  return {
    ...later,
    durationMs: earlier.durationMs + later.durationMs,
    events: earlier.events + later.events,
    tasks: earlier.tasks + later.tasks,
    notifications: earlier.notifications + later.notifications,
    emails: earlier.emails + later.emails,
    rules,
  };
}

/**
 * "Run now": a pass after those already running or waiting in this process (the scheduler's), and
 * a report of what they all made since the request came, so that a background pass that was
 * running when it was asked does not leave the report at 0.
 */
export async function runRulesNow(options: { db: Db; actor: Actor; asOf?: string; language: Language }) {
  checkManager(options.actor);
  const inFlight = [...(passesInFlight.get(options.db) ?? [])];
  const pass = await runRulesPass({
    db: options.db,
    asOf: options.asOf ? new Date(options.asOf) : undefined,
    language: options.language,
  });
  const earlier = await Promise.all(inFlight.map((other) => other.catch(() => null)));
  const report = earlier.reduceRight<Pass>((sum, other) => (other ? combine(other, sum) : sum), pass);
  return { ...report, sinceChange: await firedSinceChange(options.db) };
}

/**
 * What the rules have made since they were last changed (added, edited, enabled or disabled), by
 * any pass of any process: "run now" finding nothing new after a background pass made the tasks a
 * moment earlier still shows them. Each rule has kept its settings since then, so its `notify`
 * says whether its firings made notifications.
 */
async function firedSinceChange(db: Db) {
  const [row] = await selectRows<{ changedAt: string | null; events: number; tasks: number; notifications: number }>(
    db,
    sql`WITH changed AS (SELECT max(${contactRules.updatedAt}) AS at FROM ${contactRules})
      SELECT (SELECT at FROM changed) AS "changedAt", count(f.rule_id)::int AS events,
             count(f.task_id)::int AS tasks, count(f.rule_id) FILTER (WHERE r.notify)::int AS notifications
      FROM ${ruleFirings} f JOIN ${contactRules} r ON r.id = f.rule_id
      WHERE f.fired_at >= (SELECT at FROM changed)`,
  );
  return row.changedAt ? { ...row, changedAt: new Date(row.changedAt) } : null;
}
