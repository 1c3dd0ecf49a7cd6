import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api-client.ts';
import type { CustomerKind, Role } from './domain.types.ts';

/** What a form holds while it is filled in (POST /duplicates/check). */
export interface DuplicateCheckInput {
  kind: 'customer' | 'contact';
  customerKind?: CustomerKind;
  name?: string;
  phone?: string;
  email?: string;
  /** A contact's organization. */
  customerId?: string;
  /** The record being edited. */
  excludeId?: string;
}

export interface DuplicateReason {
  reason: 'samePhone' | 'sameEmail' | 'sameOrganisation' | 'similarOrganisation' | 'similarName';
  line?: 'mobile' | 'landline' | 'foreign';
  placesDiffer?: boolean;
  score?: number;
}

export type DuplicateCandidate =
  | {
      visible: true;
      verdict: 'certain' | 'likely';
      reasons: DuplicateReason[];
      kind: 'customer' | 'contact';
      id: string;
      name: string;
      customerKind?: CustomerKind;
      customer?: { id: string; name: string };
      owner: { id: string; name: string; role: Role } | null;
    }
  | {
      /** A record the reader may not see: only that it exists and whose it is. */
      visible: false;
      verdict: 'certain' | 'likely';
      reasons: Pick<DuplicateReason, 'reason'>[];
      owner: { name: string; role: Role } | null;
    };

export const duplicatesApi = {
  check: (input: DuplicateCheckInput) => api.post<{ candidates: DuplicateCandidate[] }>('/duplicates/check', input),
};

/** The candidates for what was typed; nothing is asked while `input` is null. */
export function useDuplicateCheck(input: DuplicateCheckInput | null) {
  return useQuery({
    queryKey: ['duplicates', 'check', input],
    queryFn: () => duplicatesApi.check(input as DuplicateCheckInput),
    enabled: input !== null,
    select: (answer) => answer.candidates,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
