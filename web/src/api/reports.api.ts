import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api-client.ts';
import type { Segment } from './analytics.types.ts';
import type { Named } from './contact.types.ts';
import type { LoyaltyStage } from './domain.types.ts';

export interface NeglectedCustomer {
  id: string;
  name: string;
  lastInteractionAt: string | null;
  daysSince: number | null;
  monetary: string;
  segment: Segment | null;
  stage: LoyaltyStage | null;
}

/** 疏于联系的客户: customers nobody has been in touch with for `days`, by relationship manager. */
export interface NeglectReport {
  days: number;
  owners: { owner: Named | null; count: number; customers: NeglectedCustomer[] }[];
}

export const reportKeys = {
  neglect: (days: number, ownerId?: string) => ['reports', 'neglect', days, ownerId ?? null] as const,
};

export const reportsApi = {
  neglect: (days: number, ownerId?: string) => api.get<NeglectReport>(withQuery('/reports/neglect', { days, ownerId })),
};

export function useNeglectReport(days: number, ownerId?: string) {
  return useQuery({ queryKey: reportKeys.neglect(days, ownerId), queryFn: () => reportsApi.neglect(days, ownerId) });
}
