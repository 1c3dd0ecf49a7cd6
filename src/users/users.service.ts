import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import { type Caller, hashPassword, isSystem, roleOf } from '../auth/index.ts';
import { revokeUserCalendarFeed } from '../calendar/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { sessions, users } from '../db/schema/index.ts';
import { AppError, forbidden, notFound } from '../server/errors.ts';
import { revokeUserTokens } from '../tokens/index.ts';
import { assertPasswordNotPersonal } from './password-policy.ts';
import { findUser, findUserWithPassword, type User, userColumns } from './users.repo.ts';
import type { CreateUserInput, UpdateUserInput } from './users.schema.ts';

const requireAdmin = (actor: Caller) => {
  if (roleOf(actor) !== 'admin') throw forbidden('Only administrators manage users');
};

/** Creates a user, for an administrator, the shell (`guanxi user add`) or the first-run setup. */
export async function createUser(options: { db: Executor; actor: Caller; input: CreateUserInput }): Promise<User> {
  const { db, actor, input } = options;
  requireAdmin(actor);
  if (await findUserWithPassword(db, input.email))
    throw new AppError('conflict', 'A user with this email exists', { email: 'already in use' });
  assertPasswordNotPersonal(input.password, input, 'password');
  const passwordHash = await hashPassword(input.password);
  const [user] = await db
    .insert(users)
    .values({ email: input.email, name: input.name, role: input.role, passwordHash })
    .returning(userColumns);
  await recordAudit(db, { actor, action: 'create', entity: 'user', entityId: user.id, after: user });
  return user;
}

export async function updateUser(options: {
  db: Db;
  actor: Caller;
  id: string;
  input: UpdateUserInput;
}): Promise<User> {
  const { db, actor, id, input } = options;
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const before = await findUser(tx, id);
    if (!before) throw notFound('User');
    if (!isSystem(actor) && actor.id === id && (input.disabled || (input.role && input.role !== 'admin')))
      throw new AppError('validation_failed', 'You cannot disable yourself or remove your own admin role', {
        [input.disabled ? 'disabled' : 'role']: 'not allowed on your own account',
      });
    const { password, ...fields } = input;
    if (password)
      assertPasswordNotPersonal(password, { email: before.email, name: input.name ?? before.name }, 'password');
    const [after] = await tx
      .update(users)
      .set({ ...fields, ...(password ? { passwordHash: await hashPassword(password) } : {}), updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning(userColumns);
    // A disabled user is logged out everywhere; a new password ends the other sessions too.
    if (input.disabled || password) await tx.delete(sessions).where(eq(sessions.userId, id));
    // Disabling revokes the user's API tokens and calendar feed for good: enabling the account again
    // does not bring them back.
    if (input.disabled) {
      await revokeUserTokens(tx, actor, id);
      await revokeUserCalendarFeed(tx, actor, id);
    }
    await recordAudit(tx, {
      actor,
      action: 'update',
      entity: 'user',
      entityId: id,
      before: { ...before, password: undefined },
      after: { ...after, password: password ? '(changed)' : undefined },
    });
    return after;
  });
}
