import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDist } from '../../src/server/web.ts';
import { postForm } from '../fixtures/import/http.ts';
import { requestFrom } from '../helpers/requests-from.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.userClient('admin');
});
afterAll(() => server.close());

/** A cookie-authenticated write with the given browser headers instead of the app's own Origin. */
async function writeWith(headers: Record<string, string>) {
  const response = await fetch(`${server.baseUrl}/api/v1/customers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: admin.cookie as string, ...headers },
    body: JSON.stringify({ kind: 'person', name: '跨站' }),
  });
  return { status: response.status, body: await response.json() };
}

describe('security headers', () => {
  it('sends a content security policy, no framing, no sniffing and a same-origin referrer on every answer', async () => {
    const paths = ['/api/v1/auth/setup', '/api/v1/customers', ...(existsSync(`${webDist}/index.html`) ? ['/'] : [])];
    for (const path of paths) {
      const { headers } = await fetch(server.baseUrl + path, { headers: admin.credentials() });
      expect(headers.get('content-security-policy'), path).toMatch(/script-src 'self'(;|$)/);
      expect(headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('same-origin');
      expect(headers.get('strict-transport-security'), `${path} over plain HTTP`).toBeNull();
    }
  });

  it('sends HSTS when the request came over HTTPS through a trusted proxy, and only then', async () => {
    const behindProxy = await startTestServer({ trustedProxies: ['127.0.0.2'] });
    try {
      const hsts = async (from: string) =>
        (
          await requestFrom(behindProxy.baseUrl, from, {
            method: 'GET',
            path: '/api/v1/auth/setup',
            headers: { 'x-forwarded-proto': 'https' },
          })
        ).headers.get('strict-transport-security');
      expect(await hsts('127.0.0.2')).toMatch(/max-age=\d+/);
      expect(await hsts('127.0.0.3'), 'a client that is no trusted proxy').toBeNull();
    } finally {
      await behindProxy.close();
    }
  });

  it('keeps answers with personal data out of every cache', async () => {
    await admin.post('/api/v1/customers', { kind: 'person', name: '缓存' });
    for (const path of ['/api/v1/customers', '/api/v1/exports/customers', '/api/v1/auth/me']) {
      const response = await fetch(server.baseUrl + path, { headers: admin.credentials() });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});

describe('cross-site request forgery', () => {
  it('refuses cookie-authenticated writes from another origin, a null one, or none at all', async () => {
    const forged: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { origin: server.baseUrl.replace('127.0.0.1', 'localhost') },
      { origin: 'null' },
      {},
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of forged) {
      const answer = await writeWith(headers);
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(answer.body.error.code).toBe('forbidden');
    }
    const list = await admin.get('/api/v1/customers?q=跨站');
    expect(list.body.items).toEqual([]);
  });

  it("accepts the app's own origin, and Sec-Fetch-Site same-origin where a browser left Origin out", async () => {
    expect((await writeWith({ origin: server.baseUrl })).status).toBe(201);
    expect((await writeWith({ 'sec-fetch-site': 'same-origin' })).status).toBe(201);
  });

  it('refuses a multipart import posted from another site with the cookie', async () => {
    const forged = Object.assign(Object.create(Object.getPrototypeOf(admin)), admin, {
      credentials: () => ({ cookie: admin.cookie as string, origin: 'http://127.0.0.1:1' }),
    }) as ApiClient;
    const answer = await postForm(forged, '/api/v1/imports?kind=customers', { file: 'name,kind\n张三,person\n' });
    expect(answer.status).toBe(403);
    expect((await admin.get('/api/v1/imports')).body.items).toEqual([]);
  });

  it('leaves API tokens alone: scripts send no Origin', async () => {
    const { body } = await admin.post('/api/v1/tokens', { name: 'script' });
    const response = await fetch(`${server.baseUrl}/api/v1/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${body.token}` },
      body: JSON.stringify({ kind: 'person', name: '脚本' }),
    });
    expect(response.status).toBe(201);
  });
});
