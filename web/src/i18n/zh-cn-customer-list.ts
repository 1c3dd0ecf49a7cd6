import type { enCustomerList } from './en-customer-list.ts';
import type { Labels } from './labels.ts';

/** 客户列表的简体中文标签：排序、列、总数、搜索匹配、关注名单原因（zh-cn.ts 的一部分）。 */
export const zhCNCustomerList: Labels<typeof enCustomerList> = {
  customerList: {
    sort: {
      '-createdAt': '最新创建',
      createdAt: '最早创建',
      '-updatedAt': '最近更新',
      updatedAt: '最久未更新',
      name: '名称 A–Z',
      '-name': '名称 Z–A',
      '-revenue': '营收从高到低',
      revenue: '营收从低到高',
      '-lastPurchaseAt': '最近购买',
      lastPurchaseAt: '最久未购买',
      '-lastContactAt': '最近联系',
      lastContactAt: '最久未联系',
    },
    columns: {
      revenue: '营收',
      lastPurchaseAt: '最近购买',
      lastContactAt: '最近联系',
      watchReason: '列入原因',
    },
    searchPlaceholder: '搜索名称、客户编号、电话、邮箱或联系人',
    viaContact: '经联系人 {{name}}',
    total_one: '共 {{formatted}} 位客户',
    total_other: '共 {{formatted}} 位客户',
    totalAbout: '约 {{formatted}} 位客户',
    shown: '已显示 {{formatted}} 位',
    reason: {
      spend_drop: '{{change}}：近 90 天 {{recent}}，此前 90 天 {{previous}}',
      lapsed: '已 {{days}} 天未购买（平时每 {{usual}} 天一次）',
      lapsedOne: '已 {{days}} 天未购买（平时每天一次）',
      newly_at_risk: '现为{{segment}}，此前为{{previous}}',
      newlyAnalysed: '现为{{segment}}，此前未分析',
    },
  },
};
