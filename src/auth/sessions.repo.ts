import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { apiTokens, sessions, users } from '../db/schema/index.ts';
import type { Actor } from './actor.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const SESSION_DAYS = 14;
const actorColumns = { id: users.id, email: users.email, name: users.name, role: users.role };

/** Starts a session and returns the secret for the cookie. */
export async function startSession(db: Executor, userId: string): Promise<{ secret: string; expiresAt: Date }> {
  const secret = newSecret('gxs');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await db.insert(sessions).values({ secretHash: hashSecret(secret), userId, expiresAt });
  return { secret, expiresAt };
}

export async function endSession(db: Executor, secret: string) {
  await db.delete(sessions).where(eq(sessions.secretHash, hashSecret(secret)));
}

/** The user behind a session cookie, if the session is live and the user not disabled. */
export async function actorFromSession(db: Executor, secret: string): Promise<Actor | undefined> {
  const [actor] = await db
    .select(actorColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.secretHash, hashSecret(secret)), gt(sessions.expiresAt, new Date()), eq(users.disabled, false)),
    );
  return actor;
}

/** The user behind an API token, if the token is neither revoked nor expired and the user not disabled. */
export async function actorFromToken(db: Executor, secret: string, now = new Date()): Promise<Actor | undefined> {
  const secretHash = hashSecret(secret);
  const [actor] = await db
    .select(actorColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.secretHash, secretHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        eq(users.disabled, false),
      ),
    );
  if (actor) await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.secretHash, secretHash));
  return actor;
}
