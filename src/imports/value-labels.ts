import type {
  attitudes,
  buyingRoles,
  customerKinds,
  leadSources,
  orderStatuses,
  relationshipLevels,
} from '../shared/domain.ts';
import { type Text, text } from '../shared/language.ts';

/**
 * The labels of the enumerations' codes, by the import column that holds them, in the web app's
 * words (web/src/i18n: enums, order.status): what exports write for a reader, and what the import
 * reads back (besides the codes and other common words, see columns.ts).
 */
export const valueLabels = {
  kind: {
    organization: text('Organization', '组织'),
    person: text('Person', '个人'),
  } satisfies Record<(typeof customerKinds)[number], Text>,
  source: {
    advertising: text('Advertising', '广告'),
    internet: text('Internet', '互联网'),
    inquiry: text('Inquiry', '咨询'),
    phone: text('Phone', '电话'),
    mail: text('Mail', '邮件'),
    agent: text('Agent', '代理商'),
    visit: text('Direct visit', '上门拜访'),
    observation: text('Observation', '观察'),
    referral: text('Referral by a customer', '客户推荐'),
    competitor: text('Won from a competitor', '从竞争对手处争取'),
    notable_referral: text('Referral by a notable person', '名人推荐'),
    own_network: text('Own network', '个人关系网'),
  } satisfies Record<(typeof leadSources)[number], Text>,
  level: {
    basic: text('Basic', '基本型'),
    reactive: text('Reactive', '被动型'),
    accountable: text('Accountable', '负责型'),
    proactive: text('Proactive', '能动型'),
    partnership: text('Partnership', '伙伴型'),
  } satisfies Record<(typeof relationshipLevels)[number], Text>,
  buying_role: {
    decision_maker: text('Decision maker', '决策者'),
    influencer: text('Influencer', '影响者'),
    user: text('Daily user', '日常使用者'),
    other: text('Other', '其他'),
  } satisfies Record<(typeof buyingRoles)[number], Text>,
  attitude: {
    supporter: text('Supporter', '支持者'),
    neutral: text('Neutral', '中立'),
    opponent: text('Opponent', '反对者'),
  } satisfies Record<(typeof attitudes)[number], Text>,
  status: {
    paid: text('Paid', '已付款'),
    refunded: text('Refunded', '已退款'),
    cancelled: text('Cancelled', '已取消'),
  } satisfies Record<(typeof orderStatuses)[number], Text>,
  active: {
    true: text('Yes', '是'),
    false: text('No', '否'),
  },
} as const;

/** The labels of a column's codes; undefined for a column without an enumeration. */
export const valueLabelsOf = (column: string): Readonly<Record<string, Text>> | undefined =>
  Object.hasOwn(valueLabels, column) ? valueLabels[column as keyof typeof valueLabels] : undefined;

/** Label → code in both languages, for a parser of the column's values. */
export const labelsToCodes = (labels: Record<string, Text>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(labels).flatMap(([code, label]) => [
      [label.en, code],
      [label.zh, code],
    ]),
  );
