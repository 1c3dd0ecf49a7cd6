import { useQuery } from '@tanstack/react-query';
import { api } from '../api-client.ts';
import type { AbcClass, Segment } from './analytics.types.ts';
import type { ItemList, LoyaltyStage, RuleTrigger, TaskPriority, ValueQuadrant } from './domain.types.ts';

/** Which customers a contact rule applies to; every condition given must hold. */
export interface RuleConditions {
  /** RFM segments, or `prospect`. */
  segments?: Segment[];
  abcClasses?: AbcClass[];
  stages?: LoyaltyStage[];
  quadrants?: ValueQuadrant[];
  tier?: { pyramidId: string; tiers: number[] };
  tags?: string[];
  ownerIds?: string[];
}

/** 客户接触频率规则: when it fires, for whom, and what it makes (a task, a notification). */
export interface ContactRule {
  id: string;
  /** Set on the rules that ship with Guanxi; they can be disabled but not deleted. */
  systemKey: string | null;
  name: string;
  enabled: boolean;
  trigger: RuleTrigger;
  /** Days without a purchase or an interaction (no_purchase, no_interaction). */
  days: number | null;
  /** The segment (entered_segment) or loyalty stage (entered_stage) entered, and where from. */
  enteredValue: string | null;
  fromValue: string | null;
  delayDays: number;
  horizonDays: number;
  conditions: RuleConditions;
  createTask: boolean;
  notify: boolean;
  titleTemplate: string;
  taskPriority: TaskPriority;
  dueDays: number;
  /**
   * A built-in rule that keeps the shipped name (title template): it comes in the reader's language,
   * and the name follows the rule's settings, until someone changes it.
   */
  builtInName: boolean;
  builtInTitle: boolean;
  /** How many events it has acted on, and the last time. */
  firings: number;
  lastFiredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ContactRuleInput = Omit<
  ContactRule,
  'id' | 'systemKey' | 'builtInName' | 'builtInTitle' | 'firings' | 'lastFiredAt' | 'createdAt' | 'updatedAt'
>;

/** What "run now" did: its pass and any it waited for. */
export interface RuleRunResult {
  asOf: string;
  durationMs: number;
  events: number;
  tasks: number;
  notifications: number;
  emails: number;
  rules: { ruleId: string; name: string; events: number; tasks: number; notifications: number }[];
  /** What the rules made since they were last changed, by any pass (also the background ones). */
  sinceChange: { changedAt: string; events: number; tasks: number; notifications: number } | null;
}

export const contactRuleKeys = { all: ['contact-rules'] as const };

export const contactRulesApi = {
  list: () => api.get<ItemList<ContactRule>>('/contact-rules'),
  create: (input: ContactRuleInput) => api.post<ContactRule>('/contact-rules', input),
  update: (id: string, patch: Partial<ContactRuleInput>) =>
    api.patch<ContactRule>(`/contact-rules/${encodeURIComponent(id)}`, patch),
  remove: (id: string) => api.delete(`/contact-rules/${encodeURIComponent(id)}`),
  run: () => api.post<RuleRunResult>('/contact-rules/run'),
};

export function useContactRules() {
  return useQuery({ queryKey: contactRuleKeys.all, queryFn: contactRulesApi.list, select: (list) => list.items });
}
