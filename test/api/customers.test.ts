import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let manager: Awaited<ReturnType<typeof server.userClient>>;
beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager', '总经理');
});
afterAll(() => server.close());

const names = (response: { body: { items: { name: string }[] } }) => response.body.items.map((c) => c.name).sort();

describe('customers', () => {
  it('creates, reads, updates and deletes a customer with an audit trail', async () => {
    const created = await manager.post('/api/v1/customers', {
      kind: 'organization',
      name: '  华为技术有限公司 ',
      externalId: 'HW-001',
      industry: '通信',
      region: '深圳',
      phone: '0755-2878 0808',
      email: 'Contact@Huawei.example',
      tags: ['key', 'key', 'tech'],
      source: 'referral',
      level: 'partnership',
      notes: '',
    });
    expect(created.status).toBe(201);
    const customer = created.body;
    expect(customer).toMatchObject({
      name: '华为技术有限公司',
      email: 'contact@huawei.example',
      tags: ['key', 'tech'],
      notes: null,
      internal: false,
      archived: false,
      ownerId: manager.user.id,
      owner: { id: manager.user.id, name: '总经理' },
    });
    expect((await manager.get(`/api/v1/customers/${customer.id}`)).body).toEqual(customer);

    const estimates = await manager.patch(`/api/v1/customers/${customer.id}`, {
      walletEstimate: '1,000',
      potentialScore: 101,
    });
    expect(Object.keys(estimates.body.error.fields).sort()).toEqual(['potentialScore', 'walletEstimate']);
    const valued = await manager.patch(`/api/v1/customers/${customer.id}`, {
      walletEstimate: 50000,
      potentialScore: 80,
    });
    expect(valued.body).toMatchObject({ walletEstimate: '50000.00', potentialScore: 80 });
    const updated = await manager.patch(`/api/v1/customers/${customer.id}`, { region: '东莞', archived: true });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ region: '东莞', archived: true, name: '华为技术有限公司' });
    expect(new Date(updated.body.updatedAt) >= new Date(customer.updatedAt)).toBe(true);

    expect((await manager.delete(`/api/v1/customers/${customer.id}`)).status).toBe(204);
    expect((await manager.get(`/api/v1/customers/${customer.id}`)).status).toBe(404);
    expect((await manager.delete(`/api/v1/customers/${customer.id}`)).status).toBe(404);

    const admin = await server.userClient('admin');
    const audit = await admin.get(`/api/v1/audit?entity=customer&entityId=${customer.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'update', 'create']);
    const update = audit.body.items[1];
    expect(update).toMatchObject({ actorId: manager.user.id, actorName: '总经理' });
    expect(update.changes).toEqual({
      region: { before: '深圳', after: '东莞' },
      archived: { before: false, after: true },
    });
    expect((await manager.get('/api/v1/audit')).status).toBe(403);
  });

  it('names every bad field and writes nothing', async () => {
    const before = (await manager.get('/api/v1/customers?archived=all&limit=200')).body.items.length;
    const bad = await manager.post('/api/v1/customers', {
      kind: 'company',
      name: ' ',
      email: 'nope',
      phone: 'call me',
      level: 'friend',
      tags: 'vip',
      unknownField: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(
      expect.arrayContaining(['email', 'kind', 'level', 'name', 'phone', 'tags']),
    );
    const ghostShare = await manager.post('/api/v1/customers', {
      kind: 'person',
      name: '幽灵',
      sharedWithIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(ghostShare.status).toBe(400);
    expect(ghostShare.body.error.fields).toHaveProperty('sharedWithIds');
    expect((await manager.post('/api/v1/customers', 'not json')).status).toBe(400);
    expect((await manager.patch('/api/v1/customers/not-an-id', { name: 'x' })).status).toBe(400);
    expect((await manager.get('/api/v1/customers?limit=0')).status).toBe(400);
    expect((await manager.get('/api/v1/customers?sort=owner')).status).toBe(400);
    expect((await manager.get('/api/v1/customers?cursor=abc')).status).toBe(400);
    expect((await manager.get('/api/v1/customers?archived=all&limit=200')).body.items.length).toBe(before);
  });

  it('answers 409 for a duplicate external id', async () => {
    const first = await manager.post('/api/v1/customers', { kind: 'person', name: '甲', externalId: 'DUP-1' });
    expect(first.status).toBe(201);
    const second = await manager.post('/api/v1/customers', { kind: 'person', name: '乙', externalId: 'DUP-1' });
    expect(second.status).toBe(409);
    expect(second.body.error.fields).toEqual({ externalId: 'already in use' });
    const other = await manager.post('/api/v1/customers', { kind: 'person', name: '丙', externalId: 'DUP-2' });
    expect((await manager.patch(`/api/v1/customers/${other.body.id}`, { externalId: 'DUP-1' })).status).toBe(409);
  });
});

describe('search, filters, sort and paging', () => {
  beforeAll(async () => {
    for (const [name, extra] of [
      ['张伟', { phone: '138-0013-8000', tags: ['vip'] }],
      ['张三丰', { email: 'sanfeng@wudang.example', source: 'referral' }],
      ['李伟明', { kind: 'person', level: 'proactive' }],
      ['Zhang Wei Trading', { kind: 'organization', email: 'sales@zwt.example' }],
      ['王芳', { archived: true }],
    ] as const)
      expect((await manager.post('/api/v1/customers', { kind: 'person', name, ...extra })).status).toBe(201);
  });

  it('finds Chinese names by one, two or three characters', async () => {
    expect(names(await manager.get(`/api/v1/customers?q=${encodeURIComponent('张')}`))).toEqual(['张三丰', '张伟']);
    expect(names(await manager.get(`/api/v1/customers?q=${encodeURIComponent('伟')}`))).toEqual(
      ['张伟', '李伟明'].sort(),
    );
    expect(names(await manager.get(`/api/v1/customers?q=${encodeURIComponent('张伟')}`))).toEqual(['张伟']);
    expect(names(await manager.get(`/api/v1/customers?q=${encodeURIComponent('张三丰')}`))).toEqual(['张三丰']);
    expect(names(await manager.get(`/api/v1/customers?q=${encodeURIComponent('三张')}`))).toEqual([]);
  });

  it('finds by Latin name, phone and email, ignoring case and phone punctuation', async () => {
    expect(names(await manager.get('/api/v1/customers?q=zhang%20wei'))).toEqual(['Zhang Wei Trading']);
    expect(names(await manager.get('/api/v1/customers?q=WUDANG'))).toEqual(['张三丰']);
    expect(names(await manager.get('/api/v1/customers?q=13800138000'))).toEqual(['张伟']);
    expect(names(await manager.get('/api/v1/customers?q=0013%208000'))).toEqual(['张伟']);
    expect(names(await manager.get('/api/v1/customers?q=%25'))).toEqual([]);
    expect(names(await manager.get('/api/v1/customers?q=_'))).toEqual([]);
  });

  it('filters by tag, kind, source, level, owner and archived', async () => {
    expect(names(await manager.get('/api/v1/customers?tag=vip'))).toEqual(['张伟']);
    expect(names(await manager.get('/api/v1/customers?kind=organization&q=zwt'))).toEqual(['Zhang Wei Trading']);
    expect(names(await manager.get('/api/v1/customers?source=referral'))).toEqual(['张三丰']);
    expect(names(await manager.get('/api/v1/customers?level=proactive'))).toEqual(['李伟明']);
    expect(names(await manager.get(`/api/v1/customers?q=${encodeURIComponent('王')}`))).toEqual([]);
    expect(names(await manager.get(`/api/v1/customers?q=${encodeURIComponent('王')}&archived=true`))).toEqual(['王芳']);
    const all = await manager.get('/api/v1/customers?archived=all&limit=200');
    const mine = await manager.get(`/api/v1/customers?archived=all&limit=200&ownerId=${manager.user.id}`);
    expect(mine.body.items.length).toBe(all.body.items.length);
    expect((await manager.get('/api/v1/customers?ownerId=00000000-0000-4000-8000-000000000000')).body.items).toEqual(
      [],
    );
  });

  it('pages through every sort order without gaps or repeats', async () => {
    for (let i = 0; i < 23; i++)
      await manager.post('/api/v1/customers', { kind: 'person', name: `客户${String(i % 7)}` });
    const all = (await manager.get('/api/v1/customers?archived=all&limit=200')).body.items.map(
      (c: { id: string }) => c.id,
    );
    for (const sort of ['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt']) {
      const seen: string[] = [];
      const values: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `/api/v1/customers?archived=all&limit=4&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await manager.get(query);
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((c: { id: string }) => c.id));
        values.push(...page.body.items.map((c: Record<string, string>) => c[sort.replace('-', '')]));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual([...all].sort());
      const ordered = [...values].sort();
      expect(values).toEqual(sort.startsWith('-') ? ordered.reverse() : ordered);
    }
  });
});

