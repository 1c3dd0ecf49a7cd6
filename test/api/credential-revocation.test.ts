import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, auditLog } from '../../src/db/schema/index.ts';
import { type ApiClient, PASSWORD, startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A script holding a fresh API token of `user`, and the user's calendar feed URL. */
async function credentialsOf(user: ApiClient) {
  const created = await user.post('/api/v1/tokens', { name: 'script' });
  const script = server.client();
  script.token = created.body.token;
  const feed = (await user.post('/api/v1/calendar-feed')).body.url as string;
  return { tokenId: created.body.id as string, script, feed };
}

const feedStatus = async (url: string) => (await fetch(url)).status;

describe('disabling a user', () => {
  it('revokes their API tokens and calendar feed for good: enabling them again brings neither back', async () => {
    const admin = await server.userClient('admin');
    const user = await server.userClient('relationship_manager');
    const { tokenId, script, feed } = await credentialsOf(user);
    expect((await script.get('/api/v1/auth/me')).status).toBe(200);
    expect(await feedStatus(feed)).toBe(200);

    expect((await admin.patch(`/api/v1/users/${user.user.id}`, { disabled: true })).status).toBe(200);
    expect((await admin.patch(`/api/v1/users/${user.user.id}`, { disabled: false })).status).toBe(200);

    expect((await script.get('/api/v1/auth/me')).status).toBe(401);
    expect(await feedStatus(feed)).toBe(404);
    const relogged = server.client();
    await relogged.login(user.user.email, PASSWORD);
    const [token] = (await relogged.get('/api/v1/tokens')).body.items;
    expect(token.id).toBe(tokenId);
    expect(token.revokedAt).not.toBeNull();
    expect((await relogged.get('/api/v1/calendar-feed')).body.active).toBe(false);
    const revocations = await server.db
      .select({ entity: auditLog.entity, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'delete'), eq(auditLog.actorId, admin.user.id)));
    expect(revocations.map((row) => row.entity).sort()).toEqual(['api_token', 'calendar_feed']);
  });
});

describe('changing the password', () => {
  it('keeps API tokens and the calendar feed unless asked to revoke them', async () => {
    const user = await server.userClient('relationship_manager');
    const { script, feed } = await credentialsOf(user);
    const kept = await user.post('/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'first new secret 1',
    });
    expect(kept.status).toBe(204);
    expect((await script.get('/api/v1/auth/me')).status).toBe(200);
    expect(await feedStatus(feed)).toBe(200);

    const onlyTokens = await user.post('/api/v1/auth/password', {
      currentPassword: 'first new secret 1',
      newPassword: 'second new secret 2',
      revokeTokens: true,
    });
    expect(onlyTokens.status).toBe(204);
    expect((await script.get('/api/v1/auth/me')).status).toBe(401);
    expect(await feedStatus(feed)).toBe(200);

    const both = await credentialsOf(user);
    const revoked = await user.post('/api/v1/auth/password', {
      currentPassword: 'second new secret 2',
      newPassword: 'third new secret 3',
      revokeTokens: true,
      revokeCalendarFeed: true,
    });
    expect(revoked.status).toBe(204);
    expect((await both.script.get('/api/v1/auth/me')).status).toBe(401);
    expect(await feedStatus(both.feed)).toBe(404);
    expect((await user.get('/api/v1/auth/me')).status).toBe(200);
  });
});

describe('token expiry', () => {
  it('takes an expiry in days or as a moment, lists it with the last use, and refuses the token afterwards', async () => {
    const user = await server.userClient('relationship_manager');
    const created = await user.post('/api/v1/tokens', { name: 'monthly report', expiresInDays: 30 });
    expect(created.status).toBe(201);
    const expiresAt = new Date(created.body.expiresAt).getTime();
    expect(Math.abs(expiresAt - (Date.now() + 30 * 86_400_000))).toBeLessThan(5 * 60_000);
    const script = server.client();
    script.token = created.body.token;
    expect((await script.get('/api/v1/auth/me')).status).toBe(200);
    const [listed] = (await user.get('/api/v1/tokens')).body.items;
    expect(listed).toMatchObject({ name: 'monthly report', expiresAt: created.body.expiresAt });
    expect(listed.lastUsedAt).not.toBeNull();

    // The token's time runs out (the clock is the database row: no waiting).
    await server.db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, created.body.id));
    expect((await script.get('/api/v1/auth/me')).status).toBe(401);

    const moment = new Date(Date.now() + 3_600_000).toISOString();
    const atMoment = await user.post('/api/v1/tokens', { name: 'one hour', expiresAt: moment });
    expect(atMoment.status).toBe(201);
    expect(atMoment.body.expiresAt).toBe(moment);
    const forever = await user.post('/api/v1/tokens', { name: 'forever' });
    expect(forever.body.expiresAt).toBeNull();
  });

  it('refuses a bad expiry, naming the field, and creates nothing', async () => {
    const user = await server.userClient('relationship_manager');
    const bad: [Record<string, unknown>, string][] = [
      [{ expiresInDays: 0 }, 'expiresInDays'],
      [{ expiresInDays: 1.5 }, 'expiresInDays'],
      [{ expiresInDays: 4000 }, 'expiresInDays'],
      [{ expiresAt: 'tomorrow' }, 'expiresAt'],
      [{ expiresAt: new Date(Date.now() - 60_000).toISOString() }, 'expiresAt'],
      [{ expiresAt: new Date(Date.now() + 86_400_000).toISOString(), expiresInDays: 1 }, 'expiresAt'],
    ];
    for (const [expiry, field] of bad) {
      const answer = await user.post('/api/v1/tokens', { name: 'bad', ...expiry });
      expect(answer.status, JSON.stringify(expiry)).toBe(400);
      expect(answer.body.error.fields).toHaveProperty(field);
    }
    expect((await user.get('/api/v1/tokens')).body.items).toEqual([]);
  });
});
