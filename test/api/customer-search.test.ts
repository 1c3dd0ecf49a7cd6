import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/test-server.ts';

/** The customers' `q` also finds the customer code and the customers' contacts, never through a hidden customer. */
let server: Awaited<ReturnType<typeof startTestServer>>;
let manager: Awaited<ReturnType<typeof server.userClient>>;
let relationshipManager: Awaited<ReturnType<typeof server.userClient>>;
const ids: Record<string, string> = {};

type Item = { id: string; name: string; matchedContact: { id: string; name: string } | null };
const search = async (client: typeof manager, q: string) => {
  const response = await client.get(`/api/v1/customers?q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  return (response.body.items as Item[]).map((item) => [item.name, item.matchedContact?.name ?? null]).sort();
};

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
  relationshipManager = await server.userClient('relationship_manager');
  const customers = [
    { name: '华瑞科技有限公司', externalId: 'KH-000123', contacts: [{ name: '王伟', phone: '139 1111 2222' }] },
    { name: '鼎盛贸易', externalId: '2024-001', contacts: [{ name: '李娜', email: 'lina@dingsheng.example' }] },
    { name: '王伟', externalId: null, contacts: [] },
    {
      name: '博远物流',
      externalId: null,
      contacts: [{ name: '王伟强' }, { name: '王伟' }],
      ownerId: 'relationship manager',
    },
  ];
  for (const { contacts, ownerId, ...fields } of customers) {
    const created = await manager.post('/api/v1/customers', {
      kind: contacts.length ? 'organization' : 'person',
      ...fields,
      ...(ownerId ? { ownerId: relationshipManager.user.id } : {}),
    });
    expect(created.status).toBe(201);
    ids[fields.name] = created.body.id;
    for (const contact of contacts)
      expect((await manager.post(`/api/v1/customers/${created.body.id}/contacts`, contact)).status).toBe(201);
  }
});
afterAll(() => server.close());

describe('customer search', () => {
  it('finds the customer code, also when it looks like a phone number', async () => {
    expect(await search(manager, 'KH-000123')).toEqual([['华瑞科技有限公司', null]]);
    expect(await search(manager, 'kh-0001')).toEqual([['华瑞科技有限公司', null]]);
    expect(await search(manager, '2024-001')).toEqual([['鼎盛贸易', null]]);
  });

  it("finds customers by their contacts' names, phones and emails, naming the contact", async () => {
    expect(await search(manager, '李娜')).toEqual([['鼎盛贸易', '李娜']]);
    expect(await search(manager, '娜')).toEqual([['鼎盛贸易', '李娜']]);
    expect(await search(manager, '13911112222')).toEqual([['华瑞科技有限公司', '王伟']]);
    expect(await search(manager, '139-1111-2222')).toEqual([['华瑞科技有限公司', '王伟']]);
    expect(await search(manager, 'DINGSHENG')).toEqual([['鼎盛贸易', '李娜']]);
  });

  it('lists a customer once, named by its own fields when they match, else by its first matching contact', async () => {
    expect(await search(manager, '王伟')).toEqual([
      ['华瑞科技有限公司', '王伟'],
      ['博远物流', '王伟'],
      ['王伟', null],
    ]);
    expect(await search(manager, '伟强')).toEqual([['博远物流', '王伟强']]);
  });

  it('never finds a customer the caller may not see through its contacts', async () => {
    // The relationship manager sees only 博远物流 (theirs): 王伟 the person and 华瑞's contact 王伟 stay hidden.
    expect(await search(relationshipManager, '王伟')).toEqual([['博远物流', '王伟']]);
    expect(await search(relationshipManager, '李娜')).toEqual([]);
    expect(await search(relationshipManager, '139 1111 2222')).toEqual([]);
  });

  it('pages through matches of both kinds without gaps or repeats, and counts them', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let first = true;
    do {
      const page: { status: number; body: any } = await manager.get(
        `/api/v1/customers?q=${encodeURIComponent('王')}&limit=1&sort=name${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.total).toEqual(first ? { count: 3, exact: true } : null);
      first = false;
      seen.push(...page.body.items.map((item: Item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ids.华瑞科技有限公司, ids.博远物流, ids.王伟]);
    expect(new Set(seen).size).toBe(3);
  });

  it('exports the same customers as the list finds', async () => {
    const response = await fetch(
      `${server.baseUrl}/api/v1/exports/customers?format=json&q=${encodeURIComponent('李娜')}`,
      {
        headers: manager.credentials(),
      },
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('鼎盛贸易');
  });
});
