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

/** What an administrator changes on a user. */
export type UserPatch = Partial<Pick<User, 'name' | 'email' | 'role' | 'disabled'>>;

export interface PasswordReset {
  user: User;
  /** The generated password, shown once; null when the administrator chose it. */
  temporaryPassword: string | null;
}

export const usersApi = {
  list: () => api.get<ItemList<User>>('/users'),
  create: (input: NewUser) => api.post<User>('/users', input),
  update: (id: string, patch: UserPatch) => api.patch<User>(`/users/${encodeURIComponent(id)}`, patch),
  /** Without a password the server generates one. */
  resetPassword: (id: string, password?: string) =>
    api.post<PasswordReset>(`/users/${encodeURIComponent(id)}/password-reset`, password ? { password } : {}),
};

/** Every user (any signed-in user may list them: owners, sharing). */
export function useUsers() {
  return useQuery({ queryKey: userKeys.all, queryFn: usersApi.list, staleTime: 60_000, select: (page) => page.items });
}
