import {
  attitudes,
  buyingRoles,
  customerKinds,
  type DataKind,
  leadSources,
  orderStatuses,
  relationshipLevels,
} from '../shared/domain.ts';
import {
  choice,
  currency,
  dateTime,
  email,
  type FieldParser,
  integer,
  money,
  phone,
  quantity,
  tags,
  text,
  yesNo,
} from './fields.ts';
import type { ColumnSpec } from './headers.ts';
import { labelsToCodes, valueLabels } from './value-labels.ts';

/** A column of an import file: how it is named and how a cell is read. docs/import.md describes each. */
export interface ImportColumn extends ColumnSpec {
  parse: FieldParser;
}

const column = (name: string, parse: FieldParser, aliases: string[], required = false): ImportColumn => ({
  name,
  required,
  aliases,
  parse,
});

const key = text(100);
const customerKey = column(
  'customer_external_id',
  key,
  ['客户编号', '客户编码', '客户ID', 'customer_id', 'customer'],
  true,
);

// The labels exports write in either language (value-labels.ts), plus the words shop and ERP exports use.
const kind = choice(customerKinds, {
  ...labelsToCodes(valueLabels.kind),
  组织: 'organization',
  机构: 'organization',
  公司: 'organization',
  企业: 'organization',
  单位: 'organization',
  company: 'organization',
  org: 'organization',
  个人: 'person',
  自然人: 'person',
  individual: 'person',
});
const source = choice(leadSources, {
  ...labelsToCodes(valueLabels.source),
  广告: 'advertising',
  互联网: 'internet',
  网络: 'internet',
  咨询: 'inquiry',
  电话: 'phone',
  邮件: 'mail',
  代理商: 'agent',
  代理: 'agent',
  上门拜访: 'visit',
  拜访: 'visit',
  观察: 'observation',
  客户推荐: 'referral',
  推荐: 'referral',
  转介绍: 'referral',
  从竞争对手处争取: 'competitor',
  竞争对手: 'competitor',
  名人推荐: 'notable_referral',
  个人关系网: 'own_network',
  人脉: 'own_network',
});
const level = choice(relationshipLevels, {
  ...labelsToCodes(valueLabels.level),
  基本型: 'basic',
  被动型: 'reactive',
  负责型: 'accountable',
  能动型: 'proactive',
  伙伴型: 'partnership',
});
const buyingRole = choice(buyingRoles, {
  ...labelsToCodes(valueLabels.buying_role),
  决策者: 'decision_maker',
  影响者: 'influencer',
  日常使用者: 'user',
  使用者: 'user',
  其他: 'other',
});
const attitude = choice(attitudes, {
  ...labelsToCodes(valueLabels.attitude),
  支持者: 'supporter',
  支持: 'supporter',
  中立: 'neutral',
  反对者: 'opponent',
  反对: 'opponent',
});
const status = choice(orderStatuses, {
  ...labelsToCodes(valueLabels.status),
  已付款: 'paid',
  已支付: 'paid',
  已完成: 'paid',
  交易成功: 'paid',
  已退款: 'refunded',
  退款: 'refunded',
  已取消: 'cancelled',
  取消: 'cancelled',
  交易关闭: 'cancelled',
  canceled: 'cancelled',
});

export const importColumns: Record<DataKind, readonly ImportColumn[]> = {
  customers: [
    column('external_id', key, ['客户编号', '客户编码', '客户ID', 'customer_external_id', 'customer_id'], true),
    column('name', text(200), ['客户名称', '名称', '客户', '姓名', 'customer_name'], true),
    column('kind', kind, ['类型', '客户类型', 'type']),
    column('phone', phone, ['电话', '手机', '手机号', '联系电话', 'mobile', 'tel']),
    column('email', email, ['邮箱', '电子邮件', '电子邮箱', 'e-mail', 'mail']),
    column('industry', text(100), ['行业']),
    column('region', text(100), ['地区', '区域', '所在地区']),
    column('source', source, ['线索来源', '来源', '客户来源', 'lead_source']),
    column('owner_email', email, [
      '关系经理邮箱',
      '负责人邮箱',
      '负责人',
      '客户经理',
      'relationship_manager_email',
      'owner',
    ]),
    column('tags', tags, ['标签']),
    column('level', level, ['关系类型', '关系层次', 'relationship_level']),
    column('address', text(500), ['地址']),
    column('notes', text(10_000), ['备注']),
  ],
  contacts: [
    customerKey,
    column('external_id', key, ['联系人编号', '联系人ID', 'contact_external_id', 'contact_id']),
    column('name', text(200), ['姓名', '联系人', '联系人姓名', 'contact_name'], true),
    column('title', text(100), ['职务', '职位', 'job_title']),
    column('phone', phone, ['电话', '手机', '手机号', '联系电话', 'mobile']),
    column('email', email, ['邮箱', '电子邮件', 'e-mail']),
    column('buying_role', buyingRole, ['购买角色', '采购角色', '角色', 'role']),
    column('attitude', attitude, ['态度']),
    column('trust', integer(1, 5), ['信任度', '信任']),
    column('notes', text(10_000), ['备注']),
  ],
  products: [
    column('sku', key, ['产品编号', '产品编码', '商品编号', '商品编码', '货号', 'product_id'], true),
    column('name', text(200), ['产品名称', '商品名称', '名称', 'product_name'], true),
    column('category', text(100), ['类别', '分类', '品类']),
    column('currency', currency, ['币种', '货币']),
    column('list_price', money, ['标价', '价格', '售价', '单价', 'price'], true),
    column('unit_cost', money, ['单位成本', '成本', '成本价', 'cost']),
    column('active', yesNo, ['在售', '启用']),
  ],
  orders: [
    column('order_id', key, ['订单号', '订单编号', '订单ID', 'order_no', 'order_number'], true),
    customerKey,
    column('ordered_at', dateTime, ['下单时间', '下单日期', '订单日期', '订单时间', '日期', 'order_date'], true),
    column('status', status, ['状态', '订单状态']),
    column('currency', currency, ['币种', '货币']),
    column('sku', key, ['产品编号', '产品编码', '商品编号', '商品编码', '货号', 'product_id']),
    column('quantity', quantity, ['数量', 'qty'], true),
    column('unit_price', money, ['单价', '价格', 'price'], true),
    column('unit_cost', money, ['单位成本', '成本', '成本价', 'cost']),
    column('amount_collected', money, ['回款金额', '回款', '已收金额', '已回款']),
    column('channel', text(100), ['渠道', '销售渠道', '来源渠道']),
  ],
};

/** The column carried on rejected rows too: orders need it to reject all lines of a bad order. */
export const keyColumn: Record<DataKind, string> = {
  customers: 'external_id',
  contacts: 'customer_external_id',
  products: 'sku',
  orders: 'order_id',
};
