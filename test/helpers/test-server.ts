import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { systemActor } from '../../src/auth/index.ts';
import { type Database, openDatabase } from '../../src/db/client.ts';
import type { Role } from '../../src/db/schema/index.ts';
import { type AppOptions, buildApp } from '../../src/server/app.ts';
import { createUser } from '../../src/users/users.service.ts';

/**
 * A real Guanxi server on a free port, over a fresh database: PGlite in memory by default, or a new
 * database created on the PostgreSQL server of DATABASE_URL (dropped again by `close`).
 */
export async function startTestServer(options: Omit<AppOptions, 'database'> = {}) {
  const { database, dropDatabase } = await freshDatabase();
  await database.migrate();
  const setupCode = options.setupCode ?? 'TEST-SETU-PCDE';
  const app = await buildApp({ ...options, database, setupCode });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  let userCount = 0;
  return {
    baseUrl,
    /** What the first-run setup asks for. */
    setupCode,
    database,
    db: database.db,
    /** Creates a user directly (as the shell does) and returns a logged-in client. */
    async userClient(role: Role, name = `${role} ${++userCount}`) {
      const email = `${role}.${userCount}.${randomBytes(3).toString('hex')}@example.com`;
      const user = await createUser({
        db: database.db,
        actor: systemActor('command line'),
        input: { email, name, role, password: PASSWORD },
      });
      const client = new ApiClient(baseUrl);
      await client.login(email, PASSWORD);
      return Object.assign(client, { user });
    },
    client: () => new ApiClient(baseUrl),
    async close() {
      await app.close();
      await database.close();
      await dropDatabase();
    },
  };
}

export const PASSWORD = 'correct horse battery';

async function freshDatabase(): Promise<{ database: Database; dropDatabase: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { database: await openDatabase({ dataDir: 'memory://' }), dropDatabase: async () => {} };
  const { url, dropDatabase } = await createServerDatabase(serverUrl);
  return { database: await openDatabase({ url }), dropDatabase };
}

/** Creates an empty database on the PostgreSQL server of `serverUrl`; `dropDatabase` removes it. */
export async function createServerDatabase(serverUrl: string) {
  const name = `guanxi_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async dropDatabase() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A minimal HTTP client with a cookie jar of one session cookie, or a bearer token. */
export class ApiClient {
  cookie?: string;
  token?: string;
  /** Sent as Accept-Language when set, as a browser in that language would. */
  acceptLanguage?: string;

  constructor(readonly baseUrl: string) {}

  /** The session cookie (with the app's own Origin, as a browser sends it) or the bearer token. */
  credentials(): Record<string, string> {
    const headers: Record<string, string> = {};
    if (this.cookie) Object.assign(headers, { cookie: this.cookie, origin: this.baseUrl });
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (this.acceptLanguage) headers['accept-language'] = this.acceptLanguage;
    return headers;
  }

  async request<T = any>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers = this.credentials();
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body ?? {});
  patch = <T = any>(path: string, body: unknown) => this.request<T>('PATCH', path, body);
  delete = <T = any>(path: string) => this.request<T>('DELETE', path);

  async login(email: string, password: string) {
    const response = await this.post('/api/v1/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  }
}
