import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, type ApiResponse, PASSWORD, startTestServer } from '../helpers/test-server.ts';
import { cjk, untranslatedEnglish } from '../helpers/untranslated-english.ts';

/**
 * One language at a time (issue 11, item 11): every error the API answers is written wholly in the
 * reader's language. In Chinese, no English word is left but what the caller sent (field keys, enum
 * codes, the path) and a few abbreviations; in English, no Chinese at all.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = ApiClient & { user: { id: string; email: string } };
let admin: Client;
let manager: Client;
let owner: Client;
let service: Client;
let customerWithOrder: string;
/** The Accept-Language of every client in the current block. */
let acceptLanguage: string | undefined;
const anonymous = () => Object.assign(server.client(), { acceptLanguage });

const nobody = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.userClient('admin');
  manager = await server.userClient('manager');
  owner = await server.userClient('relationship_manager');
  service = await server.userClient('service');
  customerWithOrder = (await manager.post('/api/v1/customers', { kind: 'person', name: 'Wang Fang' })).body.id;
  const order = await manager.post('/api/v1/orders', {
    customerId: customerWithOrder,
    orderedAt: '2026-05-01T10:00:00+08:00',
    lines: [{ description: 'Tea', quantity: 1, unitPrice: '88.00' }],
  });
  expect(order.status).toBe(201);
});
afterAll(() => server.close());

