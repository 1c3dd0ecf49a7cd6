import { withQuery } from '../api-client.ts';
import type { Language } from '../i18n/index.ts';
import type { DataKind } from './domain.types.ts';

export const exportFormats = ['csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

type Filter = Record<string, string | number | boolean | null | undefined>;

/**
 * A file download of everything the list shows with these filters (the session cookie goes along):
 * CSV headed and labelled in `language`, which a plain link must name (it sends no Accept-Language
 * of the page's choosing), as every download of the app does.
 */
export function exportUrl(kind: DataKind, format: ExportFormat, filter: object, language: Language): string {
  return withQuery(`/api/v1/exports/${kind}`, { format, ...(filter as Filter), language });
}
