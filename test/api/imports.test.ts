import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/db/client.ts';
import { download, importOverHttp, postForm } from '../fixtures/import/http.ts';
import { startTestServer } from '../helpers/test-server.ts';

/** The web app's import: preview, upload, poll, errors.csv; the same import the CLI runs, over HTTP. */
let server: Awaited<ReturnType<typeof startTestServer>>;
let manager: Awaited<ReturnType<typeof server.userClient>>;
let owner: Awaited<ReturnType<typeof server.userClient>>;
beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager', '总经理');
  owner = await server.userClient('relationship_manager', '李经理');
});
afterAll(() => server.close());

const rows = <T = Record<string, unknown>>(query: ReturnType<typeof sql>) => selectRows<T>(server.db, query);
const customersTable = () =>
  rows(sql`SELECT external_id, name, kind, phone, email, industry, region, source, owner_id, tags, level, updated_at
           FROM customers WHERE external_id LIKE 'HT-%' ORDER BY external_id`);

const customersCsv = (ownerEmail: string) =>
  '\uFEFF客户编号,客户名称,类型,电话,邮箱,行业,地区,来源,负责人邮箱,标签\n' +
  `HT-001,华为技术有限公司,组织,0755-2878 0808,Contact@Huawei.example,通信,深圳,客户推荐,${ownerEmail},重点；华南\n` +
  'HT-002,张伟,个人,138 0013 8000,,,北京,,,\n' +
  '"HT-003","Acme, Inc.",organization,,,,,internet,,"a;b"\n';

