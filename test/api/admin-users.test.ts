import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, PASSWORD, startTestServer } from '../helpers/test-server.ts';

/** An administrator corrects a user's name and email and resets their password. */
let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = ApiClient & { user: { id: string; email: string } };
let admin: Client;
let manager: Client;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.userClient('admin', '管理员');
  manager = await server.userClient('manager', '总经理');
}, 180_000);
afterAll(() => server.close());

const auditOf = async (id: string) => (await admin.get(`/api/v1/audit?entity=user&entityId=${id}`)).body.items;

describe("correcting a user's name and email", () => {
  it('saves both, audited, and the user logs in with the new email', async () => {
    const user = await server.userClient('relationship_manager', '李楠');
    const saved = await admin.patch(`/api/v1/users/${user.user.id}`, { name: '李娜', email: ' Li.Na@Example.com ' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ name: '李娜', email: 'li.na@example.com' });
    const [entry] = await auditOf(user.user.id);
    expect(entry.changes).toEqual({
      name: { before: '李楠', after: '李娜' },
      email: { before: user.user.email, after: 'li.na@example.com' },
    });
    await server.client().login('li.na@example.com', PASSWORD);
  });

  it('answers 409 naming the email when another user has it, 400 for a bad one', async () => {
    const user = await server.userClient('service');
    const taken = await admin.patch(`/api/v1/users/${user.user.id}`, { email: manager.user.email.toUpperCase() });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields).toEqual({ email: 'already in use' });
    const bad = await admin.patch(`/api/v1/users/${user.user.id}`, { email: 'not an email', name: ' ' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['email', 'name']);
    expect((await admin.patch(`/api/v1/users/${user.user.id}`, { email: user.user.email })).status).toBe(200);
  });

  it('is for administrators only', async () => {
    const user = await server.userClient('relationship_manager');
    expect((await manager.patch(`/api/v1/users/${user.user.id}`, { name: 'x' })).status).toBe(403);
    expect((await user.patch(`/api/v1/users/${user.user.id}`, { email: 'me@example.com' })).status).toBe(403);
  });
});

describe("resetting a user's password", () => {
  it('generates a temporary password shown once, ends every credential, and asks for a new one at sign-in', async () => {
    const user = await server.userClient('relationship_manager', '周杰');
    const token = (await user.post('/api/v1/tokens', { name: 'script' })).body.token;
    const script = server.client();
    script.token = token;
    const feed = (await user.post('/api/v1/calendar-feed')).body.url as string;

    const reset = await admin.post(`/api/v1/users/${user.user.id}/password-reset`, {});
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    const temporary: string = reset.body.temporaryPassword;
    expect(temporary).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    expect(reset.body.user).toMatchObject({ id: user.user.id, passwordChangeRequired: true });

    expect((await user.get('/api/v1/auth/me')).status).toBe(401);
    expect((await script.get('/api/v1/auth/me')).status).toBe(401);
    expect((await fetch(feed)).status).toBe(404);
    await expect(server.client().login(user.user.email, PASSWORD)).rejects.toThrow(/401/);

    const again = server.client();
    await again.login(user.user.email, temporary);
    expect((await again.get('/api/v1/auth/me')).body.user.passwordChangeRequired).toBe(true);
    const same = await again.post('/api/v1/auth/password', { currentPassword: temporary, newPassword: temporary });
    expect(same.body.error.fields).toEqual({ newPassword: 'must differ from the temporary password' });
    const changed = await again.post('/api/v1/auth/password', {
      currentPassword: temporary,
      newPassword: 'my own new secret',
    });
    expect(changed.status).toBe(204);
    expect((await again.get('/api/v1/auth/me')).body.user.passwordChangeRequired).toBe(false);

    const entries = await auditOf(user.user.id);
    const resetEntry = entries.find(
      (entry: { changes: { password?: { after: string } } }) => entry.changes.password?.after === '(reset)',
    );
    expect(resetEntry).toMatchObject({ actorId: admin.user.id, action: 'update' });
    expect(resetEntry.changes.passwordChangeRequired).toEqual({ before: false, after: true });
    expect(JSON.stringify(entries)).not.toContain(temporary);
  });

  it('takes the administrator’s own temporary password, under the password rules', async () => {
    const user = await server.userClient('service', '孙丽');
    const common = await admin.post(`/api/v1/users/${user.user.id}/password-reset`, { password: 'password2024' });
    expect(common.status).toBe(400);
    expect(common.body.error.fields.password).toMatch(/too common/);
    const short = await admin.post(`/api/v1/users/${user.user.id}/password-reset`, { password: 'qz7#wv' });
    expect(short.body.error.fields.password).toMatch(/at least 10/);
    expect((await admin.post(`/api/v1/users/${user.user.id}/password-reset`, { pass: 'x' })).status).toBe(400);
    const chosen = await admin.post(`/api/v1/users/${user.user.id}/password-reset`, { password: 'a temporary one 7' });
    expect(chosen.status).toBe(200);
    expect(chosen.body.temporaryPassword).toBeNull();
    await server.client().login(user.user.email, 'a temporary one 7');
  });

  it('is for administrators only, on other users: an administrator cannot lock themself out', async () => {
    const user = await server.userClient('relationship_manager');
    expect((await manager.post(`/api/v1/users/${user.user.id}/password-reset`, {})).status).toBe(403);
    expect((await user.post(`/api/v1/users/${user.user.id}/password-reset`, {})).status).toBe(403);
    const own = await admin.post(`/api/v1/users/${admin.user.id}/password-reset`, {});
    expect(own.status).toBe(400);
    expect(own.body.error.fields.password).toMatch(/Account page/);
    expect((await admin.patch(`/api/v1/users/${admin.user.id}`, { password: 'another secret 9' })).status).toBe(400);
    expect((await admin.get('/api/v1/auth/me')).status).toBe(200);
    const missing = await admin.post('/api/v1/users/00000000-0000-4000-8000-000000000000/password-reset', {});
    expect(missing.status).toBe(404);
    expect((await admin.post('/api/v1/users/not-a-user/password-reset', {})).status).toBe(400);
  });
});
