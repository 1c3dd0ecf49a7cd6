import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type Caller, hashPassword, isSystem } from '../auth/index.ts';
import { revokeUserCalendarFeed } from '../calendar/index.ts';
import type { Executor } from '../db/client.ts';
import { sessions, users } from '../db/schema/index.ts';
import { AppError } from '../server/errors.ts';
import { revokeUserTokens } from '../tokens/index.ts';
import { assertPasswordNotPersonal } from './password-policy.ts';

// No 0/O, 1/l/I: read aloud or copied from a screen without mistakes.
const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A temporary password: four groups of five characters from 55, about 115 bits. */
export function generateTemporaryPassword() {
  const group = () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

/** An administrator changes their own password on the Account page, with their current one. */
export function refuseOwnReset(actor: Caller, userId: string) {
  if (!isSystem(actor) && actor.id === userId)
    throw new AppError('validation_failed', 'Change your own password on the Account page, with your current one', {
      password: 'change your own password on the Account page',
    });
}

/**
 * Sets a password an administrator gave and requires the user to choose their own at the next
 * sign-in. Everything that signs in as the user ends: sessions, API tokens and the calendar feed
 * (whoever knew the old password may have made them), each revocation audited.
 */
export async function applyPasswordReset(
  tx: Executor,
  options: { actor: Caller; user: { id: string; email: string; name: string }; password: string },
) {
  const { actor, user, password } = options;
  refuseOwnReset(actor, user.id);
  assertPasswordNotPersonal(password, user, 'password');
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(password), passwordChangeRequired: true, updatedAt: new Date() })
    .where(eq(users.id, user.id));
  await tx.delete(sessions).where(eq(sessions.userId, user.id));
  await revokeUserTokens(tx, actor, user.id);
  await revokeUserCalendarFeed(tx, actor, user.id);
}
