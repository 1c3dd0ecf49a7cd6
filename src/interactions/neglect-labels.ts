import type { LoyaltyStage, RfmSegment } from '../shared/domain.ts';
import { type Text, text } from '../shared/language.ts';

// The words of the web app's labels (web/src/i18n/*-insights.ts), for the neglect report's file.

export const segmentLabels: Record<RfmSegment | 'prospect', Text> = {
  champions: text('Champions', '冠军客户'),
  loyal: text('Loyal', '忠诚客户'),
  potential_loyalist: text('Potential loyalists', '潜在忠诚客户'),
  new: text('New customers', '新客户'),
  promising: text('Promising', '有潜力客户'),
  need_attention: text('Need attention', '需要关注客户'),
  about_to_sleep: text('About to sleep', '即将沉睡客户'),
  at_risk: text('At risk', '流失风险客户'),
  cant_lose_them: text("Can't lose them", '不能失去的客户'),
  hibernating: text('Hibernating', '沉睡客户'),
  prospect: text('Prospects', '准客户'),
};

export const stageLabels: Record<LoyaltyStage, Text> = {
  prospect: text('Prospect', '准客户'),
  first_time: text('First-time customer', '初次顾客'),
  repeat: text('Repeat customer', '重复性顾客'),
  client: text('Client', '主顾'),
  advocate: text('Advocate', '品牌倡导性顾客'),
  dormant: text('Dormant', '沉寂型顾客'),
  lost: text('Lost', '流失客户'),
};

/** The columns of the neglect report's file, and their headers. */
export const neglectColumns = {
  owner: text('Relationship manager', '关系经理'),
  customer: text('Customer', '客户'),
  customer_id: text('Customer id', '客户 ID'),
  last_contact: text('Last contact', '最近联系'),
  days_since: text('Days since', '距今天数'),
  revenue: text('Revenue', '销售额'),
  segment: text('RFM segment', 'RFM 细分'),
  stage: text('Loyalty stage', '忠诚度阶段'),
};

export const noOwnerLabel = text('No relationship manager', '无关系经理');
export const neverLabel = text('Never', '从未联系');
