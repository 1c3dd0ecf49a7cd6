import { and, eq, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import { revokeUserCalendarFeed } from '../calendar/index.ts';
import type { Db } from '../db/client.ts';
import { sessions, users } from '../db/schema/index.ts';
import { AppError } from '../server/errors.ts';
import { revokeUserTokens } from '../tokens/index.ts';
import { assertPasswordNotPersonal, countUsers, createUser, findUser, findUserWithPassword } from '../users/index.ts';
import { type Actor, systemActor } from './actor.ts';
import { redeemChallenge } from './login-challenge.ts';
import { reserveLoginAttempt } from './login-throttle.ts';
import { decoyPasswordHash, hashPassword, hashSecret, verifyPassword } from './secrets.ts';
import { startSession } from './sessions.repo.ts';
import { checkLoginCode } from './two-factor.service.ts';

/** First run: creates the administrator while no user exists, and logs them in. */
export async function setupFirstAdmin(options: { db: Db; input: { email: string; name: string; password: string } }) {
  const { db, input } = options;
  return db.transaction(async (tx) => {
    // Serialise concurrent setups: only the first one finds the table empty.
    await tx.execute(sql`LOCK TABLE users IN EXCLUSIVE MODE`);
    if ((await countUsers(tx)) > 0) throw new AppError('conflict', 'Guanxi is already set up; log in instead');
    const user = await createUser({
      db: tx,
      actor: systemActor('first-run setup'),
      input: { ...input, role: 'admin' },
    });
    const session = await startSession(tx, user.id);
    return { user, session };
  });
}

const invalidCredentials = () => new AppError('invalid_credentials', 'Wrong email or password');

export async function login(options: {
  db: Db;
  email: string;
  password: string;
  address: string;
  /** A solved proof-of-work challenge, needed once the account or the address has many failures. */
  proof?: { challenge?: string; nonce?: string };
  /** The code of the account's authenticator app, when it has two-factor sign-in. */
  totpCode?: string;
  now?: Date;
}) {
  const { db, password, address, now = new Date() } = options;
  const email = options.email.trim().toLowerCase();
  if (options.proof) await redeemChallenge(db, options.proof, now);
  // Counted as a failure before the password is checked, so that parallel guesses cannot all be checked.
  const attempt = await reserveLoginAttempt(db, { account: email, address, now, challengeSolved: !!options.proof });
  const account = await findUserWithPassword(db, email);
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!account || !valid || account.disabled) {
    await attempt.failed();
    throw invalidCredentials();
  }
  try {
    await checkLoginCode(db, account, options.totpCode, now);
  } catch (error) {
    await attempt.failed(); // a missing or wrong second factor counts like a wrong password
    throw error;
  }
  await attempt.succeeded();
  const session = await startSession(db, account.id);
  const user = await findUser(db, account.id);
  return { user: user!, session };
}

/**
 * Changes the caller's password and ends their other sessions; on request, also revokes their API
 * tokens and calendar feed (credentials a thief could have copied along with the password).
 */
export async function changePassword(options: {
  db: Db;
  actor: Actor;
  currentSecret?: string;
  currentPassword: string;
  newPassword: string;
  revokeTokens?: boolean;
  revokeCalendarFeed?: boolean;
}) {
  const { db, actor } = options;
  const account = await findUserWithPassword(db, actor.email);
  if (!account || !(await verifyPassword(account.passwordHash, options.currentPassword)))
    throw new AppError('validation_failed', 'The current password is wrong', {
      currentPassword: 'is wrong',
    });
  assertPasswordNotPersonal(options.newPassword, account, 'newPassword');
  if (account.passwordChangeRequired && options.newPassword === options.currentPassword)
    throw new AppError('validation_failed', 'Choose a new password, not the temporary one', {
      newPassword: 'must differ from the temporary password',
    });
  const passwordHash = await hashPassword(options.newPassword);
  await db.transaction(async (tx) => {
    // A password of one's own choosing ends the change an administrator's reset asked for.
    await tx
      .update(users)
      .set({ passwordHash, passwordChangeRequired: false, updatedAt: new Date() })
      .where(eq(users.id, actor.id));
    const keep = options.currentSecret ? hashSecret(options.currentSecret) : '';
    await tx.delete(sessions).where(and(eq(sessions.userId, actor.id), ne(sessions.secretHash, keep)));
    await recordAudit(tx, {
      actor,
      action: 'update',
      entity: 'user',
      entityId: actor.id,
      before: { password: undefined, passwordChangeRequired: account.passwordChangeRequired },
      after: { password: '(changed)', passwordChangeRequired: false },
    });
    if (options.revokeTokens) await revokeUserTokens(tx, actor, actor.id);
    if (options.revokeCalendarFeed) await revokeUserCalendarFeed(tx, actor, actor.id);
  });
}
