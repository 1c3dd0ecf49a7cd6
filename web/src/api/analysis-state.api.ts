import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../api-client.ts';
import { analyticsKeys } from './analytics.api.ts';
import { customerKeys } from './customers.api.ts';

/** What the server says about the analysis of newly loaded purchases (GET /analytics/state). */
export interface AnalysisState {
  /** The demo or an import loaded purchases, and their analysis is being made (or about to be). */
  running: boolean;
  /** Some customer has a paid purchase: there is something to analyse. */
  hasPurchases: boolean;
  /** No customers, products or orders yet: the demo company may be loaded. */
  empty: boolean;
}

export const analysisStateKey = [...analyticsKeys.all, 'state'] as const;

/**
 * The analysis state, asked again every 1.5 s while an analysis runs. When it ends, the pictures and
 * the lists that read the latest run load again, so the page shows it without a reload.
 */
export function useAnalysisState() {
  const queryClient = useQueryClient();
  const state = useQuery({
    queryKey: analysisStateKey,
    queryFn: () => api.get<AnalysisState>('/analytics/state'),
    refetchInterval: (query) => (query.state.data?.running ? 1500 : false),
  });
  const running = state.data?.running ?? false;
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running) {
      void queryClient.invalidateQueries({ queryKey: analyticsKeys.all });
      void queryClient.invalidateQueries({ queryKey: customerKeys.all });
    }
    wasRunning.current = running;
  }, [running, queryClient]);
  return state;
}
