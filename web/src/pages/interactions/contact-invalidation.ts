import type { QueryClient } from '@tanstack/react-query';
import { notificationKeys } from '../../api/notifications.api.ts';
import { taskKeys } from '../../api/tasks.api.ts';
import { timelineKeys } from '../../api/timeline.api.ts';

/** After a task or an interaction changed: My work, its counts, the timelines and the bell ask again. */
export function refreshContactQueries(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: taskKeys.all });
  void queryClient.invalidateQueries({ queryKey: timelineKeys.all });
  void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}
