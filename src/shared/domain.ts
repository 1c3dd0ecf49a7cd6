/**
 * The domain's enumerations, shared by the database schema, the API contract and the web app
 * (which imports this file, so it must stay free of server imports).
 */
export const roles = ['admin', 'manager', 'relationship_manager', 'service'] as const;
export type Role = (typeof roles)[number];

export const customerKinds = ['organization', 'person'] as const;

/** 寻找准客户: where a prospect came from (indirect sources first, then direct ones). */
export const leadSources = [
  'advertising',
  'internet',
  'inquiry',
  'phone',
  'mail',
  'agent',
  'visit',
  'observation',
  'referral',
  'competitor',
  'notable_referral',
  'own_network',
] as const;

/** 与客户建立关系的五种类型. */
export const relationshipLevels = ['basic', 'reactive', 'accountable', 'proactive', 'partnership'] as const;

/** 客户不一定是用户: who a contact is in the buying decision. */
export const buyingRoles = ['decision_maker', 'influencer', 'user', 'other'] as const;
export const attitudes = ['supporter', 'neutral', 'opponent'] as const;

export const orderStatuses = ['paid', 'refunded', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** What can be imported from and exported to CSV. */
export const dataKinds = ['customers', 'contacts', 'products', 'orders'] as const;
export type DataKind = (typeof dataKinds)[number];

/** RFM segments named from the R and F scores; customers who never bought are prospects, outside the map. */
export const rfmSegments = [
  'champions',
  'loyal',
  'potential_loyalist',
  'new',
  'promising',
  'need_attention',
  'about_to_sleep',
  'at_risk',
  'cant_lose_them',
  'hibernating',
] as const;
export type RfmSegment = (typeof rfmSegments)[number];

/** 忠诚顾客的培养步骤: the rungs of the loyalty ladder, plus dormant (沉寂) and lost. */
export const loyaltyStages = ['prospect', 'first_time', 'repeat', 'client', 'advocate', 'dormant', 'lost'] as const;
export type LoyaltyStage = (typeof loyaltyStages)[number];

/** Customers to watch (see src/customers/watch-lists.ts). */
export const watchLists = ['spend_drop', 'lapsed', 'newly_at_risk'] as const;

/** 客户价值计分卡 quadrants: realised value × potential value, each split at the middle. */
export const valueQuadrants = ['key', 'maintain', 'develop', 'minor', 'unknown'] as const;
export type ValueQuadrant = (typeof valueQuadrants)[number];

/** 关系营销的要素: how we were in touch with a customer. */
export const interactionMedia = ['phone', 'email', 'visit', 'meeting', 'wechat', 'sms', 'other'] as const;
export type InteractionMedium = (typeof interactionMedia)[number];
export const interactionDirections = ['inbound', 'outbound'] as const;
/** Business (an offer, an order, a complaint) or information (news, greetings, care). */
export const interactionContents = ['business', 'information'] as const;
/** Direct (face to face, a call) or indirect (through a message, a letter, a third party). */
export const interactionMethods = ['direct', 'indirect'] as const;
export const interactionOutcomes = [
  'reached',
  'no_answer',
  'left_message',
  'interested',
  'not_interested',
  'ordered',
  'complaint',
  'other',
] as const;

export const taskPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof taskPriorities)[number];
export const taskStatuses = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** 客户接触频率规则: what makes a contact rule fire (see docs/contact-rules.md). */
export const ruleTriggers = [
  'order_placed',
  'no_purchase',
  'no_interaction',
  'spend_drop',
  'entered_segment',
  'entered_stage',
] as const;
export type RuleTrigger = (typeof ruleTriggers)[number];

/** The kinds of entry on a customer's timeline (src/timeline/sources.ts). */
export const timelineKinds = ['interaction', 'order', 'task', 'analysis'] as const;
export type TimelineKind = (typeof timelineKinds)[number];
