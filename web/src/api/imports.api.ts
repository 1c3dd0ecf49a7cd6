import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api-client.ts';
import type { Language } from '../i18n/index.ts';
import type { ImportEncoding, ImportJob, ImportOptions, ImportPreview } from './data.types.ts';
import type { DataKind, ItemList } from './domain.types.ts';

/** How much of a file the server's preview reads (sampleBytes in src/imports/csv-file.ts). */
const previewBytes = 65_536;

export const importKeys = {
  all: ['imports'] as const,
  list: () => ['imports', 'list'] as const,
  job: (id: string) => ['imports', 'job', id] as const,
};

export const importsApi = {
  /** The server previews the first 64 KB: only those (and one byte more, to tell the file goes on) are sent. */
  preview: (kind: DataKind, file: File, encoding: ImportEncoding) => {
    const form = new FormData();
    form.append('file', file.slice(0, previewBytes + 1), file.name);
    return api.postForm<ImportPreview>(withQuery('/imports/preview', { kind, encoding }), form);
  },
  /** Starts an import (or a dry run); the mapping part goes before the file, as the server streams the file. */
  start: ({ kind, file, encoding, mapping, onError, dryRun }: ImportOptions) => {
    const form = new FormData();
    form.append('mapping', JSON.stringify(mapping));
    form.append('file', file, file.name);
    return api.postForm<ImportJob>(withQuery('/imports', { kind, dryRun, onError, encoding }), form);
  },
  list: () => api.get<ItemList<ImportJob>>('/imports'),
  get: (id: string) => api.get<ImportJob>(`/imports/${encodeURIComponent(id)}`),
};

/** The rejected rows as CSV, its own columns and the reasons in `language` (a plain link). */
export function importErrorsUrl(id: string, language: Language): string {
  return withQuery(`/api/v1/imports/${encodeURIComponent(id)}/errors.csv`, { language });
}

/** A template of one kind, its headers and labels in `language` (a plain link). */
export function importTemplateUrl(kind: DataKind, language: Language): string {
  return withQuery(`/api/v1/imports/templates/${kind}`, { language });
}

export function useImportJobs() {
  return useQuery({ queryKey: importKeys.list(), queryFn: importsApi.list, select: (list) => list.items });
}

/** One import, asked for every second while it runs. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: importKeys.job(id ?? ''),
    queryFn: () => importsApi.get(id ?? ''),
    enabled: Boolean(id),
    staleTime: 0,
    refetchInterval: (query) => {
      if (query.state.error) return false;
      return !query.state.data || query.state.data.status === 'running' ? 1000 : false;
    },
  });
}