/** A request with a body and content type of its own (JSON that is not, a wrong type). */
async function raw(client: ApiClient, method: string, path: string, body: string, type: string): Promise<ApiResponse> {
  const response = await fetch(server.baseUrl + path, {
    method,
    headers: { ...client.credentials(), 'content-type': type },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

interface Provocation {
  what: string;
  status: number;
  answer: () => Promise<ApiResponse>;
  /** What the caller sent (or the schema's codes) that may stay as it is in a Chinese message. */
  identifiers?: string[];
}

const customerKinds = ['organization', 'person'];

const provocations: Provocation[] = [
  {
    what: 'a wrong password',
    status: 401,
    answer: () => anonymous().post('/api/v1/auth/login', { email: owner.user.email, password: `${PASSWORD}!` }),
  },
  { what: 'no session', status: 401, answer: () => anonymous().get('/api/v1/customers') },
  {
    what: 'deleting a customer with orders',
    status: 409,
    answer: () => manager.delete(`/api/v1/customers/${customerWithOrder}`),
  },
  {
    what: 'missing fields',
    status: 400,
    answer: () => manager.post('/api/v1/customers', {}),
    identifiers: customerKinds,
  },
  {
    what: 'a name too long',
    status: 400,
    answer: () => manager.post('/api/v1/customers', { kind: 'person', name: 'x'.repeat(201) }),
  },
  {
    what: 'a kind not among the codes',
    status: 400,
    answer: () => manager.post('/api/v1/customers', { kind: 'alien', name: 'A' }),
    identifiers: customerKinds,
  },
  {
    what: 'a bad email',
    status: 400,
    answer: () => manager.post('/api/v1/customers', { kind: 'person', name: 'A', email: 'not-an-address' }),
  },
  {
    what: 'a number of the wrong type',
    status: 400,
    answer: () => manager.post('/api/v1/customers', { kind: 'person', name: 'A', potentialScore: 'high' }),
  },
  {
    what: 'a key the body does not have',
    status: 400,
    answer: () => manager.post('/api/v1/customers', { kind: 'person', name: 'A', colour: 'red' }),
    identifiers: ['colour'],
  },
  {
    what: 'an order without lines',
    status: 400,
    answer: () =>
      manager.post('/api/v1/orders', {
        customerId: customerWithOrder,
        orderedAt: '2026-05-01T10:00:00+08:00',
        lines: [],
      }),
  },
  { what: 'a bad id in the path', status: 400, answer: () => manager.get('/api/v1/customers/not-a-uuid') },
  { what: 'a bad value in the query', status: 400, answer: () => manager.get('/api/v1/customers?limit=0') },
  { what: 'a bad cursor', status: 400, answer: () => manager.get('/api/v1/customers?cursor=garbage') },
  {
    what: 'a query contradicting itself',
    status: 400,
    answer: () => admin.get('/api/v1/audit?from=2026-02-01&to=2026-01-01'),
    identifiers: ['from'],
  },
  { what: 'no such customer', status: 404, answer: () => manager.get(`/api/v1/customers/${nobody}`) },
  { what: 'no such contact', status: 404, answer: () => manager.get(`/api/v1/contacts/${nobody}`) },
  { what: 'no such order', status: 404, answer: () => manager.get(`/api/v1/orders/${nobody}`) },
  { what: 'no such product', status: 404, answer: () => manager.get(`/api/v1/products/${nobody}`) },
  { what: 'no such task', status: 404, answer: () => manager.get(`/api/v1/tasks/${nobody}`) },
  { what: 'no such interaction', status: 404, answer: () => manager.get(`/api/v1/interactions/${nobody}`) },
  { what: 'no such rule', status: 404, answer: () => manager.get(`/api/v1/contact-rules/${nobody}`) },
  { what: 'no such user', status: 404, answer: () => admin.patch(`/api/v1/users/${nobody}`, { name: 'B' }) },
  { what: 'no such token', status: 404, answer: () => owner.delete(`/api/v1/tokens/${nobody}`) },
  { what: 'no such analysis', status: 404, answer: () => manager.delete(`/api/v1/analytics/runs/${nobody}`) },
  {
    what: 'service staff changing a customer',
    status: 403,
    answer: () => service.post('/api/v1/customers', { kind: 'person', name: 'A' }),
  },
  { what: 'a non-administrator reading the audit log', status: 403, answer: () => owner.get('/api/v1/audit') },
  {
    what: 'an unknown route',
    status: 404,
    answer: () => manager.get('/api/v1/no-such-thing'),
    identifiers: ['GET', '/api/v1/no-such-thing'],
  },
  {
    what: 'a malformed JSON body',
    status: 400,
    answer: () => raw(manager, 'POST', '/api/v1/customers', '{"kind": "person", "name": ', 'application/json'),
  },
  {
    what: 'a wrong content type',
    status: 415,
    answer: () => raw(manager, 'POST', '/api/v1/customers', '<customer/>', 'application/xml'),
  },
];

const everyClient = () => [admin, manager, owner, service];

/** The texts of an error answer a person reads: its message and each field's problem. */
function textsOf(answer: ApiResponse): string[] {
  const { message, fields } = answer.body.error;
  return [message, ...Object.values((fields ?? {}) as Record<string, string>)];
}

describe('errors in Chinese (Accept-Language: zh-CN)', () => {
  beforeAll(() => {
    acceptLanguage = 'zh-CN,zh;q=0.9';
    for (const client of everyClient()) client.acceptLanguage = acceptLanguage;
  });

  it.each(provocations)('$what: no English left', async ({ status, answer, identifiers = [] }) => {
    const response = await answer();
    expect(response.status).toBe(status);
    const fieldKeys = Object.keys(response.body.error.fields ?? {}).flatMap((key) => key.split('.'));
    for (const text of textsOf(response)) {
      expect(text).toMatch(cjk);
      expect(untranslatedEnglish(text, [...fieldKeys, ...identifiers]), text).toEqual([]);
    }
  });
});

describe('errors in English (Accept-Language: en)', () => {
  beforeAll(() => {
    acceptLanguage = 'en';
    for (const client of everyClient()) client.acceptLanguage = acceptLanguage;
  });

  it.each(provocations)('$what: no Chinese', async ({ status, answer }) => {
    const response = await answer();
    expect(response.status).toBe(status);
    for (const text of textsOf(response)) expect(text).not.toMatch(cjk);
  });
});

/** A POST with no body at all (no content type either). */
async function emptyPost(client: ApiClient, path: string): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...client.credentials() };
  if (client.acceptLanguage) headers['accept-language'] = client.acceptLanguage;
  const response = await fetch(server.baseUrl + path, { method: 'POST', headers });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe('fields named in a message: by their labels in Chinese, by their identifiers in English', () => {
  const taken = { sku: 'TEA-TAKEN-1', externalId: 'CUSTOMER-TAKEN-1' };
  beforeAll(async () => {
    const product = { sku: taken.sku, name: 'Tea', currency: 'CNY', listPrice: '8.00' };
    expect((await manager.post('/api/v1/products', product)).status).toBe(201);
    const customer = { kind: 'person', name: 'Li Lei', externalId: taken.externalId };
    expect((await manager.post('/api/v1/customers', customer)).status).toBe(201);
  });
  afterAll(() => {
    manager.acceptLanguage = undefined;
  });

  const cases = [
    {
      what: 'a POST without a body',
      answer: () => emptyPost(manager, '/api/v1/customers'),
      status: 400,
      fields: ['body'],
      en: 'Invalid body',
      zh: '以下字段有误：请求内容',
    },
    {
      what: 'a bad email',
      answer: () => manager.post('/api/v1/customers', { kind: 'person', name: 'A', email: 'not-an-address' }),
      status: 400,
      fields: ['email'],
      en: 'Invalid email',
      zh: '以下字段有误：邮箱',
    },
    {
      what: 'missing fields',
      answer: () => manager.post('/api/v1/customers', {}),
      status: 400,
      fields: ['kind', 'name'],
      en: 'Invalid kind, name',
      zh: '以下字段有误：类型、名称',
    },
    {
      what: 'a bad quantity on an order line',
      answer: () =>
        manager.post('/api/v1/orders', {
          customerId: customerWithOrder,
          orderedAt: '2026-05-01T10:00:00+08:00',
          lines: [{ description: 'Tea', quantity: -1, unitPrice: '88.00' }],
        }),
      status: 400,
      fields: ['lines.0.quantity'],
      en: 'Invalid lines.0.quantity',
      zh: '以下字段有误：第 1 行的数量',
    },
    {
      what: 'a SKU taken',
      answer: () =>
        manager.post('/api/v1/products', { sku: taken.sku, name: 'Other tea', currency: 'CNY', listPrice: '9.00' }),
      status: 409,
      fields: ['sku'],
      en: 'sku is already in use',
      zh: '产品编号已被使用',
    },
    {
      what: 'a customer code taken',
      answer: () => manager.post('/api/v1/customers', { kind: 'person', name: 'B', externalId: taken.externalId }),
      status: 409,
      fields: ['externalId'],
      en: 'externalId is already in use',
      zh: '外部编号已被使用',
    },
  ];

  it.each(cases)('$what: in Chinese, no Latin word in the message', async ({ answer, status, fields, zh }) => {
    manager.acceptLanguage = 'zh-CN';
    const response = await answer();
    expect(response.status).toBe(status);
    expect(response.body.error.message).toBe(zh);
    expect(response.body.error.message).not.toMatch(/[A-Za-z]{3,}/);
    // Programs read the fields by their keys: identifiers in every language.
    expect(Object.keys(response.body.error.fields)).toEqual(fields);
  });

  it.each(cases)('$what: in English as before', async ({ answer, status, fields, en }) => {
    manager.acceptLanguage = 'en';
    const response = await answer();
    expect(response.status).toBe(status);
    expect(response.body.error.message).toBe(en);
    expect(Object.keys(response.body.error.fields)).toEqual(fields);
  });
});

describe("an account's saved language", () => {
  afterAll(async () => {
    owner.acceptLanguage = undefined;
    await owner.patch('/api/v1/auth/me', { language: null });
  });

  it('wins over Accept-Language, for a record not found and a route not known alike', async () => {
    owner.acceptLanguage = 'en';
    expect((await owner.patch('/api/v1/auth/me', { language: 'zh-CN' })).status).toBe(200);
    for (const path of [`/api/v1/customers/${nobody}`, '/api/v1/no-such-thing']) {
      const { message } = (await owner.get(path)).body.error;
      expect(message).toMatch(cjk);
      expect(untranslatedEnglish(message, ['GET', '/api/v1/no-such-thing'])).toEqual([]);
    }

    owner.acceptLanguage = 'zh-CN';
    expect((await owner.patch('/api/v1/auth/me', { language: 'en' })).status).toBe(200);
    expect((await owner.get(`/api/v1/customers/${nobody}`)).body.error.message).toBe('Customer not found');
    expect((await owner.get('/api/v1/no-such-thing')).body.error.message).toBe('No route GET /api/v1/no-such-thing');
  });
});
