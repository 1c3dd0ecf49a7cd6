import type { RuleTitleParams } from '../db/schema/index.ts';
import { inLanguage, type Language, type Text, text } from '../shared/language.ts';

/**
 * The names and task titles of the rules that ship with Guanxi, in both languages. While a
 * built-in rule keeps them (its `name` or `title_template` is null), every reader sees them in their
 * own language, and the name follows the rule's settings ("30 days" changes with the delay).
 * Placeholders: `{delay}` (the rule's delay), `{ruleDays}` (its N days) in names; `{customer}`,
 * `{order}`, `{days}`, `{value}` in titles, as in a rule's own title template.
 */
const builtInRules: Record<string, { name: Text; title: Text }> = {
  thank_you: {
    name: text('Thank-you after a purchase', '购买致谢'),
    title: text('Thank {customer} for order {order}', '感谢{customer}的订单 {order}'),
  },
  satisfaction_check: {
    name: text('Satisfaction check {delay} days after a purchase', '购买{delay}天后满意度回访'),
    title: text('Satisfaction check: {customer} (order {order})', '满意度回访：{customer}（订单 {order}）'),
  },
  churn_risk: {
    name: text('Churn risk: {ruleDays} days without a purchase', '流失预警：{ruleDays}天未购买'),
    title: text('Churn risk: {customer}, {days} days without a purchase', '流失预警：{customer}已{days}天未购买'),
  },
  win_back: {
    name: text('Win back a client who became dormant', '挽回沉寂主顾'),
    title: text('Win back {customer} (client now dormant)', '挽回{customer}（主顾已沉寂）'),
  },
};

interface RuleTexts {
  systemKey: string | null;
  name: string | null;
  titleTemplate: string | null;
  delayDays: number;
  days: number | null;
}

const fill = (template: string, values: Record<string, string | number | null | undefined>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key] ?? '') : whole));

const builtIn = (systemKey: string | null) => (systemKey ? builtInRules[systemKey] : undefined);

/** The rule's name as this reader sees it: its own, or the built-in one in their language. */
export function ruleName(rule: RuleTexts, language: Language): string {
  const shipped = builtIn(rule.systemKey);
  if (rule.name !== null || !shipped) return rule.name ?? '';
  return fill(inLanguage(shipped.name, language), { delay: rule.delayDays, ruleDays: rule.days });
}

/** The rule's title template as this reader sees it. */
export function ruleTitleTemplate(rule: RuleTexts, language: Language): string {
  const shipped = builtIn(rule.systemKey);
  if (rule.titleTemplate !== null || !shipped) return rule.titleTemplate ?? '';
  return inLanguage(shipped.title, language);
}

/** The built-in templates of a shipped rule, for the runner to render the assignee's copy in SQL. */
export const builtInTitle = (systemKey: string | null) => builtIn(systemKey)?.title;

/**
 * A name or title sent back unchanged (in either language, as shown with any of `states`: the rule's
 * settings before and after the change) keeps the built-in one: saving a rule's form without touching
 * its name must not freeze the name in the editor's language, nor with the old delay in it.
 */
export function keepsBuiltIn(states: RuleTexts[], field: 'name' | 'title', value: string | undefined): boolean {
  if (value === undefined) return false;
  return states.some((rule) => {
    if (!builtIn(rule.systemKey)) return false;
    const asSeen = (language: Language) =>
      field === 'name'
        ? ruleName({ ...rule, name: null }, language)
        : ruleTitleTemplate({ ...rule, titleTemplate: null }, language);
    return value === asSeen('en') || value === asSeen('zh-CN');
  });
}

interface MadeByRule {
  title: string;
  titleKey: string | null;
  titleParams: RuleTitleParams | null;
  customerName?: string | null;
}

/** A task's or notification's title for this reader: a built-in rule's is rendered in their language. */
export function titleFor(row: MadeByRule, language: Language): string {
  const shipped = builtIn(row.titleKey);
  if (!shipped || !row.titleParams?.builtInTitle) return row.title;
  const { order, days, value } = row.titleParams ?? {};
  return fill(inLanguage(shipped.title, language), { customer: row.customerName ?? '', order, days, value });
}

/** A notification's body made by a built-in rule: the rule's name as it was when it fired, in the reader's language. */
export function bodyFor(
  row: { body: string | null; titleKey: string | null; titleParams: RuleTitleParams | null },
  language: Language,
) {
  const shipped = builtIn(row.titleKey);
  if (!shipped || !row.titleParams?.builtInName) return row.body;
  const { delayDays, ruleDays } = row.titleParams ?? {};
  return fill(inLanguage(shipped.name, language), { delay: delayDays, ruleDays });
}
