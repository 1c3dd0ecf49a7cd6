import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import { type Caller, managesTeam, roleOf, systemActor } from '../auth/index.ts';
import type { Db } from '../db/client.ts';
import { contacts, customers } from '../db/schema/index.ts';
import { forbidden } from '../server/errors.ts';
import { readAppSetting, writeAppSetting } from '../shared/app-settings.ts';
import { anonymiseContact } from './anonymise.ts';

const retentionKey = 'privacy.contactRetentionYears';

export interface PrivacySettings {
  /** Years after a customer is archived until its contacts are anonymised; null keeps them forever. */
  contactRetentionYears: number | null;
}

export async function readPrivacySettings(options: { db: Db; caller: Caller }): Promise<PrivacySettings> {
  if (!managesTeam(options.caller)) throw forbidden('Only administrators and managers read the privacy settings');
  return { contactRetentionYears: (await readAppSetting<number>(options.db, retentionKey)) ?? null };
}

export async function updatePrivacySettings(options: { db: Db; caller: Caller; input: PrivacySettings }) {
  const { db, caller, input } = options;
  if (roleOf(caller) !== 'admin') throw forbidden('Only administrators change the privacy settings');
  return db.transaction(async (tx) => {
    const before = { contactRetentionYears: (await readAppSetting<number>(tx, retentionKey)) ?? null };
    await writeAppSetting(tx, retentionKey, input.contactRetentionYears ?? undefined);
    await recordAudit(tx, {
      actor: caller,
      action: 'update',
      entity: 'setting',
      entityId: retentionKey,
      before,
      after: { ...input },
    });
    return input;
  });
}

/**
 * Anonymises the contacts of the customers archived at least the retention setting's years before
 * `asOf`, each in its own transaction with its own audit row; nothing when the setting is unset.
 * Safe to repeat and to run in several processes: an anonymised contact is skipped.
 */
export async function applyContactRetention(options: { db: Db; caller: Caller; asOf?: Date }) {
  const { db, caller } = options;
  const asOf = options.asOf ?? new Date();
  const years = (await readAppSetting<number>(db, retentionKey)) ?? null;
  if (years === null) return { asOf, years, contacts: 0 };
  const due = await db
    .select({ id: contacts.id })
    .from(contacts)
    .innerJoin(customers, eq(customers.id, contacts.customerId))
    .where(
      and(
        isNull(contacts.anonymisedAt),
        eq(customers.archived, true),
        sql`${customers.archivedAt} <= ${asOf.toISOString()}::timestamptz - make_interval(years => ${years})`,
      ),
    )
    .orderBy(asc(contacts.id));
  let anonymised = 0;
  for (const { id } of due)
    if (await db.transaction((tx) => anonymiseContact(tx, caller, id, 'retention'))) anonymised++;
  return { asOf, years, contacts: anonymised };
}

/** Applies the retention setting now and then once a day in the server; returns a function that stops it. */
export function startContactRetention(options: {
  db: Db;
  onRun?: (run: Awaited<ReturnType<typeof applyContactRetention>>) => void;
  onError: (error: unknown) => void;
}) {
  const run = () =>
    applyContactRetention({ db: options.db, caller: systemActor('scheduler') })
      .then((result) => options.onRun?.(result))
      .catch(options.onError);
  const timer = setInterval(run, 24 * 60 * 60_000);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
