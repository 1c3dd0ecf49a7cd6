import { api, withQuery } from '../api-client.ts';
import type { AuditEntry, Page } from './domain.types.ts';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
}

export const auditKeys = { list: (filter: AuditFilter) => ['audit', filter] as const };

export const auditApi = {
  list: (filter: AuditFilter & { limit?: number; cursor?: string | null }) =>
    api.get<Page<AuditEntry>>(withQuery('/audit', { ...filter })),
};
