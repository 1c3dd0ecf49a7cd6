import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../src/auth/index.ts';
import { readSessionLimits, sessionLimits } from '../../src/auth/session-limits.ts';
import { sessions } from '../../src/db/schema/index.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const minutes = (n: number) => n * 60_000;
const secretOf = (client: ApiClient) => hashSecret(decodeURIComponent(client.cookie!.split('=')[1]));

/** Moves the session's clock: its last use `idle` ago (and its start with it); no waiting. */
async function lastUsed(client: ApiClient, idle: number) {
  const at = new Date(Date.now() - idle);
  await server.db
    .update(sessions)
    .set({ lastSeenAt: at, createdAt: at })
    .where(eq(sessions.secretHash, secretOf(client)));
}

async function lastSeenOf(client: ApiClient) {
  const [row] = await server.db
    .select()
    .from(sessions)
    .where(eq(sessions.secretHash, secretOf(client)));
  return row.lastSeenAt.getTime();
}

describe('session idle timeout', () => {
  it('ends a session unused for 13 days, though its absolute lifetime (14 days) has not run out', async () => {
    const user = await server.userClient('relationship_manager');
    await lastUsed(user, 13 * 24 * 60 * 60_000);
    expect((await user.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('ends a session unused just past the idle limit', async () => {
    const user = await server.userClient('relationship_manager');
    await lastUsed(user, minutes(sessionLimits.idleMinutes + 1));
    expect((await user.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('slides with use: a session used within the limit lives on from that use', async () => {
    const user = await server.userClient('relationship_manager');
    for (let round = 0; round < 3; round++) {
      await lastUsed(user, minutes(sessionLimits.idleMinutes - 5));
      expect((await user.get('/api/v1/auth/me')).status).toBe(200);
      expect(Date.now() - (await lastSeenOf(user))).toBeLessThan(minutes(1));
    }
  });

  it('still ends at the absolute lifetime, however busy', async () => {
    const user = await server.userClient('relationship_manager');
    await server.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.secretHash, secretOf(user)));
    expect((await user.get('/api/v1/auth/me')).status).toBe(401);
  });
});

describe('session limits from the environment', () => {
  it('default to 8 hours idle and 14 days in all, and refuse nonsense', () => {
    expect(readSessionLimits({})).toEqual({ idleMinutes: 480, days: 14 });
    expect(readSessionLimits({ GUANXI_SESSION_IDLE_MINUTES: '30', GUANXI_SESSION_DAYS: '1' })).toEqual({
      idleMinutes: 30,
      days: 1,
    });
    for (const bad of ['0', '-5', '1.5', 'two hours'])
      expect(() => readSessionLimits({ GUANXI_SESSION_IDLE_MINUTES: bad })).toThrow(/GUANXI_SESSION_IDLE_MINUTES/);
    expect(() => readSessionLimits({ GUANXI_SESSION_DAYS: '9999' })).toThrow(/GUANXI_SESSION_DAYS/);
  });
});
