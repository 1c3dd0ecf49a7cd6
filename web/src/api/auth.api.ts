import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../../src/shared/language.ts';
import { ApiError, api } from '../api-client.ts';
import type { User } from './domain.types.ts';

export const authKeys = {
  setup: ['auth', 'setup'] as const,
  me: ['auth', 'me'] as const,
};

export const authApi = {
  setupStatus: () => api.get<{ needed: boolean }>('/auth/setup'),
  /** `setupCode` is printed on the server's console while no user exists. */
  setup: (input: { email: string; name: string; password: string; setupCode: string }) =>
    api.post<{ user: User }>('/auth/setup', input),
  /** With `totpCode` after the server answered 401 `totp_required`. */
  login: (input: { email: string; password: string; totpCode?: string; challenge?: string; nonce?: string }) =>
    api.post<{ user: User }>('/auth/login', input),
  /** A proof-of-work challenge, for a login after 429 `challenge_required`. */
  challenge: () => api.post<{ challenge: string; difficulty: number }>('/auth/challenge'),
  logout: () => api.post<void>('/auth/logout'),
  /** The signed-in user, or null when there is no session (401). */
  me: async (): Promise<User | null> => {
    try {
      return (await api.get<{ user: User }>('/auth/me')).user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  /** Keeps the caller's language with the account (null: follow the browser's). */
  setLanguage: async (language: Language | null): Promise<User> =>
    (await api.patch<{ user: User }>('/auth/me', { language })).user,
  changePassword: (input: {
    currentPassword: string;
    newPassword: string;
    revokeTokens?: boolean;
    revokeCalendarFeed?: boolean;
  }) => api.post<void>('/auth/password', input),
};

export function useSetupStatus() {
  return useQuery({ queryKey: authKeys.setup, queryFn: authApi.setupStatus, staleTime: Number.POSITIVE_INFINITY });
}

export function useSessionUser() {
  return useQuery({ queryKey: authKeys.me, queryFn: authApi.me, staleTime: 5 * 60_000 });
}
