import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/db/client.ts';
import { emailKey, organisationKey, personNameKey, phoneKey } from '../../src/duplicates/index.ts';
import { startTestServer } from '../helpers/test-server.ts';

/** POST /api/v1/duplicates/check: the keys meet through the indexes, and hidden records say only whose they are. */
let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = Awaited<ReturnType<typeof server.userClient>>;
let manager: Client;
let wangFang: Client;
let colleague: Client;
let service: Client;
const ids: Record<string, string> = {};

const huaxin = {
  kind: 'organization',
  name: '上海华信办公科技有限公司',
  phone: '021-12345678',
  email: 'Info@HuaXin.example',
};
const lina = { name: '李娜', phone: '138 0013 8000', email: 'LiNa@huaxin.example' };

async function check(client: Client, body: Record<string, unknown>) {
  const response = await client.post('/api/v1/duplicates/check', body);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.candidates as Record<string, any>[];
}
const names = (candidates: Record<string, any>[]) => candidates.map((candidate) => candidate.name);

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager', '钱总');
  wangFang = await server.userClient('relationship_manager', '王芳');
  colleague = await server.userClient('relationship_manager', '赵磊');
  service = await server.userClient('service', '孙丽');
  const create = async (client: Client, key: string, body: Record<string, unknown>) => {
    const response = await client.post('/api/v1/customers', body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    ids[key] = response.body.id;
  };
  await create(wangFang, 'huaxin', huaxin);
  const contact = await wangFang.post(`/api/v1/customers/${ids.huaxin}/contacts`, lina);
  expect(contact.status).toBe(201);
  ids.lina = contact.body.id;
  await create(colleague, 'wangWei', { kind: 'person', name: '王伟', phone: '+86 139 1111 2222' });
  await create(colleague, 'johnSmith', { kind: 'person', name: 'John Smith', email: 'john.smith@gmail.com' });
  await create(colleague, 'beijing', { kind: 'organization', name: '北京华信办公科技有限公司' });
  await create(manager, 'other', { kind: 'organization', name: '鼎盛贸易有限公司', phone: '0755-1234567' });
});
afterAll(() => server.close());

describe('the stored keys', () => {
  it('are the keys of src/duplicates, in generated columns', async () => {
    const rows = await selectRows<Record<string, string | null>>(
      server.db,
      sql`SELECT name, phone, email, phone_key, email_key, name_key, kind FROM customers ORDER BY name`,
    );
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.phone_key, row.name!).toBe(phoneKey(row.phone));
      expect(row.email_key, row.name!).toBe(emailKey(row.email));
      const nameKey = row.kind === 'organization' ? organisationKey(row.name) : personNameKey(row.name);
      expect(row.name_key, row.name!).toBe(nameKey);
    }
    const [contact] = await selectRows<Record<string, string | null>>(
      server.db,
      sql`SELECT phone_key, email_key, name_key FROM contacts WHERE id = ${ids.lina}`,
    );
    expect(contact).toEqual({ phone_key: '13800138000', email_key: 'lina@huaxin.example', name_key: '李娜' });
  });
});

