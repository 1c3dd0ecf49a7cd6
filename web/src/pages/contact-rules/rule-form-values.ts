import type { AbcClass, Segment } from '../../api/analytics.types.ts';
import type { ContactRule, ContactRuleInput, RuleConditions } from '../../api/contact-rules.api.ts';
import type { LoyaltyStage, RuleTrigger, TaskPriority, ValueQuadrant } from '../../api/domain.types.ts';

/** What the rule form holds: the rule with its conditions spread out into fields. */
export interface RuleFormValues {
  name: string;
  enabled: boolean;
  trigger: RuleTrigger;
  days?: number | null;
  enteredValue?: string | null;
  fromValue?: string | null;
  delayDays: number;
  horizonDays: number;
  segments?: Segment[];
  abcClasses?: AbcClass[];
  stages?: LoyaltyStage[];
  quadrants?: ValueQuadrant[];
  pyramidId?: string | null;
  tiers?: number[];
  tags?: string[];
  ownerIds?: string[];
  createTask: boolean;
  notify: boolean;
  titleTemplate: string;
  taskPriority: TaskPriority;
  dueDays: number;
}

/** Triggers counted in days without something, and those that enter a segment or a stage. */
export const daysTriggers: readonly RuleTrigger[] = ['no_purchase', 'no_interaction'];
export const enteredTriggers: readonly RuleTrigger[] = ['entered_segment', 'entered_stage'];

export function toRuleFormValues(rule: ContactRule | undefined): RuleFormValues {
  if (!rule)
    return {
      name: '',
      enabled: true,
      trigger: 'order_placed',
      delayDays: 3,
      horizonDays: 7,
      createTask: true,
      notify: true,
      titleTemplate: '',
      taskPriority: 'normal',
      dueDays: 0,
    };
  const { conditions, ...fields } = rule;
  return {
    ...fields,
    segments: conditions.segments,
    abcClasses: conditions.abcClasses,
    stages: conditions.stages,
    quadrants: conditions.quadrants,
    pyramidId: conditions.tier?.pyramidId ?? null,
    tiers: conditions.tier?.tiers,
    tags: conditions.tags,
    ownerIds: conditions.ownerIds,
  };
}

const list = <T>(values: T[] | undefined) => (values?.length ? values : undefined);

/** The rule as the API takes it: only the fields its trigger uses, and only the conditions given. */
export function toRuleInput(values: RuleFormValues): ContactRuleInput {
  const conditions: RuleConditions = {
    segments: list(values.segments),
    abcClasses: list(values.abcClasses),
    stages: list(values.stages),
    quadrants: list(values.quadrants),
    tier: values.pyramidId && values.tiers?.length ? { pyramidId: values.pyramidId, tiers: values.tiers } : undefined,
    tags: list(values.tags?.map((tag) => tag.trim()).filter(Boolean)),
    ownerIds: list(values.ownerIds),
  };
  const entered = enteredTriggers.includes(values.trigger);
  return {
    name: values.name.trim(),
    enabled: values.enabled,
    trigger: values.trigger,
    days: daysTriggers.includes(values.trigger) ? (values.days ?? null) : null,
    enteredValue: entered ? (values.enteredValue ?? null) : null,
    fromValue: entered ? values.fromValue || null : null,
    delayDays: values.delayDays,
    horizonDays: values.horizonDays,
    conditions: Object.fromEntries(Object.entries(conditions).filter(([, value]) => value !== undefined)),
    createTask: values.createTask,
    notify: values.notify,
    titleTemplate: values.titleTemplate.trim(),
    taskPriority: values.taskPriority,
    dueDays: values.dueDays,
  };
}
