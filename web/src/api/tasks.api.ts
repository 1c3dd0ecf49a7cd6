import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api-client.ts';
import type { InteractionInput, Task, TaskBucket, TaskCounts, TaskInput, TaskScope } from './contact.types.ts';
import type { Page, TaskStatus } from './domain.types.ts';

export interface TaskFilter {
  scope?: TaskScope;
  assigneeId?: string;
  customerId?: string;
  status?: TaskStatus;
  bucket?: TaskBucket;
}

export const taskKeys = {
  all: ['tasks'] as const,
  lists: () => ['tasks', 'list'] as const,
  list: (filter: TaskFilter) => ['tasks', 'list', filter] as const,
  counts: (scope: TaskScope, assigneeId?: string) => ['tasks', 'counts', scope, assigneeId ?? null] as const,
};

export const tasksApi = {
  list: (filter: TaskFilter & { limit?: number; cursor?: string | null }) =>
    api.get<Page<Task>>(withQuery('/tasks', { ...filter })),
  counts: (scope: TaskScope, assigneeId?: string) =>
    api.get<TaskCounts>(withQuery('/tasks/counts', { scope, assigneeId })),
  create: (input: TaskInput) => api.post<Task>('/tasks', input),
  setStatus: (id: string, status: 'open' | 'cancelled') =>
    api.patch<Task>(`/tasks/${encodeURIComponent(id)}`, { status }),
  complete: (id: string, interaction?: InteractionInput) =>
    api.post<Task>(`/tasks/${encodeURIComponent(id)}/complete`, interaction ? { interaction } : {}),
};

/** My work's counts; asked again every minute and when the window regains focus. */
export function useTaskCounts(scope: TaskScope = 'mine', assigneeId?: string) {
  return useQuery({
    queryKey: taskKeys.counts(scope, assigneeId),
    queryFn: () => tasksApi.counts(scope, assigneeId),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}
