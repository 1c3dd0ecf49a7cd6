import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  interactionContents,
  interactionDirections,
  interactionMedia,
  interactionMethods,
  interactionOutcomes,
  type LoyaltyStage,
  type RfmSegment,
  ruleTriggers,
  taskPriorities,
  taskStatuses,
  type ValueQuadrant,
} from '../../shared/domain.ts';
import { customers } from './customers.ts';
import { users } from './users.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** 关系营销的要素: one contact with a customer, by one of our users, with some of its contacts. */
export const interactions = pgTable(
  'interactions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The customer's contacts who took part (ids of `contacts` rows of this customer). */
    contactIds: uuid('contact_ids').array().notNull().default(sql`'{}'::uuid[]`),
    medium: text('medium', { enum: interactionMedia }).notNull(),
    direction: text('direction', { enum: interactionDirections }).notNull().default('outbound'),
    content: text('content', { enum: interactionContents }).notNull().default('business'),
    method: text('method', { enum: interactionMethods }).notNull().default('direct'),
    occurredAt: at('occurred_at').notNull(),
    durationMinutes: integer('duration_minutes'),
    cost: numeric('cost', { precision: 16, scale: 2 }),
    outcome: text('outcome', { enum: interactionOutcomes }),
    note: text('note'),
    nextStep: text('next_step'),
    /** The task this interaction completed, when it was logged with one. */
    taskId: uuid('task_id').references((): AnyPgColumn => tasks.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('interactions_customer_idx').on(t.customerId, t.occurredAt, t.id),
    index('interactions_user_idx').on(t.userId, t.occurredAt),
    index('interactions_occurred_idx').on(t.occurredAt, t.id),
    /** A task's logged interaction, read with every task in My work. */
    index('interactions_task_idx').on(t.taskId),
  ],
);

/** What a contact rule's conditions may name; all given conditions must hold (empty = any). */
export interface RuleConditions {
  segments?: (RfmSegment | 'prospect')[];
  abcClasses?: ('A' | 'B' | 'C' | 'D')[];
  stages?: LoyaltyStage[];
  quadrants?: ValueQuadrant[];
  /** Tier numbers (1 = top) in one value pyramid. */
  tier?: { pyramidId: string; tiers: number[] };
  tags?: string[];
  ownerIds?: string[];
}

/** 客户接触频率规则: a trigger, a delay, conditions and an action, edited by managers as data. */
export const contactRules = pgTable('contact_rules', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  /** Set on the rules Guanxi ships (thank_you, satisfaction_check, churn_risk, win_back). */
  systemKey: text('system_key').unique(),
  /** Null for a rule that ships with Guanxi while its name is the built-in one, shown in the reader's language. */
  name: text('name'),
  enabled: boolean('enabled').notNull().default(true),
  trigger: text('trigger', { enum: ruleTriggers }).notNull(),
  /** N of "N days without purchase / interaction". */
  days: integer('days'),
  /** The segment or stage entered, for entered_segment / entered_stage. */
  enteredValue: text('entered_value'),
  /** Only when coming from this segment or stage (e.g. a client becoming dormant). */
  fromValue: text('from_value'),
  /** Days after the trigger event before the action is taken. */
  delayDays: integer('delay_days').notNull().default(0),
  /**
   * An event is acted on only while its action time (event + delay) is at most this many days old:
   * a pass catches up on what fell due while the server was down, but never floods users with
   * tasks for history that was just imported.
   */
  horizonDays: integer('horizon_days').notNull().default(7),
  conditions: jsonb('conditions').$type<RuleConditions>().notNull().default({}),
  createTask: boolean('create_task').notNull().default(true),
  notify: boolean('notify').notNull().default(true),
  /** The task's title: {customer}, {order}, {days}, {value} are replaced. */
  /** Null for a rule that ships with Guanxi while its title is the built-in one, rendered per reader. */
  titleTemplate: text('title_template'),
  taskPriority: text('task_priority', { enum: taskPriorities }).notNull().default('normal'),
  /** The task is due this many days after the action time. */
  dueDays: integer('due_days').notNull().default(0),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** What a built-in rule's title and name say besides the customer's name (read at render time). */
export interface RuleTitleParams {
  order?: string | null;
  days?: number | null;
  value?: string | null;
  /** The rule's delay and day count when it fired, for its name. */
  delayDays?: number | null;
  ruleDays?: number | null;
  /** Whether the rule had its built-in title and name then (else the stored copies are what it said). */
  builtInTitle?: boolean;
  builtInName?: boolean;
}

/** Something to do for a customer, by hand or made by a contact rule from an event. */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** As typed, or made by a rule in its assignee's language when it was made. */
    title: text('title').notNull(),
    /** Set when a built-in contact rule made the title: it is rendered per reader (titleFor). */
    titleKey: text('title_key'),
    titleParams: jsonb('title_params').$type<RuleTitleParams>(),
    notes: text('notes'),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'cascade' }),
    assigneeId: uuid('assignee_id')
      .notNull()
      .references(() => users.id),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    dueAt: at('due_at').notNull(),
    priority: text('priority', { enum: taskPriorities }).notNull().default('normal'),
    status: text('status', { enum: taskStatuses }).notNull().default('open'),
    /** Origin: null when made by hand, else the rule and the event (see rule_firings). */
    ruleId: uuid('rule_id').references(() => contactRules.id, { onDelete: 'set null' }),
    eventKey: text('event_key'),
    completedAt: at('completed_at'),
    completedById: uuid('completed_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('tasks_assignee_idx').on(t.assigneeId, t.status, t.dueAt),
    index('tasks_customer_idx').on(t.customerId, t.createdAt),
    index('tasks_due_idx').on(t.status, t.dueAt),
  ],
);

/**
 * Each trigger event a rule acted on, once: the primary key is what makes the runner idempotent,
 * also when several server processes run it at the same time.
 */
export const ruleFirings = pgTable(
  'rule_firings',
  {
    ruleId: uuid('rule_id')
      .notNull()
      .references(() => contactRules.id, { onDelete: 'cascade' }),
    eventKey: text('event_key').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    /** When the event happened, and when the action became due (event + delay). */
    eventAt: at('event_at').notNull(),
    actionAt: at('action_at').notNull(),
    firedAt: at('fired_at').notNull().defaultNow(),
    /** Whom it acted for (the customer's owner then) and the task's or notification's title. */
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    title: text('title'),
    taskId: uuid('task_id').references(() => tasks.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.ruleId, t.eventKey] }), index('rule_firings_customer_idx').on(t.customerId)],
);

/** In-app notifications (the bell), also sent by email when SMTP is configured. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** Set when a built-in contact rule made the title and body: they are rendered per reader (titleFor). */
    titleKey: text('title_key'),
    titleParams: jsonb('title_params').$type<RuleTitleParams>(),
    body: text('body'),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'cascade' }),
    taskId: uuid('task_id').references(() => tasks.id, { onDelete: 'cascade' }),
    readAt: at('read_at'),
    /** Null until sent; stays null when no SMTP server is configured. */
    emailedAt: at('emailed_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt), index('notifications_unsent_idx').on(t.emailedAt)],
);

/** A user's personal iCalendar feed of tasks, behind a secret URL (only its SHA-256 is kept). */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    secretHash: text('secret_hash').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('calendar_feeds_secret_idx').on(t.secretHash)],
);
