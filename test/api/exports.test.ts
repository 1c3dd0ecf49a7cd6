import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/db/client.ts';
import { download, importOverHttp } from '../fixtures/import/http.ts';
import { startTestServer } from '../helpers/test-server.ts';

/** Exports honour the list's filters and the caller's access, resist formula injection, and re-import as they are. */
let server: Awaited<ReturnType<typeof startTestServer>>;
let manager: Awaited<ReturnType<typeof server.userClient>>;
let rm: Awaited<ReturnType<typeof server.userClient>>;
const kinds = ['customers', 'contacts', 'products', 'orders'] as const;

const csvRecords = (text: string) => parse(text, { bom: true, columns: true }) as Record<string, string>[];
const snapshot = () =>
  Promise.all(
    ['customers', 'contacts', 'products', 'orders', 'order_lines'].map((table) =>
      selectRows(server.db, sql.raw(`SELECT * FROM ${table} ORDER BY 1, 2`)),
    ),
  );
const exportHeaders = {
  customers: 'external_id,name,kind,phone,email,industry,region,source,owner_email,tags,level,address,notes',
  orders:
    'order_id,customer_external_id,ordered_at,status,currency,sku,quantity,unit_price,unit_cost,amount_collected,channel',
};

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager', '总经理');
  rm = await server.userClient('relationship_manager', '王经理');
  await importOverHttp(
    manager,
    'customers',
    'external_id,name,kind,phone,owner_email,tags\n' +
      `EX-1,广州贸易有限公司,organization,020-1234 5678,${rm.user.email},重点;华南\n` +
      'EX-2,陈静,person,,,\n' +
      'EX-3,"=HYPERLINK(""http://evil.example"",""点我"")",person,+86 138 0013 8000,,@risk\n',
  );
  await importOverHttp(
    manager,
    'products',
    'sku,name,category,list_price,unit_cost,active\nSKU-1,铁观音,茶,88.00,30,true\nSKU-2,-折扣-,,0,,false\n',
  );
  await importOverHttp(
    manager,
    'orders',
    'order_id,customer_external_id,ordered_at,status,sku,quantity,unit_price,unit_cost,amount_collected,channel\n' +
      'SO-1,EX-1,2024-03-01 10:30,paid,SKU-1,2.5,88,30,100,门店\n' +
      'SO-1,EX-1,2024-03-01 10:30,paid,,1,9.9,,100,门店\n' +
      'SO-2,EX-2,2024-03-05 08:00:00.250,refunded,SKU-2,1,0,,,\n',
  );
  // Made in the web app: no external ids; exports write their Guanxi id instead.
  const org = await manager.post('/api/v1/customers', {
    kind: 'organization',
    name: '网页创建公司',
    ownerId: rm.user.id,
  });
  await manager.post(`/api/v1/customers/${org.body.id}/contacts`, { name: '孙经理', title: '采购' });
  // Leading tab and carriage return cannot come through the API (it trims); they can come from elsewhere.
  await selectRows(
    server.db,
    sql`INSERT INTO customers (kind, name, external_id, notes) VALUES ('person', E'\tTab', 'EX-4', E'\rCR')`,
  );
});
afterAll(() => server.close());

