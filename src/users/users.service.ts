import { and, eq, ne } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import { type Caller, hashPassword, isSystem, roleOf } from '../auth/index.ts';
import { revokeUserCalendarFeed } from '../calendar/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { sessions, users } from '../db/schema/index.ts';
import { AppError, forbidden, notFound } from '../server/errors.ts';
import { revokeUserTokens } from '../tokens/index.ts';
import { assertPasswordNotPersonal } from './password-policy.ts';
import { applyPasswordReset, generateTemporaryPassword } from './password-reset.ts';
import { findUser, findUserWithPassword, type User, userColumns } from './users.repo.ts';
import type { CreateUserInput, ResetPasswordInput, UpdateUserInput } from './users.schema.ts';

const requireAdmin = (actor: Caller) => {
  if (roleOf(actor) !== 'admin') throw forbidden('Only administrators manage users');
};

const emailInUse = () => new AppError('conflict', 'A user with this email exists', { email: 'already in use' });

/** Creates a user, for an administrator, the shell (`guanxi user add`) or the first-run setup. */
export async function createUser(options: { db: Executor; actor: Caller; input: CreateUserInput }): Promise<User> {
  const { db, actor, input } = options;
  requireAdmin(actor);
  if (await findUserWithPassword(db, input.email)) throw emailInUse();
  assertPasswordNotPersonal(input.password, input, 'password');
  const passwordHash = await hashPassword(input.password);
  const [user] = await db
    .insert(users)
    .values({ email: input.email, name: input.name, role: input.role, passwordHash })
    .returning(userColumns);
  await recordAudit(db, { actor, action: 'create', entity: 'user', entityId: user.id, after: user });
  return user;
}

/** A user as an administrator sees them, or 404. */
async function existingUser(db: Executor, id: string) {
  const user = await findUser(db, id);
  if (!user) throw notFound('User');
  return user;
}

/** One audit row for an administrator's change of a user; a reset password is named, never recorded. */
const auditUserUpdate = (tx: Executor, actor: Caller, before: User, after: User, passwordReset: boolean) =>
  recordAudit(tx, {
    actor,
    action: 'update',
    entity: 'user',
    entityId: after.id,
    before: { ...before, password: undefined },
    after: { ...after, password: passwordReset ? '(reset)' : undefined },
  });

/**
 * An administrator corrects a user's name or email, changes their role, disables or enables them,
 * or sets a temporary password (as `resetPassword` does). Nobody disables, demotes or resets
 * themselves here: an administrator cannot lock themself out.
 */
export async function updateUser(options: {
  db: Db;
  actor: Caller;
  id: string;
  input: UpdateUserInput;
}): Promise<User> {
  const { db, actor, id, input } = options;
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const before = await existingUser(tx, id);
    if (!isSystem(actor) && actor.id === id && (input.disabled || (input.role && input.role !== 'admin')))
      throw new AppError('validation_failed', 'You cannot disable yourself or remove your own admin role', {
        [input.disabled ? 'disabled' : 'role']: 'not allowed on your own account',
      });
    if (input.email && input.email !== before.email) {
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.email, input.email), ne(users.id, id)));
      if (taken) throw emailInUse();
    }
    const { password, ...fields } = input;
    await tx
      .update(users)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(users.id, id));
    const renamed = { ...before, ...fields };
    if (password) await applyPasswordReset(tx, { actor, user: renamed, password });
    // A disabled user is logged out everywhere.
    if (input.disabled) await tx.delete(sessions).where(eq(sessions.userId, id));
    // Disabling revokes the user's API tokens and calendar feed for good: enabling the account again
    // does not bring them back.
    if (input.disabled) {
      await revokeUserTokens(tx, actor, id);
      await revokeUserCalendarFeed(tx, actor, id);
    }
    const after = await existingUser(tx, id);
    await auditUserUpdate(tx, actor, before, after, Boolean(password));
    return after;
  });
}

/**
 * An administrator resets another user's password: to the one they chose, or to a generated one
 * returned this once. The user must choose their own at the next sign-in; their sessions, API
 * tokens and calendar feed end. Audited, without the password.
 */
export async function resetPassword(options: { db: Db; actor: Caller; id: string; input: ResetPasswordInput }) {
  const { db, actor, id, input } = options;
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const before = await existingUser(tx, id);
    const temporaryPassword = input.password ?? generateTemporaryPassword();
    await applyPasswordReset(tx, { actor, user: before, password: temporaryPassword });
    const after = await existingUser(tx, id);
    await auditUserUpdate(tx, actor, before, after, true);
    return { user: after, temporaryPassword: input.password ? null : temporaryPassword };
  });
}
