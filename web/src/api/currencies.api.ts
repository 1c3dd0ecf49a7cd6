import { useQuery } from '@tanstack/react-query';
import { api } from '../api-client.ts';
import { analyticsKeys } from './analytics.api.ts';

/**
 * The currencies of every paid order of the reader's customers (GET /analytics/currencies): what a
 * sum of their amounts may add up where the answer names none. Fresh again after each analysis.
 */
export function useCurrenciesInUse(enabled: boolean) {
  return useQuery({
    queryKey: [...analyticsKeys.all, 'currencies'],
    queryFn: () => api.get<{ currencies: string[] }>('/analytics/currencies'),
    select: (answer) => answer.currencies,
    staleTime: 5 * 60_000,
    enabled,
  });
}
