import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api-client.ts';
import type { Notification } from './contact.types.ts';
import type { Page } from './domain.types.ts';

export const notificationKeys = {
  all: ['notifications'] as const,
  list: () => ['notifications', 'list'] as const,
  unread: () => ['notifications', 'unread'] as const,
};

export const notificationsApi = {
  list: (limit = 20) => api.get<Page<Notification>>(withQuery('/notifications', { limit })),
  unreadCount: () => api.get<{ count: number }>('/notifications/unread-count'),
  markRead: (id: string) => api.post<Notification>(`/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: () => api.post<{ count: number }>('/notifications/read-all'),
};

/** The bell's count; asked again every minute and when the window regains focus. */
export function useUnreadNotificationCount() {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: notificationsApi.unreadCount,
    select: (answer) => answer.count,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications(enabled: boolean) {
  return useQuery({ queryKey: notificationKeys.list(), queryFn: () => notificationsApi.list(20), enabled });
}