describe('contacts', () => {
  it('belong to organisations and are created, changed and deleted', async () => {
    const org = (await manager.post('/api/v1/customers', { kind: 'organization', name: '阿里巴巴' })).body;
    const person = (await manager.post('/api/v1/customers', { kind: 'person', name: '马云' })).body;
    const onPerson = await manager.post(`/api/v1/customers/${person.id}/contacts`, { name: '秘书' });
    expect(onPerson.status).toBe(400);
    expect(onPerson.body.error.fields).toHaveProperty('customerId');

    const bad = await manager.post(`/api/v1/customers/${org.id}/contacts`, { name: '', trust: 6, attitude: 'hostile' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['attitude', 'name', 'trust']);

    const created = await manager.post(`/api/v1/customers/${org.id}/contacts`, {
      name: '张勇',
      title: 'CEO',
      buyingRole: 'decision_maker',
      attitude: 'supporter',
      trust: 4,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ customerId: org.id, name: '张勇', buyingRole: 'decision_maker', trust: 4 });
    const defaults = await manager.post(`/api/v1/customers/${org.id}/contacts`, { name: '蔡崇信' });
    expect(defaults.body).toMatchObject({ buyingRole: 'other', attitude: 'neutral', trust: 3 });

    expect(
      (await manager.get(`/api/v1/customers/${org.id}/contacts`)).body.items.map((c: { name: string }) => c.name),
    ).toEqual(['张勇', '蔡崇信'].sort());
    const changed = await manager.patch(`/api/v1/contacts/${created.body.id}`, { attitude: 'neutral', trust: 2 });
    expect(changed.body).toMatchObject({ attitude: 'neutral', trust: 2, title: 'CEO' });
    expect((await manager.patch(`/api/v1/customers/${org.id}`, { kind: 'person' })).status).toBe(400);
    expect((await manager.delete(`/api/v1/contacts/${created.body.id}`)).status).toBe(204);
    expect((await manager.get(`/api/v1/contacts/${created.body.id}`)).status).toBe(404);
    expect((await manager.delete(`/api/v1/customers/${org.id}`)).status).toBe(204);
    expect((await manager.get(`/api/v1/contacts/${defaults.body.id}`)).status).toBe(404);
  });
});
