import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDist } from '../../src/server/web.ts';
import { startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the HTTP surface', () => {
  it('publishes an OpenAPI document generated from the route schemas, and its rendered docs', async () => {
    const document = await server.client().get('/api/openapi.json');
    expect(document.status).toBe(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/customers',
        '/api/v1/customers/{id}',
        '/api/v1/customers/{id}/contacts',
        '/api/v1/contacts/{id}',
        '/api/v1/users/{id}',
        '/api/v1/tokens/{id}',
        '/api/v1/audit',
      ]),
    );
    expect(document.body.components.schemas.Customer.properties.kind.enum).toEqual(['organization', 'person']);
    const parameters = document.body.paths['/api/v1/customers'].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(
      expect.arrayContaining(['q', 'ownerId', 'tag', 'kind', 'source', 'level', 'sort', 'cursor']),
    );
    const docs = await fetch(`${server.baseUrl}/api/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toMatch(/swagger/i);
  });

  it('answers unknown API routes with a JSON 404 and never a 500 for malformed bodies', async () => {
    const admin = await server.userClient('admin');
    expect((await admin.get('/api/v1/nothing-here')).body.error.code).toBe('not_found');
    expect((await server.client().get('/api/v1/nothing-here')).status).toBe(401);
    const broken = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": ',
    });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe('bad_request');
    const huge = await admin.post('/api/v1/customers', { kind: 'person', name: 'x'.repeat(2_000_000) });
    expect(huge.status).toBe(413);
  });

  it.skipIf(!existsSync(`${webDist}/index.html`))('serves the web app for any page path', async () => {
    for (const path of ['/', '/customers', '/customers/123', '/login']) {
      const page = await fetch(server.baseUrl + path);
      expect(page.status, path).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">/);
    }
  });
});
