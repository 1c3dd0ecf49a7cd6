import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api-client.ts';
import type { ItemList, Page } from './domain.types.ts';
import type { Product, ProductActiveFilter, ProductInput, ProductSort } from './purchase.types.ts';

export interface ProductFilter {
  q?: string;
  category?: string;
  active?: ProductActiveFilter;
  sort?: ProductSort;
}

export const productKeys = {
  all: ['products'] as const,
  lists: () => ['products', 'list'] as const,
  list: (filter: ProductFilter) => ['products', 'list', filter] as const,
  categories: () => ['products', 'categories'] as const,
};

export const productsApi = {
  list: (filter: ProductFilter & { limit?: number; cursor?: string | null }) =>
    api.get<Page<Product>>(withQuery('/products', { ...filter })),
  categories: () => api.get<ItemList<string>>('/products/categories'),
  get: (id: string) => api.get<Product>(`/products/${encodeURIComponent(id)}`),
  create: (input: ProductInput) => api.post<Product>('/products', input),
  update: (id: string, patch: ProductInput) => api.patch<Product>(`/products/${encodeURIComponent(id)}`, patch),
  remove: (id: string) => api.delete(`/products/${encodeURIComponent(id)}`),
};

export function useProductCategories() {
  return useQuery({
    queryKey: productKeys.categories(),
    queryFn: productsApi.categories,
    select: (list) => list.items,
    staleTime: 60_000,
  });
}
