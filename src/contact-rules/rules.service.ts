import { asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import { type Actor, managesTeam } from '../auth/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { contactRules, ruleFirings } from '../db/schema/index.ts';
import { sendPendingEmails, smtpSettings } from '../notifications/index.ts';
import { AppError, forbidden, invalid, notFound } from '../server/errors.ts';
import { runContactRules } from './rule-runner.ts';
import { type CreateRuleInput, checkTriggerFields, type UpdateRuleInput } from './rules.schema.ts';

const firings = sql<number>`(SELECT count(*)::int FROM ${ruleFirings} f WHERE f.rule_id = ${contactRules.id})`;
const lastFiredAt =
  sql<Date | null>`(SELECT max(f.fired_at) FROM ${ruleFirings} f WHERE f.rule_id = ${contactRules.id})`.mapWith(
    (value) => (value ? new Date(value) : null),
  );

const selectRules = (db: Executor) =>
  db.select({ rule: contactRules, firings, lastFiredAt }).from(contactRules).$dynamic();

const present = ({
  rule,
  firings,
  lastFiredAt,
}: {
  rule: typeof contactRules.$inferSelect;
  firings: number;
  lastFiredAt: Date | null;
}) => ({
  ...rule,
  firings,
  lastFiredAt,
});

/** Every contact rule: all users may read them (they explain where tasks come from). */
export async function listRules(db: Db) {
  const rows = await selectRules(db).orderBy(asc(contactRules.createdAt), asc(contactRules.name));
  return rows.map(present);
}

export async function getRule(db: Executor, id: string) {
  const [row] = await selectRules(db).where(eq(contactRules.id, id));
  if (!row) throw notFound('Contact rule');
  return present(row);
}

function checkManager(actor: Actor) {
  if (!managesTeam(actor)) throw forbidden('Only managers edit the contact rules');
}

export async function createRule(options: { db: Db; actor: Actor; input: CreateRuleInput }) {
  const { db, actor, input } = options;
  checkManager(actor);
  return db.transaction(async (tx) => {
    const [{ id }] = await tx.insert(contactRules).values(input).returning({ id: contactRules.id });
    const rule = await getRule(tx, id);
    await recordAudit(tx, { actor, action: 'create', entity: 'contact_rule', entityId: id, after: rule });
    return rule;
  });
}

export async function updateRule(options: { db: Db; actor: Actor; id: string; input: UpdateRuleInput }) {
  const { db, actor, id, input } = options;
  checkManager(actor);
  return db.transaction(async (tx) => {
    const before = await getRule(tx, id);
    const fields: Record<string, string> = {};
    checkTriggerFields({ ...before, ...input }, (path, message) => {
      fields[path] = message;
    });
    if (Object.keys(fields).length) throw invalid(fields);
    await tx
      .update(contactRules)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(contactRules.id, id));
    const after = await getRule(tx, id);
    await recordAudit(tx, { actor, action: 'update', entity: 'contact_rule', entityId: id, before, after });
    return after;
  });
}

/** Rules Guanxi ships are disabled, not deleted, so that their key stays for upgrades. */
export async function deleteRule(options: { db: Db; actor: Actor; id: string }) {
  const { db, actor, id } = options;
  checkManager(actor);
  await db.transaction(async (tx) => {
    const before = await getRule(tx, id);
    if (before.systemKey)
      throw new AppError('conflict', 'A rule that ships with Guanxi cannot be deleted; disable it instead');
    await tx.delete(contactRules).where(eq(contactRules.id, id));
    await recordAudit(tx, { actor, action: 'delete', entity: 'contact_rule', entityId: id, before });
  });
}

/** One pass of the rules, then the emails it caused: what the scheduler, the CLI and "run now" do. */
export async function runRulesPass(options: { db: Db; asOf?: Date }) {
  const pass = await runContactRules(options);
  const emails = await sendPendingEmails({ db: options.db, smtp: smtpSettings() });
  return { ...pass, emails: emails.sent };
}

export async function runRulesNow(options: { db: Db; actor: Actor; asOf?: string }) {
  checkManager(options.actor);
  return runRulesPass({ db: options.db, asOf: options.asOf ? new Date(options.asOf) : undefined });
}