describe('POST /api/v1/duplicates/check', () => {
  it('meets the issue’s example: 华信办公科技（上海） is 上海华信办公科技有限公司', async () => {
    const candidates = await check(manager, {
      kind: 'customer',
      customerKind: 'organization',
      name: '华信办公科技（上海）',
    });
    expect(candidates[0]).toEqual({
      visible: true,
      verdict: 'certain',
      reasons: [{ reason: 'sameOrganisation', placesDiffer: false }],
      kind: 'customer',
      id: ids.huaxin,
      name: '上海华信办公科技有限公司',
      customerKind: 'organization',
      owner: { id: wangFang.user.id, name: '王芳', role: 'relationship_manager' },
    });
    // The same trade name in Beijing is likely, not certain; a person customer's name is not compared.
    expect(candidates.slice(1)).toEqual([
      expect.objectContaining({
        name: '北京华信办公科技有限公司',
        verdict: 'likely',
        reasons: [{ reason: 'sameOrganisation', placesDiffer: true }],
      }),
    ]);
  });

  it('finds a similar organisation name through the gram index', async () => {
    const candidates = await check(manager, { kind: 'customer', customerKind: 'organization', name: '华信办公' });
    expect(names(candidates).sort()).toEqual(['上海华信办公科技有限公司', '北京华信办公科技有限公司']);
    for (const candidate of candidates) {
      expect(candidate.reasons).toEqual([{ reason: 'similarOrganisation', score: 0.75 }]);
      expect(candidate.verdict).toBe('likely');
    }
    expect(await check(manager, { kind: 'customer', customerKind: 'organization', name: '华强电子' })).toEqual([]);
  });

  it('finds similar person names, Chinese and Latin', async () => {
    const wangWeiQiang = await check(manager, { kind: 'customer', customerKind: 'person', name: '王伟强' });
    expect(wangWeiQiang).toEqual([
      expect.objectContaining({ name: '王伟', verdict: 'likely', reasons: [{ reason: 'similarName', score: 0.8 }] }),
    ]);
    const jon = await check(manager, { kind: 'contact', name: 'Jon Smith' });
    expect(jon).toEqual([expect.objectContaining({ name: 'John Smith', verdict: 'likely' })]);
    // Another character is another name: 王玮 is not 王伟.
    expect(await check(manager, { kind: 'customer', customerKind: 'person', name: '王玮' })).toEqual([]);
  });

  it('meets the same phone written in other formats', async () => {
    const landline = await check(manager, { kind: 'customer', customerKind: 'person', phone: '+86 (21) 1234 5678' });
    expect(landline).toEqual([
      expect.objectContaining({
        id: ids.huaxin,
        verdict: 'likely',
        reasons: [{ reason: 'samePhone', line: 'landline' }],
      }),
    ]);
    const mobile = await check(manager, { kind: 'contact', name: '李娜', phone: '0086-138-0013-8000' });
    expect(mobile).toEqual([
      expect.objectContaining({
        kind: 'contact',
        id: ids.lina,
        name: '李娜',
        customer: { id: ids.huaxin, name: huaxin.name },
        verdict: 'certain',
        reasons: [
          { reason: 'samePhone', line: 'mobile' },
          { reason: 'similarName', score: 1 },
        ],
      }),
    ]);
    expect(await check(manager, { kind: 'contact', phone: '+86 138 0013 8001' })).toEqual([]);
  });

  it('meets the same email in another case', async () => {
    const candidates = await check(manager, { kind: 'contact', email: 'LINA@HUAXIN.EXAMPLE' });
    expect(candidates).toEqual([
      expect.objectContaining({ id: ids.lina, verdict: 'likely', reasons: [{ reason: 'sameEmail' }] }),
    ]);
    const gmail = await check(manager, {
      kind: 'customer',
      customerKind: 'person',
      email: 'JohnSmith+crm@GoogleMail.com',
    });
    expect(names(gmail)).toEqual(['John Smith']);
  });

  it('is certain of a contact typed again into its own organisation', async () => {
    const candidates = await check(wangFang, { kind: 'contact', name: '李 娜', customerId: ids.huaxin });
    expect(candidates).toEqual([
      expect.objectContaining({
        id: ids.lina,
        verdict: 'certain',
        reasons: [
          { reason: 'sameOrganisation', placesDiffer: false },
          { reason: 'similarName', score: 1 },
        ],
      }),
    ]);
  });

  it('tells a relationship manager only that a colleague’s customer exists, and whose it is', async () => {
    const response = await colleague.post('/api/v1/duplicates/check', {
      kind: 'customer',
      customerKind: 'organization',
      name: '上海华信办公科技有限公司',
      phone: '(021) 1234-5678',
      email: 'info@huaxin.example',
    });
    expect(response.status).toBe(200);
    const [hidden, ...others] = response.body.candidates;
    expect(hidden).toEqual({
      visible: false,
      verdict: 'certain',
      reasons: [{ reason: 'samePhone' }, { reason: 'sameEmail' }, { reason: 'sameOrganisation' }],
      owner: { name: '王芳', role: 'relationship_manager' },
    });
    // Their own Beijing company is visible to them; the hidden contact 李娜 did not meet.
    expect(names(others)).toEqual(['北京华信办公科技有限公司']);
    const text = JSON.stringify(response.body);
    for (const secret of [
      ids.huaxin,
      ids.lina,
      '华信办公科技（上海）',
      huaxin.name,
      '12345678',
      'huaxin.example',
      '李娜',
    ])
      expect(text).not.toContain(secret);
    expect(text).not.toContain(wangFang.user.id);

    const contact = await check(colleague, { kind: 'contact', name: '李娜', phone: '13800138000' });
    expect(contact).toEqual([
      {
        visible: false,
        verdict: 'certain',
        reasons: [{ reason: 'samePhone' }, { reason: 'similarName' }],
        owner: { name: '王芳', role: 'relationship_manager' },
      },
    ]);
    expect(JSON.stringify(contact)).not.toMatch(new RegExp(`${ids.lina}|${ids.huaxin}|李娜|13800138000|lina`, 'i'));
  });

  it('shows everyone’s records to service staff and managers', async () => {
    const [forService] = await check(service, { kind: 'contact', email: 'lina@huaxin.example' });
    expect(forService).toEqual(expect.objectContaining({ visible: true, id: ids.lina }));
    const [forOwner] = await check(wangFang, { kind: 'contact', email: 'lina@huaxin.example' });
    expect(forOwner).toEqual(expect.objectContaining({ visible: true, id: ids.lina }));
  });

  it('leaves out the record being edited (excludeId)', async () => {
    const body = { kind: 'customer', customerKind: 'organization', name: huaxin.name, phone: huaxin.phone };
    expect((await check(wangFang, body)).map((candidate) => candidate.id)).toContain(ids.huaxin);
    const edited = await check(wangFang, { ...body, excludeId: ids.huaxin });
    expect(edited.map((candidate) => candidate.id)).not.toContain(ids.huaxin);
    // What is left is the colleague's company in Beijing, which 王芳 may not see.
    expect(edited).toEqual([
      {
        visible: false,
        verdict: 'likely',
        reasons: [{ reason: 'sameOrganisation' }],
        owner: { name: '赵磊', role: 'relationship_manager' },
      },
    ]);
    const contact = await check(wangFang, {
      kind: 'contact',
      name: '李娜',
      customerId: ids.huaxin,
      excludeId: ids.lina,
    });
    expect(contact).toEqual([]);
  });

  it('finds nothing in values without a key', async () => {
    expect(await check(manager, { kind: 'contact', phone: '138', email: 'lina@' })).toEqual([]);
  });

  it('answers 400 naming the bad field, in the reader’s language', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'customer', name: '华信' }, 'customerKind'],
      [{ kind: 'contact' }, 'name'],
      [{ kind: 'contact', name: ' ', phone: '', email: '' }, 'name'],
      [{ kind: 'lead', name: '华信' }, 'kind'],
      [{ kind: 'contact', name: '华信', excludeId: 'not-an-id' }, 'excludeId'],
      [{ kind: 'contact', name: '华信', customerId: 'not-an-id' }, 'customerId'],
      [{ kind: 'contact', name: 'x'.repeat(201) }, 'name'],
      [{ kind: 'contact', name: '华信', ownerId: ids.huaxin }, 'body'],
    ];
    for (const [body, field] of cases) {
      const response = await manager.post('/api/v1/duplicates/check', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(response.body.error.fields), JSON.stringify(body)).toEqual([field]);
    }
    const english = await manager.post('/api/v1/duplicates/check', { kind: 'contact' });
    expect(english.body.error.fields).toEqual({ name: 'give a name, a phone or an email to check' });
    manager.acceptLanguage = 'zh-CN';
    try {
      const chinese = await manager.post('/api/v1/duplicates/check', { kind: 'customer', name: '华信' });
      expect(chinese.body.error).toEqual({
        code: 'validation_failed',
        message: '以下字段有误：客户类型',
        fields: { customerKind: '查重客户时必填' },
      });
    } finally {
      manager.acceptLanguage = undefined;
    }
  });

  it('refuses a contact’s customer the caller may not see, naming it', async () => {
    const response = await colleague.post('/api/v1/duplicates/check', {
      kind: 'contact',
      name: '李娜',
      customerId: ids.huaxin,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({ customerId: 'is not a customer you can see' });
  });

  it('needs a signed-in user', async () => {
    const response = await server.client().post('/api/v1/duplicates/check', { kind: 'contact', name: '李娜' });
    expect(response.status).toBe(401);
  });
});

