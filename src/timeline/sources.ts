import { type SQL, sql } from 'drizzle-orm';
import {
  analysisRuns,
  contactRules,
  customerScores,
  customers,
  interactions,
  orderLines,
  orders,
  tasks,
  users,
} from '../db/schema/index.ts';
import type { TimelineKind } from '../shared/domain.ts';

/**
 * Where each kind of timeline entry comes from: a query over one customer's rows that yields
 * `kind, id, at, data` (data is the JSON the web app renders). Adding a kind of entry (cases,
 * surveys…) is adding one source here and its name to `timelineKinds` in src/shared/domain.ts.
 */
export const timelineSources: Record<TimelineKind, (customerId: string) => SQL> = {
  interaction: (customerId) => sql`
    SELECT 'interaction' AS kind, i.id, i.occurred_at AS at, json_build_object(
      'medium', i.medium, 'direction', i.direction, 'content', i.content, 'method', i.method,
      'outcome', i.outcome, 'note', i.note, 'nextStep', i.next_step, 'durationMinutes', i.duration_minutes,
      'user', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END) AS data
    FROM ${interactions} i LEFT JOIN ${users} u ON u.id = i.user_id
    WHERE i.customer_id = ${customerId}`,

  order: (customerId) => sql`
    SELECT 'order' AS kind, o.id, o.ordered_at AS at, json_build_object(
      'externalId', o.external_id, 'status', o.status, 'total', o.total::text, 'currency', o.currency,
      'lineCount', (SELECT count(*) FROM ${orderLines} l WHERE l.order_id = o.id)) AS data
    FROM ${orders} o
    WHERE o.customer_id = ${customerId}`,

  /** A task is on the timeline when it was made, or when it was done or cancelled. */
  task: (customerId) => sql`
    SELECT 'task' AS kind, t.id, CASE WHEN t.status = 'open' THEN t.created_at ELSE coalesce(t.completed_at, t.updated_at) END AS at,
      json_build_object(
        'title', t.title, 'titleKey', t.title_key, 'titleParams', t.title_params, 'customerName', c.name,
        'status', t.status, 'dueAt', t.due_at, 'priority', t.priority,
        'assignee', json_build_object('id', a.id, 'name', a.name),
        'rule', CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'name', r.name,
          'systemKey', r.system_key, 'delayDays', r.delay_days, 'days', r.days) END) AS data
    FROM ${tasks} t JOIN ${users} a ON a.id = t.assignee_id LEFT JOIN ${contactRules} r ON r.id = t.rule_id
      JOIN ${customers} c ON c.id = t.customer_id
    WHERE t.customer_id = ${customerId}`,

  /** Analysis changes: a run that put the customer in another RFM segment or loyalty stage than the run before. */
  analysis: (customerId) => sql`
    SELECT 'analysis' AS kind, s.run_id AS id, s.created_at AS at, json_build_object(
      'runId', s.run_id, 'asOf', s.as_of,
      'segment', CASE WHEN s.rfm_segment IS DISTINCT FROM s.previous_segment
        THEN json_build_object('from', s.previous_segment, 'to', s.rfm_segment) END,
      'stage', CASE WHEN s.loyalty_stage IS DISTINCT FROM s.previous_stage
        THEN json_build_object('from', s.previous_stage, 'to', s.loyalty_stage) END) AS data
    FROM (
      SELECT r.id AS run_id, r.as_of, r.created_at, cs.rfm_segment, cs.loyalty_stage,
             lag(cs.rfm_segment) OVER w AS previous_segment, lag(cs.loyalty_stage) OVER w AS previous_stage
      FROM ${analysisRuns} r
      -- One primary-key lookup (run, customer) per run; LIMIT keeps the planner from scanning the scores.
      CROSS JOIN LATERAL (SELECT s.rfm_segment, s.loyalty_stage FROM ${customerScores} s
                          WHERE s.run_id = r.id AND s.customer_id = ${customerId} LIMIT 1) cs
      WINDOW w AS (ORDER BY r.as_of, r.created_at)
    ) s
    WHERE s.rfm_segment IS DISTINCT FROM s.previous_segment OR s.loyalty_stage IS DISTINCT FROM s.previous_stage`,
};
