/** The API's shapes for keeping in active contact: interactions, tasks, notifications (src/interactions, src/tasks). */
import type {
  InteractionContent,
  InteractionDirection,
  InteractionMedium,
  InteractionMethod,
  InteractionOutcome,
  TaskPriority,
  TaskStatus,
} from './domain.types.ts';

/** Someone or something named: a user, a customer, a contact, a rule. */
export interface Named {
  id: string;
  name: string;
}

/** What is recorded of one interaction (关系营销的要素), without the customer. */
export interface InteractionInput {
  medium: InteractionMedium;
  direction?: InteractionDirection;
  content?: InteractionContent;
  method?: InteractionMethod;
  /** ISO date and time with offset; now when left out. */
  occurredAt?: string;
  durationMinutes?: number | null;
  /** A decimal string. */
  cost?: string | null;
  outcome?: InteractionOutcome | null;
  note?: string | null;
  nextStep?: string | null;
  contactIds?: string[];
}

export interface Interaction {
  id: string;
  customerId: string;
  customer: Named;
  user: Named | null;
  contacts: Named[];
  medium: InteractionMedium;
  direction: InteractionDirection;
  content: InteractionContent;
  method: InteractionMethod;
  occurredAt: string;
  durationMinutes: number | null;
  cost: string | null;
  outcome: InteractionOutcome | null;
  note: string | null;
  nextStep: string | null;
  taskId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** My work's three groups, by calendar day in the business time zone. */
export const taskBuckets = ['overdue', 'today', 'upcoming'] as const;
export type TaskBucket = (typeof taskBuckets)[number];
export type TaskScope = 'mine' | 'team';

export interface Task {
  id: string;
  title: string;
  notes: string | null;
  customer: Named | null;
  assignee: Named;
  dueAt: string;
  priority: TaskPriority;
  status: TaskStatus;
  /** The contact rule that made it; null when made by hand. */
  rule: Named | null;
  eventKey: string | null;
  completedAt: string | null;
  interactionId: string | null;
  createdAt: string;
  updatedAt: string;
}

export type TaskCounts = Record<TaskBucket, number>;

export interface TaskInput {
  title: string;
  notes?: string | null;
  customerId?: string | null;
  assigneeId?: string;
  /** ISO date and time with offset. */
  dueAt: string;
  priority: TaskPriority;
}

export interface Notification {
  id: string;
  title: string;
  body: string | null;
  customerId: string | null;
  customerName: string | null;
  taskId: string | null;
  readAt: string | null;
  createdAt: string;
}
