import { useQuery } from '@tanstack/react-query';
import { api, apiRequest } from '../api-client.ts';

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: string | null;
  pending: boolean;
  requiredForAdmins: boolean;
  /** An administrator who must set it up before anything else works. */
  enrolmentRequired: boolean;
}

export const twoFactorKeys = {
  status: ['auth', 'totp'] as const,
  policy: ['auth', 'two-factor-policy'] as const,
};

export const twoFactorApi = {
  status: () => api.get<TwoFactorStatus>('/auth/totp'),
  /** A new secret and its otpauth:// URI, for the QR code. */
  start: () => api.post<{ secret: string; uri: string }>('/auth/totp'),
  confirm: (code: string) => api.post<void>('/auth/totp/confirm', { code }),
  disable: (proof: { code?: string; password?: string }) => apiRequest<void>('DELETE', '/auth/totp', proof),
  /** An administrator removes a user's second factor. */
  reset: (userId: string) => api.delete(`/users/${encodeURIComponent(userId)}/totp`),
  policy: () => api.get<{ requiredForAdmins: boolean }>('/auth/two-factor-policy'),
  setPolicy: (requiredForAdmins: boolean) =>
    apiRequest<{ requiredForAdmins: boolean }>('PUT', '/auth/two-factor-policy', { requiredForAdmins }),
};

export function useTwoFactorStatus(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: twoFactorKeys.status, queryFn: twoFactorApi.status, enabled: options.enabled });
}

export function useTwoFactorPolicy() {
  return useQuery({ queryKey: twoFactorKeys.policy, queryFn: twoFactorApi.policy });
}
