import type { DataKind } from '../shared/domain.ts';
import { type Text, text } from '../shared/language.ts';

/**
 * Each import column's header in both languages, in the web app's words (web/src/i18n/*-data.ts has
 * the same labels): what exports, templates and error files write for a reader. Every label is a
 * header the import reads back as its column (a test checks it), so a file in either language
 * imports again as it is.
 */
export const columnLabels: Record<DataKind, Record<string, Text>> = {
  customers: {
    external_id: text('External ID', '客户编号'),
    name: text('Name', '客户名称'),
    kind: text('Kind', '类型'),
    phone: text('Phone', '电话'),
    email: text('Email', '邮箱'),
    industry: text('Industry', '行业'),
    region: text('Region', '地区'),
    source: text('Lead source', '线索来源'),
    owner_email: text('Relationship manager email', '关系经理邮箱'),
    tags: text('Tags', '标签'),
    level: text('Relationship level', '关系层次'),
    address: text('Address', '地址'),
    notes: text('Notes', '备注'),
  },
  contacts: {
    customer_external_id: text('Customer external ID', '客户编号'),
    external_id: text('Contact external ID', '联系人编号'),
    name: text('Name', '姓名'),
    title: text('Job title', '职务'),
    phone: text('Phone', '电话'),
    email: text('Email', '邮箱'),
    buying_role: text('Buying role', '购买角色'),
    attitude: text('Attitude', '态度'),
    trust: text('Trust', '信任度'),
    notes: text('Notes', '备注'),
  },
  products: {
    sku: text('SKU', '产品编号'),
    name: text('Name', '产品名称'),
    category: text('Category', '类别'),
    currency: text('Currency', '币种'),
    list_price: text('List price', '标价'),
    unit_cost: text('Unit cost', '单位成本'),
    active: text('Active', '启用'),
  },
  orders: {
    order_id: text('Order number', '订单号'),
    customer_external_id: text('Customer external ID', '客户编号'),
    ordered_at: text('Ordered at', '下单时间'),
    status: text('Status', '状态'),
    currency: text('Currency', '币种'),
    sku: text('SKU', '产品编号'),
    quantity: text('Quantity', '数量'),
    unit_price: text('Unit price', '单价'),
    unit_cost: text('Unit cost', '单位成本'),
    amount_collected: text('Amount collected', '回款金额'),
    channel: text('Channel', '渠道'),
  },
};
