import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/db/client.ts';
import { importOverHttp } from '../fixtures/import/http.ts';
import { startTestServer } from '../helpers/test-server.ts';

/** Orders and contacts: dates, amounts, references to customers and products, order lines. */
let server: Awaited<ReturnType<typeof startTestServer>>;
let manager: Awaited<ReturnType<typeof server.userClient>>;
beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
  await importOverHttp(
    manager,
    'customers',
    'external_id,name,kind\nHT-001,华为技术有限公司,organization\nHT-002,张伟,person\nHT-201,买家甲,person\n',
  );
});
afterAll(() => server.close());

const rows = <T = Record<string, unknown>>(query: ReturnType<typeof sql>) => selectRows<T>(server.db, query);

describe('importing orders and contacts', () => {
  it('reads dates and amounts as shops write them, exactly, and a re-imported order replaces its lines', async () => {
    await importOverHttp(
      manager,
      'products',
      'SKU,产品名称,标价,单位成本\nP-1,茶叶,"¥1,288.00",600\nP-2,茶杯,￥35.5,\n',
    );
    const orders =
      '订单号,客户编号,下单时间,状态,币种,SKU,数量,单价,单位成本,回款金额,渠道\n' +
      'O-1,HT-201,2024/1/31 9:05,已付款,人民币,P-1,2,"¥1,288.00",600,"2,000",天猫\n' +
      'O-1,HT-201,2024/1/31 9:05,,,P-2,3,35.50,,,\n' +
      'O-1,HT-201,2024/1/31 9:05,,,,1,$0.10,,,\n' +
      'O-2,HT-201,20240201,已退款,CNY,P-2,1.5,"1,000,000.01",,,\n' +
      'O-3,HT-201,2024年2月3日,cancelled,usd,P-1,1,10,,,\n' +
      'O-4,HT-201,2024-02-04T10:00:00Z,paid,CNY,P-1,1,10,,,\n';
    const job = await importOverHttp(manager, 'orders', orders);
    expect(job).toMatchObject({ status: 'succeeded', rowsImported: 6 });
    expect(job.message).toMatch(/4 new, 0 changed, 0 unchanged orders/);
    const stored = await rows(sql`
      SELECT external_id, to_char(ordered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS at, status, currency, total::text,
             amount_collected::text, channel FROM orders WHERE external_id LIKE 'O-%' ORDER BY external_id`);
    expect(stored).toEqual([
      {
        external_id: 'O-1',
        at: '2024-01-31 01:05',
        status: 'paid',
        currency: 'CNY',
        total: '2682.60',
        amount_collected: '2000.00',
        channel: '天猫',
      },
      {
        external_id: 'O-2',
        at: '2024-01-31 16:00',
        status: 'refunded',
        currency: 'CNY',
        total: '1500000.02',
        amount_collected: '0.00',
        channel: null,
      },
      {
        external_id: 'O-3',
        at: '2024-02-02 16:00',
        status: 'cancelled',
        currency: 'USD',
        total: '10.00',
        amount_collected: '0.00',
        channel: null,
      },
      {
        external_id: 'O-4',
        at: '2024-02-04 10:00',
        status: 'paid',
        currency: 'CNY',
        total: '10.00',
        amount_collected: '0.00',
        channel: null,
      },
    ]);
    const lines = () =>
      rows(sql`SELECT l.line_no, p.sku, l.quantity::text, l.unit_price::text, l.unit_cost::text FROM order_lines l
               JOIN orders o ON o.id = l.order_id LEFT JOIN products p ON p.id = l.product_id
               WHERE o.external_id = 'O-1' ORDER BY l.line_no`);
    expect(await lines()).toEqual([
      { line_no: 1, sku: 'P-1', quantity: '2.000', unit_price: '1288.00', unit_cost: '600.00' },
      { line_no: 2, sku: 'P-2', quantity: '3.000', unit_price: '35.50', unit_cost: null },
      { line_no: 3, sku: null, quantity: '1.000', unit_price: '0.10', unit_cost: null },
    ]);
    const fewer = await importOverHttp(
      manager,
      'orders',
      'order_id,customer_external_id,ordered_at,sku,quantity,unit_price\nO-1,HT-201,2024-01-31 09:05,P-2,4,35.5\n',
    );
    expect(fewer.message).toMatch(/0 new, 1 changed/);
    expect(await lines()).toEqual([
      { line_no: 1, sku: 'P-2', quantity: '4.000', unit_price: '35.50', unit_cost: null },
    ]);
    expect(await rows(sql`SELECT total::text, status, channel FROM orders WHERE external_id = 'O-1'`)).toEqual([
      { total: '142.00', status: 'paid', channel: '天猫' },
    ]);
  });

  it('refuses rows that name an unknown customer or product, and whole orders with one bad line', async () => {
    const orders =
      'order_id,customer_external_id,ordered_at,sku,quantity,unit_price\n' +
      'U-1,NOBODY,2024-01-01,,1,10\n' +
      'U-2,HT-201,2024-01-01,P-1,1,10\n' +
      'U-2,HT-201,2024-01-01,NO-SUCH-SKU,1,10\n' +
      'U-3,HT-201,2024-01-01,P-1,1,10\n' +
      'U-3,HT-201,2024-01-02,P-1,1,10\n' +
      'U-4,HT-201,2024-01-01,P-1,0,10\n' +
      'U-5,HT-201,2024-02-30,P-1,1,10.123\n';
    const job = await importOverHttp(manager, 'orders', orders, { query: { onError: 'skip' } });
    expect(job).toMatchObject({ status: 'succeeded', rowsRead: 7, rowsRejected: 7, rowsImported: 0 });
    expect(job.errors).toEqual([
      { line: 2, column: 'customer_external_id', reason: 'no customer has this external id' },
      { line: 3, column: 'order_id', reason: 'another line of this order has an error (line 4)' },
      { line: 4, column: 'sku', reason: 'no product has this SKU' },
      { line: 5, column: 'order_id', reason: 'another line of this order has an error (line 6)' },
      { line: 6, column: 'ordered_at', reason: 'differs from line 5 of the same order (2024-01-01 00:00:00)' },
      { line: 7, column: 'quantity', reason: 'must be more than zero' },
      { line: 8, column: 'ordered_at', reason: 'is not a calendar date' },
      { line: 8, column: 'unit_price', reason: 'has more than 2 decimal places' },
    ]);
    expect(await rows(sql`SELECT 1 FROM orders WHERE external_id LIKE 'U-%'`)).toEqual([]);
    const contacts = await importOverHttp(
      manager,
      'contacts',
      'customer_external_id,name\nHT-002,某人\nNOBODY,某人\n',
      { query: { onError: 'skip' } },
    );
    expect(contacts.errors).toEqual([
      {
        line: 2,
        column: 'customer_external_id',
        reason: 'this customer is a person; contacts belong to organizations',
      },
      { line: 3, column: 'customer_external_id', reason: 'no customer has this external id' },
    ]);
  });

  it('imports contacts by external id or by name within their organisation, idempotently', async () => {
    const file =
      '客户编号,联系人编号,姓名,职务,采购角色,态度,信任度\n' +
      'HT-001,K-1,赵总,总经理,决策者,支持者,5\n' +
      'HT-001,,钱工,工程师,日常使用者,中立,\n';
    expect(await importOverHttp(manager, 'contacts', file)).toMatchObject({ status: 'succeeded', rowsImported: 2 });
    const again = await importOverHttp(manager, 'contacts', file);
    expect(again.message).toMatch(/0 new, 0 changed, 2 unchanged/);
    const changed = await importOverHttp(manager, 'contacts', file.replace('工程师', '总工程师'));
    expect(changed.message).toMatch(/0 new, 1 changed/);
    expect(
      await rows(sql`SELECT external_id, name, title, buying_role, attitude, trust FROM contacts ORDER BY name`),
    ).toEqual([
      {
        external_id: 'K-1',
        name: '赵总',
        title: '总经理',
        buying_role: 'decision_maker',
        attitude: 'supporter',
        trust: 5,
      },
      { external_id: null, name: '钱工', title: '总工程师', buying_role: 'user', attitude: 'neutral', trust: 3 },
    ]);
  });
});