describe('exports', () => {
  it('writes CSV with the import headers and codes (codes=true) and JSON with the same rows, as a download', async () => {
    const csv = await download(manager, '/api/v1/exports/customers?archived=all&codes=true');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="customers-\d{4}-\d\d-\d\d\.csv"$/);
    expect(csv.text.startsWith(`\uFEFF${exportHeaders.customers}\r\n`)).toBe(true);
    const records = csvRecords(csv.text);
    expect(records.find((r) => r.external_id === 'EX-1')).toMatchObject({
      owner_email: rm.user.email,
      tags: '重点;华南',
    });
    const json = await download(manager, '/api/v1/exports/customers?archived=all&format=json');
    expect(json.headers.get('content-type')).toMatch(/application\/json/);
    const objects = JSON.parse(json.text);
    expect(objects).toHaveLength(records.length);
    expect(objects.find((r: { external_id: string }) => r.external_id === 'EX-1').tags).toEqual(['重点', '华南']);

    const orders = csvRecords((await download(manager, '/api/v1/exports/orders?codes=true')).text);
    expect(orders).toEqual([
      {
        order_id: 'SO-1',
        customer_external_id: 'EX-1',
        ordered_at: '2024-03-01 10:30:00',
        status: 'paid',
        currency: 'CNY',
        sku: 'SKU-1',
        quantity: '2.5',
        unit_price: '88.00',
        unit_cost: '30.00',
        amount_collected: '100.00',
        channel: '门店',
      },
      {
        order_id: 'SO-1',
        customer_external_id: 'EX-1',
        ordered_at: '2024-03-01 10:30:00',
        status: 'paid',
        currency: 'CNY',
        sku: '',
        quantity: '1',
        unit_price: '9.90',
        unit_cost: '',
        amount_collected: '100.00',
        channel: '门店',
      },
      {
        order_id: 'SO-2',
        customer_external_id: 'EX-2',
        ordered_at: '2024-03-05 08:00:00.250',
        status: 'refunded',
        currency: 'CNY',
        sku: 'SKU-2',
        quantity: '1',
        unit_price: '0.00',
        unit_cost: '',
        amount_collected: '0.00',
        channel: '',
      },
    ]);
  });

  it('neutralises cells that a spreadsheet would run as a formula', async () => {
    const records = csvRecords((await download(manager, '/api/v1/exports/customers?archived=all&codes=true')).text);
    const byId = Object.fromEntries(records.map((r) => [r.external_id, r]));
    expect(byId['EX-3'].name).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(byId['EX-3'].phone).toBe("'+86 138 0013 8000");
    expect(byId['EX-3'].tags).toBe("'@risk");
    expect(byId['EX-4'].name).toBe("'\tTab");
    expect(byId['EX-4'].notes).toBe("'\rCR");
    const products = csvRecords((await download(manager, '/api/v1/exports/products?active=all&codes=true')).text);
    expect(products.find((p) => p.sku === 'SKU-2')?.name).toBe("'-折扣-");
    // JSON is data, not a spreadsheet: left as it is.
    const json = JSON.parse((await download(manager, '/api/v1/exports/customers?format=json&q=HYPERLINK')).text);
    expect(json[0].name).toBe('=HYPERLINK("http://evil.example","点我")');
  });

  it('re-imports its own files (codes=true) without changing anything', async () => {
    const before = await snapshot();
    for (const kind of kinds) {
      const file = (await download(manager, `/api/v1/exports/${kind}?archived=all&active=all&codes=true`)).text;
      const job = await importOverHttp(manager, kind, file);
      expect(job, kind).toMatchObject({ status: 'succeeded', rowsRejected: 0 });
      expect(job.message, kind).toMatch(/ 0 new, 0 changed/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('round-trips into an empty database: the second export equals the first', async () => {
    const other = await startTestServer();
    try {
      const otherManager = await other.userClient('manager');
      await selectRows(
        other.db,
        sql`INSERT INTO users (email, name, role, password_hash) VALUES (${rm.user.email}, 'x', 'relationship_manager', 'x')`,
      );
      for (const kind of kinds) {
        const file = (await download(manager, `/api/v1/exports/${kind}?archived=all&active=all&codes=true`)).text;
        expect((await importOverHttp(otherManager, kind, file)).status, kind).toBe('succeeded');
        const copy = (await download(otherManager, `/api/v1/exports/${kind}?archived=all&active=all&codes=true`)).text;
        const sorted = (text: string) => text.split('\r\n').sort();
        expect(sorted(copy), kind).toEqual(sorted(file));
      }
    } finally {
      await other.close();
    }
  });

  it('gives a relationship manager only their customers and those customers’ contacts and orders', async () => {
    const customers = csvRecords((await download(rm, '/api/v1/exports/customers?codes=true')).text);
    expect(customers.map((c) => c.name).sort()).toEqual(['广州贸易有限公司', '网页创建公司']);
    const contacts = csvRecords((await download(rm, '/api/v1/exports/contacts?codes=true')).text);
    expect(contacts.map((c) => c.name)).toEqual(['孙经理']);
    const orders = csvRecords((await download(rm, '/api/v1/exports/orders?codes=true')).text);
    expect(new Set(orders.map((o) => o.order_id))).toEqual(new Set(['SO-1']));
    const products = csvRecords((await download(rm, '/api/v1/exports/products?active=all&codes=true')).text);
    expect(products).toHaveLength(2);
    const json = JSON.parse((await download(rm, '/api/v1/exports/customers?format=json&q=陈')).text);
    expect(json).toEqual([]);
  });

  it('honours the list filters and pages through many rows', async () => {
    const names = (records: Record<string, string>[]) => records.map((r) => r.name).sort();
    expect(
      names(csvRecords((await download(manager, '/api/v1/exports/customers?kind=organization&codes=true')).text)),
    ).toEqual(['广州贸易有限公司', '网页创建公司']);
    expect(names(csvRecords((await download(manager, '/api/v1/exports/customers?q=陈&codes=true')).text))).toEqual([
      '陈静',
    ]);
    expect(names(csvRecords((await download(manager, '/api/v1/exports/customers?tag=重点&codes=true')).text))).toEqual([
      '广州贸易有限公司',
    ]);
    expect(names(csvRecords((await download(manager, '/api/v1/exports/products?codes=true')).text))).toEqual([
      '铁观音',
    ]);
    const orders = async (query: string) =>
      csvRecords((await download(manager, `/api/v1/exports/orders?${query}&codes=true`)).text).map((o) => o.order_id);
    expect(await orders('status=refunded')).toEqual(['SO-2']);
    expect(await orders('from=2024-03-02')).toEqual(['SO-2']);
    expect(await orders('to=2024-03-01')).toEqual(['SO-1', 'SO-1']);
    const many = ['external_id,name', ...Array.from({ length: 4500 }, (_, i) => `BULK-${i},客户${i}`)].join('\n');
    expect((await importOverHttp(manager, 'customers', many)).rowsImported).toBe(4500);
    const all = csvRecords((await download(manager, '/api/v1/exports/customers?archived=all&codes=true')).text);
    expect(new Set(all.map((c) => c.external_id)).size).toBe(4500 + 5);
  });

  it('answers 400 for bad filters and 401 without a session', async () => {
    expect((await download(manager, '/api/v1/exports/customers?format=xml')).status).toBe(400);
    expect((await download(manager, '/api/v1/exports/orders?from=yesterday')).status).toBe(400);
    expect((await download(manager, '/api/v1/exports/products?codes=yes')).status).toBe(400);
    expect((await download(manager, '/api/v1/exports/contacts?language=fr')).status).toBe(400);
    expect((await download(manager, '/api/v1/exports/robots')).status).toBe(404);
    expect((await download(server.client(), '/api/v1/exports/customers')).status).toBe(401);
  });
});

describe('exports for a reader', () => {
  /** The manager's download as from a browser in `language` (the account has no language of its own). */
  const asReader = async (language: string | undefined, path: string) => {
    manager.acceptLanguage = language;
    try {
      return await download(manager, path);
    } finally {
      manager.acceptLanguage = undefined;
    }
  };
  const header = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n')[0];

  it('heads and labels CSV in the reader’s language: Chinese', async () => {
    const customers = await asReader('zh-CN,zh;q=0.9', '/api/v1/exports/customers?archived=all');
    expect(header(customers.text)).toBe(
      '客户编号,客户名称,类型,电话,邮箱,行业,地区,线索来源,关系经理邮箱,标签,关系层次,地址,备注',
    );
    expect(csvRecords(customers.text).find((r) => r.客户编号 === 'EX-1')).toMatchObject({
      类型: '组织',
      关系层次: '基本型',
      关系经理邮箱: rm.user.email,
    });
    const orders = csvRecords((await asReader('zh-CN', '/api/v1/exports/orders')).text);
    expect(orders.map((o) => [o.订单号, o.状态, o.下单时间])).toEqual([
      ['SO-1', '已付款', '2024-03-01 10:30:00'],
      ['SO-1', '已付款', '2024-03-01 10:30:00'],
      ['SO-2', '已退款', '2024-03-05 08:00:00.250'],
    ]);
    const contacts = csvRecords((await asReader('zh-CN', '/api/v1/exports/contacts')).text);
    expect(contacts.find((c) => c.姓名 === '孙经理')).toMatchObject({ 职务: '采购', 购买角色: '其他', 态度: '中立' });
    const products = csvRecords((await asReader('zh-CN', '/api/v1/exports/products?active=all')).text);
    expect(products.map((p) => [p.产品编号, p.启用])).toEqual([
      ['SKU-1', '是'],
      ['SKU-2', '否'],
    ]);
  });

  it('heads and labels CSV in the reader’s language: English, also when the link names it', async () => {
    const orders = await asReader('zh-CN', '/api/v1/exports/orders?language=en');
    expect(header(orders.text)).toBe(
      'Order number,Customer external ID,Ordered at,Status,Currency,SKU,Quantity,Unit price,Unit cost,Amount collected,Channel',
    );
    expect(csvRecords(orders.text).map((o) => o.Status)).toEqual(['Paid', 'Paid', 'Refunded']);
    const customers = csvRecords((await asReader(undefined, '/api/v1/exports/customers?q=广州')).text);
    expect(customers).toEqual([
      expect.objectContaining({ 'External ID': 'EX-1', Kind: 'Organization', Tags: '重点;华南' }),
    ]);
    expect(header((await asReader('en', '/api/v1/exports/customers?language=zh-CN')).text)).toMatch(
      /^客户编号,客户名称/,
    );
  });

  it('keeps keys and codes in JSON and with codes=true, whatever the language', async () => {
    const json = JSON.parse((await asReader('zh-CN', '/api/v1/exports/orders?format=json&language=zh-CN')).text);
    expect(json[0]).toMatchObject({ order_id: 'SO-1', status: 'paid' });
    const codes = await asReader('zh-CN', '/api/v1/exports/orders?codes=true&language=zh-CN');
    expect(header(codes.text)).toBe(exportHeaders.orders);
  });

  it('re-imports its files in either language without changing anything', async () => {
    const before = await snapshot();
    for (const language of ['zh-CN', 'en'])
      for (const kind of kinds) {
        const file = (await asReader(language, `/api/v1/exports/${kind}?archived=all&active=all`)).text;
        const job = await importOverHttp(manager, kind, file);
        expect(job, `${language} ${kind}`).toMatchObject({ status: 'succeeded', rowsRejected: 0 });
        expect(job.message, `${language} ${kind}`).toMatch(/ 0 new, 0 changed/);
      }
    expect(await snapshot()).toEqual(before);
  });
});
