import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Passwords that the length rule alone let through, and the reason each is refused now. */
const refused: [string, string, RegExp][] = [
  ['digits in a row', '1234567890', /too common/],
  ['a listed word with digits', 'password12', /too common/],
  ['a listed word in capitals with a year and a symbol', 'IloveYou2024!', /too common/],
  ['ten spaces', ' '.repeat(10), /only spaces/],
  ['ten NUL characters', '\0'.repeat(10), /control characters/],
  ['a tab inside', 'correct\thorse battery', /control characters/],
  ['too long', 'x'.repeat(257), /at most 256/],
  ['too short', 'short one', /at least 10/],
];

describe('the password rules', () => {
  it('refuse common, blank, control-character and over-long passwords at first-run setup, naming the field', async () => {
    const visitor = server.client();
    for (const [, password, message] of refused) {
      const answer = await visitor.post('/api/v1/auth/setup', {
        email: 'boss@example.com',
        name: '王总',
        password,
        setupCode: server.setupCode,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.error.fields.password).toMatch(message);
    }
    const ownEmail = await visitor.post('/api/v1/auth/setup', {
      email: 'wang.zong.boss@example.com',
      name: '王总',
      password: 'Wang.Zong.Boss@example.com',
      setupCode: server.setupCode,
    });
    expect(ownEmail.status).toBe(400);
    expect(ownEmail.body.error.fields.password).toMatch(/email or name/);
    expect((await visitor.get('/api/v1/auth/setup')).body).toEqual({ needed: true });
  });

  it('refuse the same when an admin creates or resets a user', async () => {
    const admin = await server.userClient('admin');
    const input = { email: 'li.na@example.com', name: '李娜', role: 'relationship_manager' };
    for (const [, password, message] of refused) {
      const created = await admin.post('/api/v1/users', { ...input, password });
      expect(created.status).toBe(400);
      expect(created.body.error.fields.password).toMatch(message);
    }
    const ownName = await admin.post('/api/v1/users', {
      ...input,
      name: 'Li Na Sales Lead',
      password: 'lina sales lead',
    });
    expect(ownName.body.error.fields.password).toMatch(/email or name/);
    const created = await admin.post('/api/v1/users', { ...input, password: PASSWORD });
    expect(created.status).toBe(201);
    const reset = await admin.patch(`/api/v1/users/${created.body.id}`, { password: 'password2024' });
    expect(reset.status).toBe(400);
    expect(reset.body.error.fields.password).toMatch(/too common/);
    const ownEmail = await admin.patch(`/api/v1/users/${created.body.id}`, { password: 'li.na@example.com' });
    expect(ownEmail.body.error.fields.password).toMatch(/email or name/);
    await server.client().login('li.na@example.com', PASSWORD);
  });

  it('refuse the same when users change their own password, which then still works', async () => {
    const user = await server.userClient('relationship_manager');
    for (const [, newPassword, message] of refused) {
      const answer = await user.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword });
      expect(answer.status).toBe(400);
      expect(answer.body.error.fields.newPassword).toMatch(message);
    }
    const ownEmail = await user.post('/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: user.user.email,
    });
    expect(ownEmail.status).toBe(400);
    expect(ownEmail.body.error.fields.newPassword).toMatch(/email or name/);
    await server.client().login(user.user.email, PASSWORD);
    const fine = await user.post('/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: '青山不改 绿水长流 2024',
    });
    expect(fine.status).toBe(204);
    await server.client().login(user.user.email, '青山不改 绿水长流 2024');
  });
});
