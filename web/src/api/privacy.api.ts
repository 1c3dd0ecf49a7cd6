import { useQuery } from '@tanstack/react-query';
import { api, apiRequest } from '../api-client.ts';

/** Whose personal data: a customer who is a person, or a contact of an organization. */
export type PersonKind = 'customer' | 'contact';

export interface Erasure {
  id: string;
  name: string;
  anonymisedAt: string;
  erased: Record<'contacts' | 'interactions' | 'tasks' | 'notifications' | 'ruleFirings' | 'auditEntries', number>;
}

export interface PrivacySettings {
  /** Years after a customer is archived until its contacts are anonymised; null keeps them. */
  contactRetentionYears: number | null;
}

const path = (kind: PersonKind, id: string) => `/${kind}s/${encodeURIComponent(id)}`;

/** The JSON file of everything held about the person, downloaded through a plain link (the cookie goes along). */
export const personalDataUrl = (kind: PersonKind, id: string) => `/api/v1${path(kind, id)}/personal-data`;

export const privacyKeys = { settings: ['settings', 'privacy'] as const };

export const privacyApi = {
  erase: (kind: PersonKind, id: string, confirmName: string) =>
    api.post<Erasure>(`${path(kind, id)}/erase`, { confirmName }),
  settings: () => api.get<PrivacySettings>('/settings/privacy'),
  saveSettings: (settings: PrivacySettings) => apiRequest<PrivacySettings>('PUT', '/settings/privacy', settings),
};

export function usePrivacySettings() {
  return useQuery({ queryKey: privacyKeys.settings, queryFn: privacyApi.settings });
}
