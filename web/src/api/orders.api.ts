import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api-client.ts';
import type { OrderStatus, Page } from './domain.types.ts';
import type { CustomerSummary, Order, OrderDetail, OrderInput, OrderPatch } from './purchase.types.ts';

export interface OrderFilter {
  customerId?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  status?: OrderStatus;
}

export const orderKeys = {
  all: ['orders'] as const,
  lists: () => ['orders', 'list'] as const,
  list: (filter: OrderFilter) => ['orders', 'list', filter] as const,
  detail: (id: string) => ['orders', 'detail', id] as const,
  summary: (customerId: string) => ['orders', 'summary', customerId] as const,
};

export const ordersApi = {
  list: (filter: OrderFilter & { limit?: number; cursor?: string | null }) =>
    api.get<Page<Order>>(withQuery('/orders', { ...filter })),
  get: (id: string) => api.get<OrderDetail>(`/orders/${encodeURIComponent(id)}`),
  create: (input: OrderInput) => api.post<OrderDetail>('/orders', input),
  update: (id: string, patch: OrderPatch) => api.patch<OrderDetail>(`/orders/${encodeURIComponent(id)}`, patch),
  customerSummary: (customerId: string) =>
    api.get<CustomerSummary>(`/customers/${encodeURIComponent(customerId)}/summary`),
};

export function useOrder(id: string | null | undefined) {
  return useQuery({
    queryKey: orderKeys.detail(id ?? ''),
    queryFn: () => ordersApi.get(id ?? ''),
    enabled: Boolean(id),
  });
}

/** Whether the customer has any order, of any status (such a customer is archived, never deleted). */
export function useCustomerHasOrders(customerId: string) {
  return useQuery({
    queryKey: [...orderKeys.list({ customerId }), 'any'],
    queryFn: async () => (await ordersApi.list({ customerId, limit: 1 })).items.length > 0,
  });
}

export function useCustomerSummary(customerId: string) {
  return useQuery({
    queryKey: orderKeys.summary(customerId),
    queryFn: () => ordersApi.customerSummary(customerId),
  });
}
