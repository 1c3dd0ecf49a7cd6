import { describe, expect, it } from 'vitest';
import { importColumns } from './columns.ts';
import { normaliseHeader, resolveColumns, suggestMapping } from './headers.ts';

const customers = importColumns.customers;
const orders = importColumns.orders;

describe('headers', () => {
  it('compare loosely', () => {
    expect(normaliseHeader(' External ID ')).toBe('external_id');
    expect(normaliseHeader('\uFEFFcustomer-external-id')).toBe('customer_external_id');
    expect(normaliseHeader('单价（元）*')).toBe('单价');
    expect(normaliseHeader('E-Mail')).toBe('e_mail');
    expect(normaliseHeader('ＳＫＵ')).toBe('sku');
  });

  it('map English and Chinese headers to columns, and leave unknown ones out', () => {
    expect(suggestMapping(['客户编号', '客户名称', '负责人邮箱', '标签', '备用'], customers)).toEqual({
      客户编号: 'external_id',
      客户名称: 'name',
      负责人邮箱: 'owner_email',
      标签: 'tags',
      备用: null,
    });
    expect(
      suggestMapping(['订单号', '下单时间', '产品编号', 'SKU', '数量', '单价（元）', '回款金额', '渠道'], orders),
    ).toEqual({
      订单号: 'order_id',
      下单时间: 'ordered_at',
      产品编号: 'sku',
      SKU: null,
      数量: 'quantity',
      '单价（元）': 'unit_price',
      回款金额: 'amount_collected',
      渠道: 'channel',
    });
  });

  it('find each column in the row, with the caller’s choices first', () => {
    const { positions } = resolveColumns(['名称', 'id', 'x'], customers, { id: 'external_id', x: null });
    expect(positions.slice(0, 2)).toEqual([1, 0]);
    expect(positions.slice(2).every((at) => at === -1)).toBe(true);
  });

  it('refuse missing required columns, a column chosen twice, unknown columns and repeated headers', () => {
    expect(() => resolveColumns(['name'], customers)).toThrow(/lacks required columns: external_id/);
    expect(() => resolveColumns(['external_id', 'name', 'a'], customers, { a: 'name' })).toThrow(
      /more than once: name/,
    );
    expect(() => resolveColumns(['external_id', 'name'], customers, { name: 'nickname' })).toThrow(
      /Unknown columns: nickname/,
    );
    expect(() => resolveColumns(['external_id', 'name', 'name'], customers)).toThrow(/appears more than once/);
  });
});
