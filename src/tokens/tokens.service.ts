import { and, desc, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import { type Actor, type Caller, hashSecret, isSystem, newSecret } from '../auth/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { apiTokens } from '../db/schema/index.ts';
import { invalid, notFound } from '../server/errors.ts';

const tokenColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  expiresAt: apiTokens.expiresAt,
  revokedAt: apiTokens.revokedAt,
};

/** The longest lifetime a token may be given in days (about ten years); no expiry at all is allowed too. */
export const maxTokenDays = 3650;

/**
 * When a new token stops working: `expiresInDays` from `now`, or `expiresAt` (an ISO date and time in
 * the future), or never when neither is given.
 */
export function tokenExpiry(options: { expiresInDays?: number; expiresAt?: string }, now = new Date()): Date | null {
  const { expiresInDays, expiresAt } = options;
  if (expiresInDays !== undefined && expiresAt !== undefined)
    throw invalid({ expiresAt: 'give either expiresAt or expiresInDays, not both' });
  if (expiresInDays !== undefined) {
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > maxTokenDays)
      throw invalid({ expiresInDays: `must be a whole number of days from 1 to ${maxTokenDays}` });
    return new Date(now.getTime() + expiresInDays * 86_400_000);
  }
  if (expiresAt === undefined) return null;
  const moment = new Date(expiresAt);
  if (Number.isNaN(moment.getTime())) throw invalid({ expiresAt: 'must be a date and time' });
  if (moment <= now) throw invalid({ expiresAt: 'must be in the future' });
  if (moment.getTime() > now.getTime() + maxTokenDays * 86_400_000)
    throw invalid({ expiresAt: `must be at most ${maxTokenDays} days from now` });
  return moment;
}

export const listTokens = (options: { db: Db; actor: Actor }) =>
  options.db
    .select(tokenColumns)
    .from(apiTokens)
    .where(eq(apiTokens.userId, options.actor.id))
    .orderBy(desc(apiTokens.createdAt));

/**
 * Creates an API token for the actor, working until `expiresAt` (for good when null); the secret is
 * returned once and never stored.
 */
export async function createToken(options: { db: Db; actor: Actor; name: string; expiresAt?: Date | null }) {
  const { db, actor, name } = options;
  const expiresAt = options.expiresAt ?? null;
  const token = newSecret('gxt');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: actor.id, name, secretHash: hashSecret(token), expiresAt })
      .returning(tokenColumns);
    await recordAudit(tx, {
      actor,
      action: 'create',
      entity: 'api_token',
      entityId: row.id,
      after: { name, expiresAt },
    });
    return { id: row.id, name: row.name, createdAt: row.createdAt, expiresAt: row.expiresAt, token };
  });
}

/** Revokes one of the actor's tokens (admins and the shell any token); others' tokens answer 404. */
export async function revokeToken(options: { db: Db; actor: Caller; id: string }) {
  const { db, actor, id } = options;
  const ownToken = isSystem(actor) || actor.role === 'admin' ? undefined : eq(apiTokens.userId, actor.id);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt), ownToken))
      .returning(tokenColumns);
    if (!row) throw notFound('Token');
    await recordAudit(tx, { actor, action: 'delete', entity: 'api_token', entityId: id, before: { name: row.name } });
  });
}

/**
 * Revokes every live token of a user, in the caller's transaction (a disabled account, a password
 * change that asks for it): revoked tokens never work again, whatever happens to the account later.
 */
export async function revokeUserTokens(tx: Executor, actor: Caller, userId: string) {
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, name: apiTokens.name });
  for (const token of revoked)
    await recordAudit(tx, {
      actor,
      action: 'delete',
      entity: 'api_token',
      entityId: token.id,
      before: { name: token.name },
    });
  return revoked.length;
}