describe('the distinct name keys (duplicate_name_keys)', () => {
  const keys = async () =>
    (
      await selectRows<{ name_as: string; key: string }>(
        server.db,
        sql`SELECT name_as, key FROM duplicate_name_keys ORDER BY name_as, key`,
      )
    ).map((row) => `${row.name_as}:${row.key}`);

  it('holds each key of the customers and contacts once, added and removed with its records', async () => {
    const admin = await server.userClient('admin', '管理员');
    expect(await keys()).toEqual(
      expect.arrayContaining(['organisation:华信办公科技', 'person:john smith', 'person:李娜', 'person:王伟']),
    );
    // A second 王伟 shares the key; renaming one keeps it, deleting both removes it.
    const second = await manager.post('/api/v1/customers', { kind: 'person', name: '王 伟' });
    const third = await manager.post('/api/v1/customers', { kind: 'organization', name: '鼎盛' });
    expect((await keys()).filter((key) => key === 'person:王伟')).toHaveLength(1);
    expect((await manager.patch(`/api/v1/customers/${second.body.id}`, { name: '王伟明' })).status).toBe(200);
    expect(await keys()).toEqual(expect.arrayContaining(['person:王伟', 'person:王伟明']));
    expect((await manager.delete(`/api/v1/customers/${second.body.id}`)).status).toBe(204);
    expect(await keys()).not.toContain('person:王伟明');
    // A customer that becomes a person: its key is now a person-name key.
    expect((await manager.patch(`/api/v1/customers/${third.body.id}`, { kind: 'person' })).status).toBe(200);
    expect(await keys()).toEqual(expect.arrayContaining(['person:鼎盛']));
    expect(await keys()).not.toContain('organisation:鼎盛');

    // Contacts: renamed, then erased (PIPL): the person's name leaves no key behind.
    const contact = await wangFang.post(`/api/v1/customers/${ids.huaxin}/contacts`, { name: '周杰' });
    expect(await keys()).toContain('person:周杰');
    expect((await wangFang.patch(`/api/v1/contacts/${contact.body.id}`, { name: '周杰伦' })).status).toBe(200);
    expect(await keys()).toEqual(expect.arrayContaining(['person:周杰伦']));
    expect(await keys()).not.toContain('person:周杰');
    const erased = await admin.post(`/api/v1/contacts/${contact.body.id}/erase`, { confirmName: '周杰伦' });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(await keys()).not.toContain('person:周杰伦');
    const customer = await admin.post(`/api/v1/customers/${ids.johnSmith}/erase`, { confirmName: 'John Smith' });
    expect(customer.status, JSON.stringify(customer.body)).toBe(200);
    expect(await keys()).not.toContain('person:john smith');
  });
});
