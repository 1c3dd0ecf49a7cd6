import { api, withQuery } from '../api-client.ts';
import type { AuditEntry, Page } from './domain.types.ts';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: string;
  systemActor?: string;
  /** YYYY-MM-DD, both included, in the business's time zone. */
  from?: string;
  to?: string;
}

export const auditKeys = { list: (filter: AuditFilter) => ['audit', filter] as const };

export const auditApi = {
  list: (filter: AuditFilter & { limit?: number; cursor?: string | null }) =>
    api.get<Page<AuditEntry>>(withQuery('/audit', { ...filter })),
};
