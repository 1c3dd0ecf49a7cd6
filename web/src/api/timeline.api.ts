import { api, withQuery } from '../api-client.ts';
import type { Segment } from './analytics.types.ts';
import type { Named } from './contact.types.ts';
import type {
  InteractionContent,
  InteractionDirection,
  InteractionMedium,
  InteractionMethod,
  InteractionOutcome,
  LoyaltyStage,
  OrderStatus,
  Page,
  TaskPriority,
  TaskStatus,
  TimelineKind,
} from './domain.types.ts';

interface Change<T> {
  from: T | null;
  to: T;
}

/** One entry of a customer's timeline: what happened, when, and what the page shows of it. */
export type TimelineEntry = { id: string; at: string } & (
  | {
      kind: 'interaction';
      data: {
        medium: InteractionMedium;
        direction: InteractionDirection;
        content: InteractionContent;
        method: InteractionMethod;
        outcome: InteractionOutcome | null;
        note: string | null;
        nextStep: string | null;
        durationMinutes: number | null;
        user: Named | null;
      };
    }
  | {
      kind: 'order';
      data: { externalId: string; status: OrderStatus; total: string; currency: string; lineCount: number };
    }
  | {
      kind: 'task';
      data: {
        title: string;
        status: TaskStatus;
        dueAt: string;
        priority: TaskPriority;
        assignee: Named | null;
        rule: Named | null;
      };
    }
  | {
      kind: 'analysis';
      data: {
        runId: string;
        asOf: string;
        segment: Change<Segment> | null;
        stage: Change<LoyaltyStage> | null;
      };
    }
);

export const timelineKeys = {
  customer: (customerId: string, kinds: readonly TimelineKind[]) => ['timeline', customerId, kinds] as const,
  all: ['timeline'] as const,
};

export const timelineApi = {
  list: (customerId: string, options: { kinds: readonly TimelineKind[]; limit?: number; cursor?: string | null }) =>
    api.get<Page<TimelineEntry>>(
      withQuery(`/customers/${encodeURIComponent(customerId)}/timeline`, {
        kinds: options.kinds.join(','),
        limit: options.limit,
        cursor: options.cursor,
      }),
    ),
};
