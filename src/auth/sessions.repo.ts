import { and, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { apiTokens, sessions, users } from '../db/schema/index.ts';
import type { Actor } from './actor.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { lastSeenResolutionMs, sessionLimits } from './session-limits.ts';

const actorColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  language: users.language,
  totpEnabledAt: users.totpEnabledAt,
};

/** The user behind a credential, and whether they have a second factor (the administrators' rule needs it). */
export type SignedInUser = Actor & { totpEnabled: boolean };

const signedIn = ({ totpEnabledAt, ...actor }: Actor & { totpEnabledAt: Date | null }): SignedInUser => ({
  ...actor,
  totpEnabled: totpEnabledAt !== null,
});

/** Starts a session and returns the secret for the cookie; the user's sessions that ended are deleted. */
export async function startSession(
  db: Executor,
  userId: string,
  now = new Date(),
): Promise<{ secret: string; expiresAt: Date }> {
  const secret = newSecret('gxs');
  const expiresAt = new Date(now.getTime() + sessionLimits.days * 86_400_000);
  const idleSince = new Date(now.getTime() - sessionLimits.idleMinutes * 60_000);
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleSince))));
  await db
    .insert(sessions)
    .values({ secretHash: hashSecret(secret), userId, expiresAt, createdAt: now, lastSeenAt: now });
  return { secret, expiresAt };
}

export async function endSession(db: Executor, secret: string) {
  await db.delete(sessions).where(eq(sessions.secretHash, hashSecret(secret)));
}

/**
 * The user behind a session cookie, if the session is live (used within the idle limit, younger than
 * its absolute lifetime) and the user not disabled. Each use slides the idle limit; the last use is
 * written at most once a minute.
 */
export async function actorFromSession(
  db: Executor,
  secret: string,
  now = new Date(),
): Promise<SignedInUser | undefined> {
  const secretHash = hashSecret(secret);
  const idleSince = new Date(now.getTime() - sessionLimits.idleMinutes * 60_000);
  const [row] = await db
    .select({ ...actorColumns, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.secretHash, secretHash),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, idleSince),
        eq(users.disabled, false),
      ),
    );
  if (!row) return undefined;
  if (now.getTime() - row.lastSeenAt.getTime() >= lastSeenResolutionMs)
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.secretHash, secretHash));
  const { lastSeenAt: _, ...actor } = row;
  return signedIn(actor);
}

/** The user behind an API token, if the token is neither revoked nor expired and the user not disabled. */
export async function actorFromToken(
  db: Executor,
  secret: string,
  now = new Date(),
): Promise<SignedInUser | undefined> {
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
  if (!actor) return undefined;
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.secretHash, secretHash));
  return signedIn(actor);
}
