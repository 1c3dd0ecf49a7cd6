import { and, eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.ts';
import { type ApiClient, PASSWORD, startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** The code an authenticator app shows for `secret`, `steps` 30-second steps from now. */
const codeOf = (secret: string, steps = 0) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + steps * 30_000 });

/** Turns two-factor sign-in on for the client's user and returns the secret. */
async function enrol(client: ApiClient) {
  const started = await client.post('/api/v1/auth/totp');
  expect(started.status).toBe(201);
  const confirmed = await client.post('/api/v1/auth/totp/confirm', { code: codeOf(started.body.secret) });
  expect(confirmed.status).toBe(204);
  return started.body.secret as string;
}

const login = (email: string, extra: Record<string, string> = {}) =>
  server.client().post('/api/v1/auth/login', { email, password: PASSWORD, ...extra });

describe('setting up two-factor sign-in', () => {
  it('gives a secret and an otpauth URI, and turns on only with a right code from the app', async () => {
    const user = await server.userClient('relationship_manager');
    expect((await user.get('/api/v1/auth/totp')).body).toMatchObject({ enabled: false, pending: false });
    const started = await user.post('/api/v1/auth/totp');
    expect(started.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.body.uri).toMatch(/^otpauth:\/\/totp\/Guanxi:.+\?.*secret=[A-Z2-7]{32}/);
    expect((await user.get('/api/v1/auth/totp')).body).toMatchObject({ enabled: false, pending: true });
    expect((await login(user.user.email)).status).toBe(200); // not guarding anything before confirmation

    const wrongCode = (Number(codeOf(started.body.secret)) + 1).toString().padStart(6, '0').slice(-6);
    const wrong = await user.post('/api/v1/auth/totp/confirm', { code: wrongCode });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty('code');
    const right = await user.post('/api/v1/auth/totp/confirm', { code: codeOf(started.body.secret) });
    expect(right.status).toBe(204);
    expect((await user.get('/api/v1/auth/totp')).body).toMatchObject({ enabled: true, pending: false });
    expect((await user.get('/api/v1/auth/me')).body.user.totpEnabledAt).not.toBeNull();
    expect((await user.post('/api/v1/auth/totp')).status).toBe(409);
  });
});

describe('logging in with two-factor sign-in', () => {
  it('asks for the code after a right password, without a session, and takes each code once', async () => {
    const user = await server.userClient('relationship_manager');
    const secret = await enrol(user);

    const passwordOnly = await login(user.user.email);
    expect(passwordOnly.status).toBe(401);
    expect(passwordOnly.body.error.code).toBe('totp_required');
    expect(passwordOnly.headers.get('set-cookie')).toBeNull();

    // The code of the confirmation was used: the next step's code is what the app shows a moment later.
    const next = codeOf(secret, 1);
    const withCode = await login(user.user.email, { totpCode: next });
    expect(withCode.status).toBe(200);
    expect(withCode.headers.get('set-cookie')).toMatch(/guanxi_session=gxs_/);

    const replayed = await login(user.user.email, { totpCode: next });
    expect(replayed.status).toBe(401);
    expect(replayed.body.error.fields).toHaveProperty('totpCode');
    const earlier = await login(user.user.email, { totpCode: codeOf(secret) });
    expect(earlier.status).toBe(401);
  });

  it('refuses a wrong code, and a right code with a wrong password', async () => {
    const user = await server.userClient('relationship_manager');
    const secret = await enrol(user);
    const wrong = await login(user.user.email, { totpCode: '000000' === codeOf(secret, 1) ? '111111' : '000000' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    const wrongPassword = await server.client().post('/api/v1/auth/login', {
      email: user.user.email,
      password: 'not the password',
      totpCode: codeOf(secret, 1),
    });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body.error.code).toBe('invalid_credentials');
  });
});

describe('turning two-factor sign-in off', () => {
  it('needs a current code or the password; an administrator may reset it for a user, audited', async () => {
    const admin = await server.userClient('admin');
    const manager = await server.userClient('manager');
    const user = await server.userClient('relationship_manager');
    const secret = await enrol(user);
    expect((await user.request('DELETE', '/api/v1/auth/totp', {})).status).toBe(400);
    const wrongPassword = await user.request('DELETE', '/api/v1/auth/totp', { password: 'not the password' });
    expect(wrongPassword.body.error.fields).toHaveProperty('password');
    expect((await user.request('DELETE', '/api/v1/auth/totp', { code: codeOf(secret, 1) })).status).toBe(204);
    expect((await login(user.user.email)).status).toBe(200);

    await enrol(user);
    expect((await manager.delete(`/api/v1/users/${user.user.id}/totp`)).status).toBe(403);
    expect((await admin.delete(`/api/v1/users/${user.user.id}/totp`)).status).toBe(204);
    expect((await login(user.user.email)).status).toBe(200);
    const audited = await server.db
      .select({ changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.user.id), eq(auditLog.actorId, admin.user.id)));
    expect(JSON.stringify(audited)).toMatch(/twoFactor/);
    expect(JSON.stringify(audited)).not.toContain(secret);
  });
});

describe('requiring two-factor sign-in for administrators', () => {
  it('lets an administrator without it only set it up, leaving other roles alone', async () => {
    const boss = await server.userClient('admin');
    const rm = await server.userClient('relationship_manager');
    expect((await rm.request('PUT', '/api/v1/auth/two-factor-policy', { requiredForAdmins: true })).status).toBe(403);
    const first = await boss.request('PUT', '/api/v1/auth/two-factor-policy', { requiredForAdmins: true });
    expect(first.status).toBe(400); // the boss has no second factor yet
    expect(first.body.error.fields).toHaveProperty('requiredForAdmins');
    const bossSecret = await enrol(boss);
    expect((await boss.request('PUT', '/api/v1/auth/two-factor-policy', { requiredForAdmins: true })).status).toBe(200);

    const other = await server.userClient('admin');
    const refused = await other.get('/api/v1/customers');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('totp_enrolment_required');
    expect((await other.get('/api/v1/auth/me')).status).toBe(200);
    expect((await other.get('/api/v1/auth/totp')).body).toMatchObject({ enrolmentRequired: true });
    await enrol(other);
    expect((await other.get('/api/v1/customers')).status).toBe(200);
    expect((await other.get('/api/v1/auth/totp')).body.enrolmentRequired).toBe(false);

    expect((await rm.get('/api/v1/customers')).status).toBe(200);
    const keep = await boss.request('DELETE', '/api/v1/auth/totp', { code: codeOf(bossSecret, 1) });
    expect(keep.status).toBe(400);
    expect((await boss.request('PUT', '/api/v1/auth/two-factor-policy', { requiredForAdmins: false })).status).toBe(
      200,
    );
    expect((await rm.get('/api/v1/auth/two-factor-policy')).body).toEqual({ requiredForAdmins: false });
  });
});
