import { withQuery } from '../api-client.ts';
import type { DataKind } from './domain.types.ts';

export const exportFormats = ['csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

type Filter = Record<string, string | number | boolean | null | undefined>;

/** A file download of everything the list shows with these filters (the session cookie goes along). */
export function exportUrl(kind: DataKind, format: ExportFormat, filter: object): string {
  return withQuery(`/api/v1/exports/${kind}`, { format, ...(filter as Filter) });
}
