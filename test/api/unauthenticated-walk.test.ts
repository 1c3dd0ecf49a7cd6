import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * Walks every operation of the OpenAPI document without credentials, with forged ones, and with the
 * path spelled as an attacker would (percent-encoded, doubled slashes, dot segments, other cases):
 * every answer must be 401, or the web app's page for a path outside the API. New routes are walked
 * without anyone listing them; a new public route fails until it is added to `publicOperations`.
 */

const publicOperations = [
  'GET /api/v1/auth/setup',
  'POST /api/v1/auth/setup',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/challenge',
  'POST /api/v1/auth/logout',
  'GET /calendar/{file}',
];

let server: Awaited<ReturnType<typeof startTestServer>>;
let operations: { method: string; path: string; public: boolean }[];

beforeAll(async () => {
  server = await startTestServer();
  // A user exists, so that the setup route is closed and the walk meets a real, set-up server.
  await server.userClient('admin');
  const document = (await server.client().get('/api/openapi.json')).body;
  operations = Object.entries(document.paths as Record<string, Record<string, { security?: unknown[] }>>).flatMap(
    ([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        public: Array.isArray(operation.security) && operation.security.length === 0,
      })),
  );
});
afterAll(() => server.close());

/** Sends the path exactly as written (fetch would normalise it), and reads the status, type and start of the body. */
function rawRequest(method: string, path: string, headers: Record<string, string>) {
  const url = new URL(server.baseUrl);
  const body = ['POST', 'PATCH', 'PUT'].includes(method) ? '{}' : undefined;
  return new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const fill = (path: string) => path.replace(/\{[^}]+\}/g, '0b5a4a4e-9f0c-4d8e-8a63-3c1d2f5e6a7b');

/** The same path as an attacker would spell it. */
function variants(path: string): string[] {
  const [, ...segments] = path.split('/');
  const encodeFirst = (segment: string) => `%${segment.charCodeAt(0).toString(16).padStart(2, '0')}${segment.slice(1)}`;
  const list = [path, `${path}/`, `/${path}`, path.replace('/api/', '/api//'), path.toUpperCase()];
  list.push(path.replace(/^\/api\/v1\//, '/Api/V1/'));
  segments.forEach((segment, i) => {
    if (!segment) return;
    const encoded = [...segments];
    encoded[i] = encodeFirst(segment);
    list.push(`/${encoded.join('/')}`);
    const lastEncoded = [...segments];
    lastEncoded[i] = `${segment.slice(0, -1)}%${segment.charCodeAt(segment.length - 1).toString(16)}`;
    list.push(`/${lastEncoded.join('/')}`);
  });
  list.push(path.replace('/v1/', '/v1/./'), path.replace('/v1/', '/v1/x/../'), path.replace('/api/', '/api/%2e/'));
  list.push(path.replace('/api/', '/api%2fv1%2f..%2f'), path.replace('/', '/%2F'), `${path}%00`, `${path}?x=%ZZ`);
  return [...new Set(list)];
}

const credentials: Record<string, Record<string, string>> = {
  none: {},
  'a forged token': { authorization: 'Bearer gxt_forged' },
  'a malformed authorization': { authorization: 'Bearer' },
  'a forged session': { cookie: 'guanxi_session=gxs_forged' },
};

describe('every operation without a valid login', () => {
  it('declares only the expected operations public', () => {
    expect(operations.length).toBeGreaterThan(60);
    expect(operations.filter((o) => o.public).map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining(publicOperations),
    );
    expect(operations.filter((o) => o.public).length).toBe(publicOperations.length);
  });

  it('answers 401, or the web app for paths outside the API, to every spelling of every path', async () => {
    const failures: string[] = [];
    let requests = 0;
    for (const operation of operations.filter((o) => !o.public)) {
      for (const path of variants(fill(operation.path))) {
        for (const [label, headers] of Object.entries(credentials)) {
          const answer = await rawRequest(operation.method, path, headers);
          requests++;
          const webPage = answer.status === 200 && answer.type.startsWith('text/html') && /id="root"/.test(answer.text);
          if (answer.status !== 401 && !webPage)
            failures.push(`${operation.method} ${path} with ${label}: ${answer.status} ${answer.text.slice(0, 120)}`);
        }
      }
    }
    expect(requests).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  });
});
