import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/test-server.ts';

/** Whatever a client sends, the answer is a clear 2xx or 4xx, never a 500. */
let server: Awaited<ReturnType<typeof startTestServer>>;
let manager: Awaited<ReturnType<typeof server.userClient>>;
let customerId: string;
let contactId: string;
let taskId: string;
let ruleId: string;

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
  customerId = (await manager.post('/api/v1/customers', { kind: 'organization', name: '测试' })).body.id;
  contactId = (await manager.post(`/api/v1/customers/${customerId}/contacts`, { name: '联系人' })).body.id;
  taskId = (await manager.post('/api/v1/tasks', { title: '回访', customerId, dueAt: '2026-01-31T10:00:00+08:00' })).body
    .id;
  ruleId = (await manager.get('/api/v1/contact-rules')).body.items[0].id;
});
afterAll(() => server.close());

const fieldNames = [
  'kind',
  'name',
  'internal',
  'externalId',
  'phone',
  'email',
  'tags',
  'source',
  'level',
  'ownerId',
  'sharedWithIds',
  'referredById',
  'notes',
  'archived',
  'title',
  'buyingRole',
  'attitude',
  'trust',
  'medium',
  'direction',
  'content',
  'method',
  'occurredAt',
  'durationMinutes',
  'cost',
  'outcome',
  'contactIds',
  'customerId',
  'dueAt',
  'priority',
  'status',
  'assigneeId',
  'interaction',
  'trigger',
  'days',
  'enteredValue',
  'delayDays',
  'horizonDays',
  'conditions',
  'titleTemplate',
  'asOf',
];
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    'person',
    'organization',
    'referral',
    'basic',
    'phone',
    'no_purchase',
    'entered_stage',
    '2026-01-31T10:00:00+08:00',
    '00000000-0000-4000-8000-000000000000',
    '',
    ' ',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);
const body = fc.oneof(fc.dictionary(fc.constantFrom(...fieldNames), value), fc.anything());
const queryValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('name', '-createdAt', 'all', 'true', '0', '201', '%', '张'),
);

describe('bad input', () => {
  it('never gets a 500 from a write route', async () => {
    const routes = [
      ['POST', '/api/v1/customers'],
      ['PATCH', () => `/api/v1/customers/${customerId}`],
      ['POST', () => `/api/v1/customers/${customerId}/contacts`],
      ['PATCH', () => `/api/v1/contacts/${contactId}`],
      ['POST', '/api/v1/users'],
      ['POST', '/api/v1/tokens'],
      ['POST', '/api/v1/interactions'],
      ['POST', '/api/v1/tasks'],
      ['PATCH', () => `/api/v1/tasks/${taskId}`],
      ['POST', () => `/api/v1/tasks/${taskId}/complete`],
      ['POST', '/api/v1/contact-rules'],
      ['PATCH', () => `/api/v1/contact-rules/${ruleId}`],
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async ([method, path], payload) => {
        const response = await manager.request(method, typeof path === 'function' ? path() : path, payload ?? {});
        expect(response.status, JSON.stringify(payload)).toBeLessThan(500);
        if (response.status === 400) expect(response.body.error.code).toMatch(/validation_failed|bad_request/);
      }),
      { numRuns: 150 },
    );
  });

  it('never gets a 500 from the customer list, whatever the query', async () => {
    const keys = ['q', 'ownerId', 'tag', 'kind', 'source', 'level', 'archived', 'sort', 'limit', 'cursor', 'internal'];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), queryValue), async (query) => {
        const response = await manager.get(`/api/v1/customers?${new URLSearchParams(query)}`);
        expect(response.status, JSON.stringify(query)).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });

  it('never gets a 500 from the task, interaction, timeline and neglect lists', async () => {
    const lists = [
      ['/api/v1/tasks', ['scope', 'assigneeId', 'customerId', 'status', 'bucket', 'ruleId', 'limit', 'cursor']],
      ['/api/v1/interactions', ['customerId', 'userId', 'medium', 'from', 'to', 'limit', 'cursor']],
      [`/api/v1/customers/${customerId}/timeline`, ['kinds', 'limit', 'cursor']],
      ['/api/v1/reports/neglect', ['days', 'ownerId', 'limit']],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...lists)
          .chain(([path, keys]) => fc.tuple(fc.constant(path), fc.dictionary(fc.constantFrom(...keys), queryValue))),
        async ([path, query]) => {
          const response = await manager.get(`${path}?${new URLSearchParams(query)}`);
          expect(response.status, `${path} ${JSON.stringify(query)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers 400 for text the database cannot store', async () => {
    const created = await manager.post('/api/v1/customers', { kind: 'person', name: 'a\u0000b' });
    expect(created.status).toBe(400);
    expect(created.body.error.message).toMatch(/cannot be stored/);
    expect((await manager.get('/api/v1/customers?q=a%00b')).status).toBe(400);
    expect((await manager.patch(`/api/v1/contacts/${contactId}`, { title: '\u0000' })).status).toBe(400);
  });
});