describe('imports over HTTP', () => {
  it('previews a file: encoding, headers, first rows and the suggested mapping', async () => {
    const preview = await postForm(manager, '/api/v1/imports/preview?kind=customers', {
      file: customersCsv('x@example.com'),
    });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      encoding: 'utf8',
      headers: ['客户编号', '客户名称', '类型', '电话', '邮箱', '行业', '地区', '来源', '负责人邮箱', '标签'],
      mapping: { 客户编号: 'external_id', 客户名称: 'name', 负责人邮箱: 'owner_email', 标签: 'tags' },
    });
    expect(preview.body.rows).toHaveLength(3);
    expect(preview.body.rows[2][1]).toBe('Acme, Inc.');
    expect(preview.body.columns).toContainEqual(expect.objectContaining({ name: 'external_id', required: true }));

    const gbk = readFileSync('test/fixtures/import/customers-gbk.csv');
    const detected = await postForm(manager, '/api/v1/imports/preview?kind=customers', { file: gbk });
    expect(detected.body).toMatchObject({ encoding: 'gbk', headers: expect.arrayContaining(['客户名称']) });
    expect(detected.body.rows[2][1]).toBe('龍鳳茶樓');
    const forced = await postForm(manager, '/api/v1/imports/preview?kind=customers&encoding=gbk', { file: gbk });
    expect(forced.body.rows[0][1]).toBe('北京华强电子有限公司');
  });

  it('imports customers with Chinese headers and labels; importing the same file again changes nothing', async () => {
    const job = await importOverHttp(manager, 'customers', customersCsv(owner.user.email));
    expect(job).toMatchObject({ status: 'succeeded', rowsRead: 3, rowsImported: 3, rowsRejected: 0, errors: [] });
    expect(job.message).toMatch(/3 new/);
    const first = await customersTable();
    expect(first.map((c) => [c.external_id, c.name, c.kind, c.email, c.source, c.tags, c.owner_id])).toEqual([
      [
        'HT-001',
        '华为技术有限公司',
        'organization',
        'contact@huawei.example',
        'referral',
        ['重点', '华南'],
        owner.user.id,
      ],
      ['HT-002', '张伟', 'person', null, null, [], null],
      ['HT-003', 'Acme, Inc.', 'organization', null, 'internet', ['a', 'b'], null],
    ]);
    const again = await importOverHttp(manager, 'customers', customersCsv(owner.user.email));
    expect(again.message).toMatch(/0 new, 0 changed, 3 unchanged/);
    expect(await customersTable()).toEqual(first);
  });

  it('aborts on bad rows writing nothing, or skips them and offers errors.csv with line, column and reason', async () => {
    const file =
      'external_id,name,kind,email,owner_email\n' +
      'HT-101,好客户,person,good@example.com,\n' +
      'HT-102,,person,,\n' +
      'HT-103,坏邮箱,robot,not-an-email,\n' +
      'HT-104,无名负责人,person,,nobody@example.com\n' +
      'HT-101,重复,person,,\n';
    const aborted = await importOverHttp(manager, 'customers', file);
    expect(aborted).toMatchObject({
      status: 'failed',
      rowsRead: 5,
      rowsImported: 0,
      rowsRejected: 4,
      hasErrorFile: true,
    });
    expect(aborted.errors).toEqual([
      { line: 3, column: 'name', reason: 'is required' },
      { line: 4, column: 'email', reason: 'is not an email address' },
      { line: 4, column: 'kind', reason: expect.stringMatching(/must be one of organization, person/) },
      { line: 5, column: 'owner_email', reason: 'is not the email of an active user' },
      { line: 6, column: 'external_id', reason: expect.stringMatching(/repeats line 2/) },
    ]);
    expect(await rows(sql`SELECT 1 FROM customers WHERE external_id LIKE 'HT-10%'`)).toEqual([]);

    const skipped = await importOverHttp(manager, 'customers', file, { query: { onError: 'skip' } });
    expect(skipped).toMatchObject({ status: 'succeeded', rowsImported: 1, rowsRejected: 4, hasErrorFile: true });
    expect(await rows(sql`SELECT name FROM customers WHERE external_id LIKE 'HT-10%'`)).toEqual([{ name: '好客户' }]);
    const errors = await download(manager, `/api/v1/imports/${skipped.id}/errors.csv`);
    expect(errors.status).toBe(200);
    expect(errors.headers.get('content-disposition')).toMatch(/attachment/);
    expect(errors.text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'error_line,error_column,error_reason,external_id,name,kind,email,owner_email',
      '3,name,is required,HT-102,,person,,',
      '4,email; kind,"is not an email address; must be one of organization, person",HT-103,坏邮箱,robot,not-an-email,',
      '5,owner_email,is not the email of an active user,HT-104,无名负责人,person,,nobody@example.com',
      '6,external_id,repeats line 2 (the same key twice in one file),HT-101,重复,person,,',
      '',
    ]);
  });

  it('imports GBK files, detected or named', async () => {
    const gbk = readFileSync('test/fixtures/import/customers-gbk.csv');
    const job = await importOverHttp(manager, 'customers', gbk);
    expect(job).toMatchObject({ status: 'succeeded', rowsImported: 3 });
    const named = await importOverHttp(manager, 'customers', gbk, { query: { encoding: 'gbk' } });
    expect(named.message).toMatch(/3 unchanged/);
    expect(
      await rows(sql`SELECT name, kind FROM customers WHERE external_id LIKE 'GBK-%' ORDER BY external_id`),
    ).toEqual([
      { name: '北京华强电子有限公司', kind: 'organization' },
      { name: '王芳', kind: 'person' },
      { name: '龍鳳茶樓', kind: 'organization' },
    ]);
    const wrong = await postForm(manager, '/api/v1/imports?kind=customers&encoding=utf8', { file: gbk });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/not valid UTF-8; is it GBK/);
  });

  it('uses the mapping chosen in the web app, and a dry run writes nothing', async () => {
    const file = 'Kundennummer,Firma,Egal\nHT-301,Müller GmbH,x\n';
    const mapping = { Kundennummer: 'external_id', Firma: 'name', Egal: null };
    const dry = await importOverHttp(manager, 'customers', file, { mapping, query: { dryRun: 'true' } });
    expect(dry).toMatchObject({ status: 'succeeded', dryRun: true, rowsRead: 1, rowsImported: 1 });
    expect(dry.message).toMatch(/Dry run/);
    expect(await rows(sql`SELECT 1 FROM customers WHERE external_id = 'HT-301'`)).toEqual([]);
    const real = await importOverHttp(manager, 'customers', file, { mapping });
    expect(real.rowsImported).toBe(1);
    expect(await rows(sql`SELECT name FROM customers WHERE external_id = 'HT-301'`)).toEqual([{ name: 'Müller GmbH' }]);
  });

  it('answers 400 for bad requests and lists recent imports', async () => {
    const start = (query: string, parts: Parameters<typeof postForm>[2]) =>
      postForm(manager, `/api/v1/imports?${query}`, parts);
    const missing = await start('kind=customers', { file: 'name\nX\n' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.file).toMatch(/lacks required columns external_id/);
    expect((await start('kind=customers', { file: 'external_id,name\n', mapping: '{not json' })).status).toBe(400);
    expect(
      (await start('kind=customers', { file: 'a,b\n', mapping: { a: 'external_id', b: 'nonsense' } })).status,
    ).toBe(400);
    expect((await start('kind=customers', { file: 'a,b\n', mapping: { a: 'name', b: 'name' } })).status).toBe(400);
    expect((await start('kind=customers', { mapping: {} })).status).toBe(400);
    expect((await start('kind=robots', { file: 'x' })).status).toBe(400);
    expect((await start('kind=customers&timeZone=Mars/Olympus', { file: 'external_id,name\nA,B\n' })).status).toBe(400);
    expect((await start('kind=customers', { file: '' })).status).toBe(400);
    expect((await manager.post('/api/v1/imports?kind=customers', { file: 'x' })).status).toBe(400);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('external_id,name\n', 'utf16le')]);
    expect((await start('kind=customers', { file: utf16 })).body.error.message).toMatch(/UTF-16/);
    const list = await manager.get('/api/v1/imports');
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(5);
    expect((await manager.get('/api/v1/imports/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await manager.get('/api/v1/imports/not-an-id')).status).toBe(400);
  });

  it('offers a template per kind that imports as it is, in the order customers, contacts, products, orders', async () => {
    for (const kind of ['customers', 'contacts', 'products', 'orders']) {
      const template = await download(manager, `/api/v1/imports/templates/${kind}`);
      expect(template.status, kind).toBe(200);
      expect(template.headers.get('content-disposition')).toContain(`guanxi-${kind}-template.csv`);
      expect(template.text.startsWith('\uFEFF'), 'a byte order mark for Excel').toBe(true);
      const job = await importOverHttp(manager, kind, template.text);
      expect(job.rowsRejected, `${kind}: ${JSON.stringify(job.errors)}`).toBe(0);
      expect(job.rowsRead).toBeGreaterThan(0);
    }
    expect((await manager.get('/api/v1/imports/templates/leads')).status).toBe(400);
  });

  it('is for administrators and managers only', async () => {
    const service = await server.userClient('service');
    for (const client of [owner, service]) {
      expect(
        (await postForm(client, '/api/v1/imports?kind=customers', { file: 'external_id,name\nX,Y\n' })).status,
      ).toBe(403);
      expect((await postForm(client, '/api/v1/imports/preview?kind=customers', { file: 'a\n' })).status).toBe(403);
      expect((await client.get('/api/v1/imports')).status).toBe(403);
    }
    expect((await server.client().get('/api/v1/imports')).status).toBe(401);
    const admin = await server.userClient('admin');
    expect((await importOverHttp(admin, 'products', 'sku,name,list_price\nA-1,x,1\n')).status).toBe('succeeded');
    const audit = await admin.get('/api/v1/audit?entity=import');
    expect(audit.body.items[0]).toMatchObject({ entity: 'import', actorId: admin.user.id, action: 'create' });
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await server.client().get('/api/openapi.json')).body;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/imports',
        '/api/v1/imports/preview',
        '/api/v1/imports/{id}',
        '/api/v1/imports/{id}/errors.csv',
      ]),
    );
    expect(document.paths['/api/v1/imports'].post.requestBody.content).toHaveProperty('multipart/form-data');
    expect(document.components.schemas).toHaveProperty('ImportJob');
  });
});
