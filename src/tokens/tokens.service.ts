import { and, desc, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import { type Actor, type Caller, hashSecret, isSystem, newSecret } from '../auth/index.ts';
import type { Db } from '../db/client.ts';
import { apiTokens } from '../db/schema/index.ts';
import { notFound } from '../server/errors.ts';

const tokenColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

export const listTokens = (options: { db: Db; actor: Actor }) =>
  options.db
    .select(tokenColumns)
    .from(apiTokens)
    .where(eq(apiTokens.userId, options.actor.id))
    .orderBy(desc(apiTokens.createdAt));

/** Creates an API token for the actor; the secret is returned once and never stored. */
export async function createToken(options: { db: Db; actor: Actor; name: string }) {
  const { db, actor, name } = options;
  const token = newSecret('gxt');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: actor.id, name, secretHash: hashSecret(token) })
      .returning(tokenColumns);
    await recordAudit(tx, { actor, action: 'create', entity: 'api_token', entityId: row.id, after: { name } });
    return { id: row.id, name: row.name, createdAt: row.createdAt, token };
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
