import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginLimits } from '../../src/auth/login-throttle.ts';
import { startGuanxiServer } from '../e2e/support/guanxi-server.ts';
import { requestFrom } from '../helpers/requests-from.ts';
import { PASSWORD, startTestServer } from '../helpers/test-server.ts';

/** The first-run setup asks for the one-time code that the server printed, so that not just anyone on the network can. */
const now = new Date();
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({ setupCode: 'K7QM-4XPB-T9RW', clock: () => now });
});
afterAll(() => server.close());

const admin = { email: 'boss@example.com', name: '王总', password: PASSWORD };
const setUp = (from: string, setupCode?: string) =>
  requestFrom(server.baseUrl, from, { path: '/api/v1/auth/setup', body: { ...admin, setupCode } });

describe('first-run setup code', () => {
  it('is required, refused when wrong, throttled per address, and forgiving about case and dashes', async () => {
    const missing = await setUp('127.0.0.70');
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toHaveProperty('setupCode');

    const wrong = await setUp('127.0.0.70', 'AAAA-BBBB-CCCC');
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatchObject({ code: 'setup_code_invalid', fields: { setupCode: 'is wrong' } });
    for (let i = 1; i < loginLimits.pairFree; i++) expect((await setUp('127.0.0.70', `WRONG${i}`)).status).toBe(403);
    const waiting = await setUp('127.0.0.70', 'K7QM-4XPB-T9RW');
    expect(waiting.status).toBe(429);
    expect(waiting.headers.get('retry-after')).toBe('1');
    expect((await server.client().get('/api/v1/auth/setup')).body).toEqual({ needed: true });

    // Someone else (or the same address after its wait) with the code sets up.
    const created = await setUp('127.0.0.71', ' k7qm 4xpb t9rw ');
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ email: admin.email, role: 'admin' });
    expect((await setUp('127.0.0.72', 'K7QM-4XPB-T9RW')).status).toBe(409);
  });
});

describe('guanxi serve', () => {
  it('prints a setup code while no user exists, and the setup takes that code', async () => {
    const served = await startGuanxiServer();
    try {
      expect(served.setupCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      // Framed on the console and written to the log as well.
      expect(served.output().split(served.setupCode).length - 1).toBeGreaterThanOrEqual(2);
      const setUpServed = (setupCode: string) =>
        requestFrom(served.baseUrl, '127.0.0.73', { path: '/api/v1/auth/setup', body: { ...admin, setupCode } });
      expect((await setUpServed('AAAA-BBBB-CCCC')).status).toBe(403);
      expect((await setUpServed(served.setupCode)).status).toBe(201);
    } finally {
      await served.stop();
    }
  });
});
