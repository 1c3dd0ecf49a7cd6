import { useQuery } from '@tanstack/react-query';
import { api } from '../api-client.ts';

export interface CalendarFeedStatus {
  active: boolean;
  createdAt: string | null;
}

export const calendarFeedKeys = { status: ['calendar-feed'] as const };

export const calendarFeedApi = {
  status: () => api.get<CalendarFeedStatus>('/calendar-feed'),
  /** A new secret URL (the old one stops working); shown only in this answer. */
  create: () => api.post<{ url: string }>('/calendar-feed'),
  revoke: () => api.delete('/calendar-feed'),
};

export function useCalendarFeedStatus() {
  return useQuery({ queryKey: calendarFeedKeys.status, queryFn: calendarFeedApi.status });
}
