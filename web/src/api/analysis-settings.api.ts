import { useQuery } from '@tanstack/react-query';
import type { RfmScoringSettings } from '../../../src/shared/rfm-scoring.ts';
import { api, apiRequest } from '../api-client.ts';
import { analyticsKeys } from './analytics.api.ts';

/** The company's analysis settings (docs/analytics.md); the web app edits the RFM scoring and keeps the rest. */
export type AnalysisSettings = { rfm: RfmScoringSettings } & Record<string, unknown>;

export const analysisSettingsKey = [...analyticsKeys.all, 'settings'] as const;

export const analysisSettingsApi = {
  get: () => api.get<AnalysisSettings>('/analytics/settings'),
  save: (settings: AnalysisSettings) => apiRequest<AnalysisSettings>('PUT', '/analytics/settings', settings),
};

export function useAnalysisSettings() {
  return useQuery({ queryKey: analysisSettingsKey, queryFn: analysisSettingsApi.get });
}
