import { useQuery } from '@tanstack/react-query';
import { api } from '../api-client.ts';
import type { ItemList, Role, User } from './domain.types.ts';

export const userKeys = { all: ['users'] as const };

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export const usersApi = {
  list: () => api.get<ItemList<User>>('/users'),
  create: (input: NewUser) => api.post<User>('/users', input),
  update: (id: string, patch: Partial<Pick<User, 'name' | 'role' | 'disabled'>> & { password?: string }) =>
    api.patch<User>(`/users/${encodeURIComponent(id)}`, patch),
};

/** Every user (any signed-in user may list them: owners, sharing). */
export function useUsers() {
  return useQuery({ queryKey: userKeys.all, queryFn: usersApi.list, staleTime: 60_000, select: (page) => page.items });
}
