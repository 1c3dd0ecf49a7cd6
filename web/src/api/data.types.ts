/** The API's shapes for CSV imports and demo data. */
import type { DataKind, Role } from './domain.types.ts';

export const importEncodings = ['auto', 'utf8', 'gbk'] as const;
export type ImportEncoding = (typeof importEncodings)[number];

export const importErrorModes = ['abort', 'skip'] as const;
export type ImportErrorMode = (typeof importErrorModes)[number];

/** A Guanxi column a file header can be mapped to. */
export interface ImportColumn {
  name: string;
  required: boolean;
  aliases: string[];
}

/** The first rows of an uploaded file, and the server's guess at its columns. */
export interface ImportPreview {
  encoding: string;
  headers: string[];
  rows: string[][];
  mapping: Record<string, string | null>;
  columns: ImportColumn[];
}

export interface ImportRowError {
  line: number;
  column: string | null;
  reason: string;
}

export interface ImportJob {
  id: string;
  kind: DataKind;
  status: 'running' | 'succeeded' | 'failed';
  dryRun: boolean;
  onError: ImportErrorMode;
  fileName: string;
  bytesTotal: number;
  bytesRead: number;
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  errors: ImportRowError[];
  hasErrorFile: boolean;
  message: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface ImportOptions {
  kind: DataKind;
  file: File;
  encoding: ImportEncoding;
  /** File header → Guanxi column; null leaves the header out. */
  mapping: Record<string, string | null>;
  onError: ImportErrorMode;
  dryRun: boolean;
}

export interface DemoResult {
  /** The sample company's name. */
  company?: string;
  users: { email: string; name: string; role: Role }[];
  password: string;
  customers: number;
  products: number;
  orders: number;
  orderLines: number;
}
