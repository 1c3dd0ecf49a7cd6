import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, isApiError, withQuery } from '../api-client.ts';
import type {
  AnalysisRun,
  AnalysisSummary,
  CohortReport,
  CustomerScore,
  MeasuresReport,
  MigrationDimension,
  MigrationReport,
  ValuePyramid,
} from './analytics.types.ts';
import type { ItemList } from './domain.types.ts';

export const analyticsKeys = {
  all: ['analytics'] as const,
  runs: () => ['analytics', 'runs'] as const,
  summary: (runId: string | undefined) => ['analytics', 'summary', runId ?? 'latest'] as const,
  measures: (from: string, to: string) => ['analytics', 'measures', from, to] as const,
  cohorts: (from: string, months: number) => ['analytics', 'cohorts', from, months] as const,
  migration: (from: string, to: string, by: MigrationDimension) => ['analytics', 'migration', from, to, by] as const,
  pyramids: () => ['analytics', 'pyramids'] as const,
  scores: (customerId: string) => ['analytics', 'scores', customerId] as const,
};

export const analyticsApi = {
  runs: () => api.get<ItemList<AnalysisRun>>('/analytics/runs'),
  startRun: (asOf?: string) => api.post<AnalysisRun>('/analytics/runs', asOf ? { asOf } : {}),
  deleteRun: (id: string) => api.delete(`/analytics/runs/${encodeURIComponent(id)}`),
  summary: (runId?: string) => api.get<AnalysisSummary>(withQuery('/analytics/summary', { runId })),
  measures: (from: string, to: string) => api.get<MeasuresReport>(withQuery('/analytics/measures', { from, to })),
  cohorts: (from: string, months: number) => api.get<CohortReport>(withQuery('/analytics/cohorts', { from, months })),
  migration: (from: string, to: string, by: MigrationDimension) =>
    api.get<MigrationReport>(withQuery('/analytics/migration', { from, to, by })),
  pyramids: () => api.get<ItemList<ValuePyramid>>('/analytics/pyramids'),
  scores: (customerId: string) =>
    api.get<ItemList<CustomerScore>>(`/customers/${encodeURIComponent(customerId)}/scores`),
};

/** Analysis runs, newest first. */
export function useAnalysisRuns() {
  return useQuery({ queryKey: analyticsKeys.runs(), queryFn: analyticsApi.runs, select: (list) => list.items });
}

/** A run's summary (the latest when no run is named); `null` when there is no run yet (404). */
export function useAnalysisSummary(runId: string | undefined) {
  return useQuery({
    queryKey: analyticsKeys.summary(runId),
    queryFn: async () => {
      try {
        return await analyticsApi.summary(runId);
      } catch (error) {
        if (isApiError(error, 404) && !runId) return null;
        throw error;
      }
    },
    placeholderData: keepPreviousData,
  });
}

export function useValuePyramids() {
  return useQuery({
    queryKey: analyticsKeys.pyramids(),
    queryFn: analyticsApi.pyramids,
    staleTime: 60_000,
    select: (list) => list.items,
  });
}

/** A customer's scores in every run, newest first: its history of segments. */
export function useCustomerScores(customerId: string) {
  return useQuery({
    queryKey: analyticsKeys.scores(customerId),
    queryFn: () => analyticsApi.scores(customerId),
    select: (list) => list.items,
  });
}
