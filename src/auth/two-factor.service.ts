import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { type Role, users } from '../db/schema/index.ts';
import { AppError, forbidden, invalid, notFound } from '../server/errors.ts';
import { readAppSetting, writeAppSetting } from '../shared/app-settings.ts';
import { type Actor, type Caller, isSystem, roleOf } from './actor.ts';
import { verifyPassword } from './secrets.ts';
import { claimTotpStep, forgetTotpSteps, newTotpSecret, totpStep, totpUri } from './totp.ts';

/** The app setting that makes a second factor compulsory for administrators. */
export const requireAdminTotpKey = 'require_admin_totp';

export async function adminTotpRequired(db: Executor): Promise<boolean> {
  return (await readAppSetting<boolean>(db, requireAdminTotpKey)) === true;
}

/** Turns the rule on or off (administrators); an administrator turning it on must have a second factor first. */
export async function setAdminTotpRequired(options: { db: Db; actor: Caller; required: boolean }) {
  const { db, actor, required } = options;
  if (roleOf(actor) !== 'admin') throw forbidden('Only administrators change this setting');
  if (required && !isSystem(actor) && !(await accountOf(db, actor.id)).totpEnabledAt)
    throw invalid({ requiredForAdmins: 'turn on two-factor sign-in for your own account first' });
  await db.transaction(async (tx) => {
    const before = await adminTotpRequired(tx);
    await writeAppSetting(tx, requireAdminTotpKey, required);
    await recordAudit(tx, {
      actor,
      action: 'update',
      entity: 'setting',
      entityId: requireAdminTotpKey,
      before: { requiredForAdmins: before },
      after: { requiredForAdmins: required },
    });
  });
}

/**
 * Whether a signed-in user must set up a second factor before anything else: an administrator without
 * one while the setting is on. Their session or token then only reaches `enrolmentRoutes`.
 */
export async function mustEnrolTotp(db: Executor, user: { role: Role; totpEnabled: boolean }) {
  return user.role === 'admin' && !user.totpEnabled && (await adminTotpRequired(db));
}

/** What an administrator who must set up a second factor may still do (routes as the router matched them). */
export const enrolmentRoutes = new Set([
  '/api/v1/auth/me',
  '/api/v1/auth/totp',
  '/api/v1/auth/totp/confirm',
  '/api/v1/auth/two-factor-policy',
]);

