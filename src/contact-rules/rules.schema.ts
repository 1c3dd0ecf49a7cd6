import { z } from 'zod';
import { loyaltyStages, rfmSegments, ruleTriggers, taskPriorities, valueQuadrants } from '../shared/domain.ts';
import { id, moment } from '../shared/schema-parts.ts';

const days = (what: string) =>
  z
    .number({ message: `must be a number of days ${what}` })
    .int('must be whole days')
    .min(0, 'must be 0 or more')
    .max(3650, 'must be at most 3650');

export const ruleConditionsSchema = z.strictObject({
  segments: z.array(z.enum([...rfmSegments, 'prospect'])).optional(),
  abcClasses: z.array(z.enum(['A', 'B', 'C', 'D'])).optional(),
  stages: z.array(z.enum(loyaltyStages)).optional(),
  quadrants: z.array(z.enum(valueQuadrants)).optional(),
  tier: z.strictObject({ pyramidId: id('pyramid'), tiers: z.array(z.number().int().min(1).max(7)).min(1) }).optional(),
  tags: z.array(z.string().trim().min(1).max(50)).optional(),
  ownerIds: z.array(id('user')).optional(),
});

const ruleFields = {
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  enabled: z.boolean(),
  trigger: z.enum(ruleTriggers),
  /** N of "N days without purchase / interaction". */
  days: days('without').min(1, 'must be at least 1').nullish(),
  enteredValue: z.string().nullish(),
  fromValue: z.string().nullish(),
  delayDays: days('after the event'),
  horizonDays: days('to look back').min(1, 'must be at least 1'),
  conditions: ruleConditionsSchema,
  createTask: z.boolean(),
  notify: z.boolean(),
  titleTemplate: z.string().trim().min(1, 'is required').max(300, 'must be at most 300 characters'),
  taskPriority: z.enum(taskPriorities),
  dueDays: days('to do the task'),
};

type RuleShape = Partial<{
  trigger: (typeof ruleTriggers)[number];
  days: number | null;
  enteredValue: string | null;
  fromValue: string | null;
}>;

/** The fields a trigger needs: days for the "N days without" ones, a segment or stage for the "entered" ones. */
export function checkTriggerFields(rule: RuleShape, addIssue: (path: string, message: string) => void) {
  const { trigger } = rule;
  if ((trigger === 'no_purchase' || trigger === 'no_interaction') && !rule.days)
    addIssue('days', 'is required for this trigger');
  if (trigger === 'entered_segment' || trigger === 'entered_stage') {
    const values: readonly string[] = trigger === 'entered_segment' ? [...rfmSegments, 'prospect'] : loyaltyStages;
    const problem = trigger === 'entered_segment' ? 'must be an RFM segment' : 'must be a loyalty stage';
    if (!rule.enteredValue || !values.includes(rule.enteredValue)) addIssue('enteredValue', problem);
    if (rule.fromValue && !values.includes(rule.fromValue)) addIssue('fromValue', problem);
  }
}

const refineTrigger = (rule: RuleShape, context: z.RefinementCtx) =>
  checkTriggerFields(rule, (path, message) => context.addIssue({ code: 'custom', path: [path], message }));

export const createRuleBody = z
  .strictObject({
    ...ruleFields,
    enabled: ruleFields.enabled.default(true),
    delayDays: ruleFields.delayDays.default(0),
    horizonDays: ruleFields.horizonDays.default(7),
    conditions: ruleConditionsSchema.default({}),
    createTask: ruleFields.createTask.default(true),
    notify: ruleFields.notify.default(true),
    taskPriority: ruleFields.taskPriority.default('normal'),
    dueDays: ruleFields.dueDays.default(0),
  })
  .superRefine(refineTrigger);
export type CreateRuleInput = z.infer<typeof createRuleBody>;

/** Changed fields; the trigger's needs are checked against the rule as it will be. */
export const updateRuleBody = z.strictObject(ruleFields).partial();
export type UpdateRuleInput = z.infer<typeof updateRuleBody>;

export const ruleSchema = z
  .object({
    id: z.string(),
    systemKey: z.string().nullable(),
    name: z.string(),
    enabled: z.boolean(),
    trigger: z.enum(ruleTriggers),
    days: z.number().nullable(),
    enteredValue: z.string().nullable(),
    fromValue: z.string().nullable(),
    delayDays: z.number(),
    horizonDays: z.number(),
    conditions: ruleConditionsSchema,
    createTask: z.boolean(),
    notify: z.boolean(),
    titleTemplate: z.string(),
    /** A rule that ships with Guanxi shows its name and title in the reader's language until they are changed. */
    builtInName: z.boolean(),
    builtInTitle: z.boolean(),
    taskPriority: z.enum(taskPriorities),
    dueDays: z.number(),
    /** How many events it has acted on, and the last time. */
    firings: z.number(),
    lastFiredAt: z.date().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'ContactRule' });

export const runRulesBody = z.strictObject({
  /** The moment the pass runs as of (a controllable clock); now when left out. */
  asOf: moment.optional(),
});

export const passSummarySchema = z.object({
  asOf: z.date(),
  durationMs: z.number(),
  events: z.number(),
  tasks: z.number(),
  notifications: z.number(),
  emails: z.number(),
  rules: z.array(
    z.object({
      ruleId: z.string(),
      name: z.string(),
      events: z.number(),
      tasks: z.number(),
      notifications: z.number(),
    }),
  ),
});

/** "Run now": the passes it waited for and its own, and what the rules made since they were last changed. */
export const runNowSchema = passSummarySchema.extend({
  sinceChange: z
    .object({ changedAt: z.date(), events: z.number(), tasks: z.number(), notifications: z.number() })
    .nullable(),
});
