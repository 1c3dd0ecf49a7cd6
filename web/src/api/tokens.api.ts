import { useQuery } from '@tanstack/react-query';
import { api } from '../api-client.ts';
import type { ApiToken, CreatedApiToken, ItemList } from './domain.types.ts';

export const tokenKeys = { all: ['tokens'] as const };

export const tokensApi = {
  list: () => api.get<ItemList<ApiToken>>('/tokens'),
  /** A token working for `expiresInDays` days, or for good when undefined. */
  create: (name: string, expiresInDays?: number) => api.post<CreatedApiToken>('/tokens', { name, expiresInDays }),
  revoke: (id: string) => api.delete(`/tokens/${encodeURIComponent(id)}`),
};

export function useApiTokens() {
  return useQuery({ queryKey: tokenKeys.all, queryFn: tokensApi.list, select: (list) => list.items });
}