async function accountOf(db: Executor, id: string) {
  const [account] = await db
    .select({
      id: users.id,
      email: users.email,
      passwordHash: users.passwordHash,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!account) throw notFound('User');
  return account;
}

/** The caller's second factor: on or off, being set up, and whether administrators must have one. */
export async function twoFactorStatus(options: { db: Db; actor: Actor }) {
  const { db, actor } = options;
  const account = await accountOf(db, actor.id);
  const requiredForAdmins = await adminTotpRequired(db);
  return {
    enabled: account.totpEnabledAt !== null,
    enabledAt: account.totpEnabledAt,
    pending: account.totpEnabledAt === null && account.totpSecret !== null,
    requiredForAdmins,
    enrolmentRequired: requiredForAdmins && actor.role === 'admin' && account.totpEnabledAt === null,
  };
}

const alreadyOn = () =>
  new AppError('conflict', 'Two-factor sign-in is already on; turn it off first to set up another device');

/** Starts setting up a second factor: a new secret for the authenticator app; it guards nothing until confirmed. */
export async function startTotpEnrolment(options: { db: Db; actor: Actor }) {
  const { db, actor } = options;
  const account = await accountOf(db, actor.id);
  if (account.totpEnabledAt) throw alreadyOn();
  const secret = newTotpSecret();
  await db.update(users).set({ totpSecret: secret }).where(eq(users.id, actor.id));
  return { secret, uri: totpUri(secret, account.email) };
}

const wrongCode = (field: string) =>
  new AppError('validation_failed', 'The two-factor code is wrong, expired or already used', {
    [field]: 'is wrong, expired or already used',
  });

/** Checks a code and uses it up; a wrong or used code throws, naming `field`. */
async function spendCode(db: Executor, account: { id: string; totpSecret: string | null }, code: string, now: Date) {
  const step = account.totpSecret ? totpStep(account.totpSecret, code, now) : undefined;
  if (step === undefined || !(await claimTotpStep(db, account.id, step))) throw wrongCode('code');
}

/** Turns the second factor on with a code from the app, proving the app holds the secret. */
export async function confirmTotpEnrolment(options: { db: Db; actor: Actor; code: string; now?: Date }) {
  const { db, actor, code, now = new Date() } = options;
  const account = await accountOf(db, actor.id);
  if (account.totpEnabledAt) throw alreadyOn();
  if (!account.totpSecret) throw invalid({ code: 'start setting up two-factor sign-in first' });
  await db.transaction(async (tx) => {
    await forgetTotpSteps(tx, actor.id);
    await spendCode(tx, account, code, now);
    await tx.update(users).set({ totpEnabledAt: now }).where(eq(users.id, actor.id));
    await recordAudit(tx, {
      actor,
      action: 'update',
      entity: 'user',
      entityId: actor.id,
      before: { twoFactor: false },
      after: { twoFactor: true },
    });
  });
}

async function removeSecondFactor(tx: Executor, actor: Caller, userId: string) {
  await tx.update(users).set({ totpSecret: null, totpEnabledAt: null }).where(eq(users.id, userId));
  await forgetTotpSteps(tx, userId);
  await recordAudit(tx, {
    actor,
    action: 'update',
    entity: 'user',
    entityId: userId,
    before: { twoFactor: true },
    after: { twoFactor: false },
  });
}

/** Turns the caller's second factor off, proven with a current code or the password. */
export async function disableTotp(options: { db: Db; actor: Actor; code?: string; password?: string; now?: Date }) {
  const { db, actor, now = new Date() } = options;
  const account = await accountOf(db, actor.id);
  if (!account.totpEnabledAt) throw new AppError('conflict', 'Two-factor sign-in is not on');
  if (actor.role === 'admin' && (await adminTotpRequired(db)))
    throw invalid({ code: 'administrators must keep two-factor sign-in while the setting requires it' });
  if (!options.code && !options.password) throw invalid({ code: 'give a current code or your password' });
  await db.transaction(async (tx) => {
    if (options.code) await spendCode(tx, account, options.code, now);
    else if (!(await verifyPassword(account.passwordHash, options.password!))) throw invalid({ password: 'is wrong' });
    await removeSecondFactor(tx, actor, actor.id);
  });
}

/** An administrator (or the shell) removes a user's second factor, say after a lost phone; the user logs in with the password alone. */
export async function resetTotp(options: { db: Db; actor: Caller; userId: string }) {
  const { db, actor, userId } = options;
  if (roleOf(actor) !== 'admin') throw forbidden('Only administrators reset two-factor sign-in');
  const account = await accountOf(db, userId);
  if (!account.totpSecret && !account.totpEnabledAt) return;
  await db.transaction((tx) => removeSecondFactor(tx, actor, userId));
}

/**
 * The second step of a login with a second factor: without a code the answer is 401 `totp_required`
 * (the client asks for the code and logs in again with it); a wrong or used code is refused.
 */
export async function checkLoginCode(
  db: Executor,
  account: { id: string; totpSecret: string | null; totpEnabledAt: Date | null },
  code: string | undefined,
  now: Date,
) {
  if (!account.totpEnabledAt) return;
  if (!code?.trim())
    throw new AppError('totp_required', 'Enter the 6-digit code from your authenticator app', {
      totpCode: 'is required',
    });
  const step = account.totpSecret ? totpStep(account.totpSecret, code, now) : undefined;
  if (step === undefined || !(await claimTotpStep(db, account.id, step)))
    throw new AppError('invalid_credentials', 'The two-factor code is wrong, expired or already used', {
      totpCode: 'is wrong, expired or already used',
    });
}
