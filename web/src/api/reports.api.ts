import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api-client.ts';
import type { Language } from '../i18n/index.ts';
import type { Segment } from './analytics.types.ts';
import type { Named } from './contact.types.ts';
import type { LoyaltyStage } from './domain.types.ts';

export interface NeglectedCustomer {
  id: string;
  name: string;
  lastInteractionAt: string | null;
  daysSince: number | null;
  monetary: string;
  segment: Segment | null;
  stage: LoyaltyStage | null;
}

/** 疏于联系的客户: customers nobody has been in touch with for `days`, by relationship manager. */
export interface NeglectReport {
  days: number;
  owners: { owner: Named | null; count: number; customers: NeglectedCustomer[] }[];
}

/** One relationship manager's neglected customers (or, with no owner, those without one), paged. */
export interface NeglectScope {
  days: number;
  ownerId?: string;
  noOwner?: boolean;
}

export interface NeglectTasksInput {
  days: number;
  ownerId?: string;
  customerIds?: string[];
  dueDays: number;
  dryRun: boolean;
}

/** Tasks made (or that would be), and the customers skipped and why. */
export interface NeglectTasksResult {
  made: number;
  openTask: number;
  noOwner: number;
  notYours: number;
  dryRun: boolean;
}

export const reportKeys = {
  all: ['reports'] as const,
  neglect: (days: number, ownerId?: string) => ['reports', 'neglect', days, ownerId ?? null] as const,
  neglected: (scope: NeglectScope) => ['reports', 'neglect', 'customers', scope] as const,
};

const pageSize = 50;

export const reportsApi = {
  neglect: (days: number, ownerId?: string) => api.get<NeglectReport>(withQuery('/reports/neglect', { days, ownerId })),
  neglected: (scope: NeglectScope, cursor: string | null) =>
    api.get<{ items: NeglectedCustomer[]; nextCursor: string | null; total: number }>(
      withQuery('/reports/neglect/customers', {
        ...scope,
        noOwner: scope.noOwner || undefined,
        limit: pageSize,
        cursor,
      }),
    ),
  makeTasks: (input: NeglectTasksInput) => api.post<NeglectTasksResult>('/reports/neglect/tasks', input),
};

/** The file of every neglected customer in the filter, headers in the interface's language (a plain link). */
export const neglectExportUrl = (days: number, ownerId: string | undefined, language: Language) =>
  withQuery('/api/v1/reports/neglect/export', { days, ownerId, language });

export function useNeglectReport(days: number, ownerId?: string) {
  return useQuery({ queryKey: reportKeys.neglect(days, ownerId), queryFn: () => reportsApi.neglect(days, ownerId) });
}

/** Every neglected customer of one card, loaded page by page once asked for (`enabled`). */
export function useNeglectedCustomers(scope: NeglectScope, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: reportKeys.neglected(scope),
    queryFn: ({ pageParam }) => reportsApi.neglected(scope, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
    enabled,
  });
}
