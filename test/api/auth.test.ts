import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('first-run setup', () => {
  it('creates the admin once, logs them in, then refuses', async () => {
    const visitor = server.client();
    expect((await visitor.get('/api/v1/auth/setup')).body).toEqual({ needed: true });
    expect((await visitor.get('/api/v1/customers')).status).toBe(401);

    const bad = await visitor.post('/api/v1/auth/setup', {
      email: 'not-an-email',
      name: '',
      password: 'short',
      setupCode: server.setupCode,
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['email', 'name', 'password']);
    expect((await visitor.get('/api/v1/auth/setup')).body).toEqual({ needed: true });

    const created = await visitor.post('/api/v1/auth/setup', {
      email: 'Boss@Example.com',
      name: '王总',
      password: PASSWORD,
      setupCode: server.setupCode,
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ email: 'boss@example.com', role: 'admin' });
    expect(created.body.user.passwordHash).toBeUndefined();
    expect(created.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(created.headers.get('set-cookie')).toMatch(/SameSite=Lax/i);
    expect((await visitor.get('/api/v1/auth/me')).body.user.name).toBe('王总');

    expect((await server.client().get('/api/v1/auth/setup')).body).toEqual({ needed: false });
    const again = await server.client().post('/api/v1/auth/setup', {
      email: 'x@example.com',
      name: 'X',
      password: PASSWORD,
      setupCode: server.setupCode,
    });
    expect(again.status).toBe(409);
  });
});

describe('login and sessions', () => {
  it('rejects a wrong password, logs in and out', async () => {
    const admin = await server.userClient('admin');
    const visitor = server.client();
    const wrong = await visitor.post('/api/v1/auth/login', { email: admin.user.email, password: 'wrong password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    const unknown = await visitor.post('/api/v1/auth/login', { email: 'nobody@example.com', password: PASSWORD });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);

    await visitor.login(admin.user.email.toUpperCase(), PASSWORD);
    expect((await visitor.get('/api/v1/auth/me')).status).toBe(200);
    const secret = visitor.cookie;
    expect((await visitor.post('/api/v1/auth/logout')).status).toBe(204);
    visitor.cookie = secret; // a stolen copy of the old cookie no longer works
    expect((await visitor.get('/api/v1/auth/me')).status).toBe(401);
  });

  // Throttling (per account and address pair, challenges past many failures) is in login-throttle.test.ts.

  it('changes the password and ends the other sessions', async () => {
    const user = await server.userClient('relationship_manager');
    const otherDevice = server.client();
    await otherDevice.login(user.user.email, PASSWORD);
    const wrong = await user.post('/api/v1/auth/password', {
      currentPassword: 'nope',
      newPassword: 'a new long password',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty('currentPassword');
    const short = await user.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.body.error.fields).toHaveProperty('newPassword');
    expect(
      (await user.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'a new long password' }))
        .status,
    ).toBe(204);
    expect((await user.get('/api/v1/auth/me')).status).toBe(200);
    expect((await otherDevice.get('/api/v1/auth/me')).status).toBe(401);
    await server.client().login(user.user.email, 'a new long password');
  });
});

describe('users', () => {
  it('lets only admins create and change users', async () => {
    const admin = await server.userClient('admin');
    const manager = await server.userClient('manager');
    const input = { email: 'li.na@example.com', name: '李娜', role: 'relationship_manager', password: PASSWORD };
    expect((await manager.post('/api/v1/users', input)).status).toBe(403);
    const created = await admin.post('/api/v1/users', input);
    expect(created.status).toBe(201);
    expect((await admin.post('/api/v1/users', input)).status).toBe(409);
    const bad = await admin.post('/api/v1/users', { ...input, email: 'x', role: 'boss' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['email', 'role']);
    expect((await admin.patch('/api/v1/users/not-an-id', { name: 'x' })).status).toBe(400);
    expect((await admin.patch('/api/v1/users/00000000-0000-4000-8000-000000000000', { name: 'x' })).status).toBe(404);
    expect((await admin.patch(`/api/v1/users/${admin.user.id}`, { disabled: true })).status).toBe(400);
    const listed = await manager.get('/api/v1/users');
    expect(listed.body.items.map((u: { email: string }) => u.email)).toContain('li.na@example.com');
  });

  it('ends the sessions and tokens of a disabled user', async () => {
    const admin = await server.userClient('admin');
    const user = await server.userClient('relationship_manager');
    const token = await user.post('/api/v1/tokens', { name: 'script' });
    const script = server.client();
    script.token = token.body.token;
    expect((await script.get('/api/v1/customers')).status).toBe(200);
    expect((await admin.patch(`/api/v1/users/${user.user.id}`, { disabled: true })).body.disabled).toBe(true);
    expect((await user.get('/api/v1/customers')).status).toBe(401);
    expect((await script.get('/api/v1/customers')).status).toBe(401);
    const again = await server.client().post('/api/v1/auth/login', { email: user.user.email, password: PASSWORD });
    expect(again.status).toBe(401);
  });
});

describe('API tokens', () => {
  it('work as Bearer until revoked, and only by their owner', async () => {
    const user = await server.userClient('relationship_manager');
    const other = await server.userClient('relationship_manager');
    const created = await user.post('/api/v1/tokens', { name: 'nightly export' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^gxt_/);
    const script = server.client();
    script.token = created.body.token;
    expect((await script.get('/api/v1/auth/me')).body.user.id).toBe(user.user.id);
    const listed = await user.get('/api/v1/tokens');
    expect(listed.body.items[0]).toMatchObject({ name: 'nightly export', revokedAt: null });
    expect(listed.body.items[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    expect((await other.delete(`/api/v1/tokens/${created.body.id}`)).status).toBe(404);
    expect((await user.delete(`/api/v1/tokens/${created.body.id}`)).status).toBe(204);
    expect((await script.get('/api/v1/auth/me')).status).toBe(401);
    expect((await user.post('/api/v1/tokens', { name: '' })).status).toBe(400);
    const forged = server.client();
    forged.token = 'gxt_forged';
    expect((await forged.get('/api/v1/customers')).status).toBe(401);
  });
});
