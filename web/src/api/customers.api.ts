import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api-client.ts';
import type { AbcClass, Segment } from './analytics.types.ts';
import type { CustomerListPage } from './customer-list.types.ts';
import type {
  ArchivedFilter,
  Customer,
  CustomerInput,
  CustomerSort,
  LoyaltyStage,
  ValueQuadrant,
  WatchList,
} from './domain.types.ts';

export interface CustomerFilter {
  q?: string;
  ownerId?: string;
  tag?: string;
  kind?: string;
  source?: string;
  level?: string;
  archived?: ArchivedFilter;
  sort?: CustomerSort;
  /** By the latest analysis run (docs/analytics.md). */
  segment?: Segment;
  abcClass?: AbcClass;
  stage?: LoyaltyStage;
  quadrant?: ValueQuadrant;
  /** With `tier`: the customers in that tier (1 = top) of that value pyramid. */
  pyramidId?: string;
  tier?: string;
  watch?: WatchList;
}

export const customerKeys = {
  all: ['customers'] as const,
  lists: () => ['customers', 'list'] as const,
  list: (filter: CustomerFilter) => ['customers', 'list', filter] as const,
  detail: (id: string) => ['customers', 'detail', id] as const,
  contacts: (id: string) => ['customers', 'detail', id, 'contacts'] as const,
};

export const customersApi = {
  list: (filter: CustomerFilter & { limit?: number; cursor?: string | null }) =>
    api.get<CustomerListPage>(withQuery('/customers', { ...filter })),
  get: (id: string) => api.get<Customer>(`/customers/${encodeURIComponent(id)}`),
  create: (input: CustomerInput) => api.post<Customer>('/customers', input),
  update: (id: string, patch: CustomerInput) => api.patch<Customer>(`/customers/${encodeURIComponent(id)}`, patch),
  remove: (id: string) => api.delete(`/customers/${encodeURIComponent(id)}`),
};

export function useCustomer(id: string | null | undefined) {
  return useQuery({
    queryKey: customerKeys.detail(id ?? ''),
    queryFn: () => customersApi.get(id ?? ''),
    enabled: Boolean(id),
  });
}
