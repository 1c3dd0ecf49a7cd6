import { z } from 'zod';
import { interactionFields } from '../interactions/index.ts';
import { taskPriorities, taskStatuses } from '../shared/domain.ts';
import { id, moment, optionalText, page, pageQuery } from '../shared/schema-parts.ts';

/** My work's three groups, by calendar day in the business time zone. */
export const taskBuckets = ['overdue', 'today', 'upcoming'] as const;

export const taskScopeQuery = z.object({
  /** `mine` (default): tasks assigned to me; `team`: everyone's (managers and admins only). */
  scope: z.enum(['mine', 'team']).default('mine'),
  assigneeId: id('user').optional(),
});

export const listTasksQuery = taskScopeQuery.extend({
  customerId: id('customer').optional(),
  status: z.enum(taskStatuses).optional(),
  /** Only open tasks in one group of My work. */
  bucket: z.enum(taskBuckets).optional(),
  ruleId: id('rule').optional(),
  ...pageQuery,
});
export type ListTasksQuery = z.infer<typeof listTasksQuery>;
export type TaskScopeQuery = z.infer<typeof taskScopeQuery>;

export const createTaskBody = z.strictObject({
  title: z.string().trim().min(1, 'is required').max(300, 'must be at most 300 characters'),
  notes: optionalText(5000),
  customerId: id('customer').nullish(),
  /** Myself when left out; managers may assign anyone. */
  assigneeId: id('user').optional(),
  dueAt: moment,
  priority: z.enum(taskPriorities).default('normal'),
});
export type CreateTaskInput = z.infer<typeof createTaskBody>;

export const updateTaskBody = z.strictObject({
  title: z.string().trim().min(1, 'is required').max(300, 'must be at most 300 characters').optional(),
  notes: optionalText(5000),
  assigneeId: id('user').optional(),
  dueAt: moment.optional(),
  priority: z.enum(taskPriorities).optional(),
  /** Reopen or cancel; a task is done through /complete. */
  status: z.enum(['open', 'cancelled']).optional(),
});
export type UpdateTaskInput = z.infer<typeof updateTaskBody>;

export const completeTaskBody = z.strictObject({
  /** The interaction that did the task (e.g. the phone call), logged in the same step. */
  interaction: interactionFields.optional(),
});
export type CompleteTaskInput = z.infer<typeof completeTaskBody>;

const person = z.object({ id: z.string(), name: z.string() });

export const taskSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    notes: z.string().nullable(),
    customer: person.nullable(),
    assignee: person,
    dueAt: z.date(),
    priority: z.enum(taskPriorities),
    status: z.enum(taskStatuses),
    /** Null when made by hand. */
    rule: person.nullable(),
    eventKey: z.string().nullable(),
    completedAt: z.date().nullable(),
    /** The interaction logged when the task was completed. */
    interactionId: z.string().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Task' });
export const taskPage = page(taskSchema);

export const taskCountsSchema = z.object({ overdue: z.number(), today: z.number(), upcoming: z.number() });
