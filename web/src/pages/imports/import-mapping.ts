import type { ImportColumn } from '../../api/data.types.ts';

/** File header → Guanxi column, or null to ignore the header. */
export type ImportMapping = Record<string, string | null>;

/** What still stops the mapping from being used: required columns left out, columns chosen twice. */
export function mappingProblems(mapping: ImportMapping, columns: ImportColumn[]) {
  const chosen = Object.values(mapping).filter((column): column is string => Boolean(column));
  const missing = columns.filter((column) => column.required && !chosen.includes(column.name)).map((c) => c.name);
  const duplicates = [...new Set(chosen.filter((column, index) => chosen.indexOf(column) !== index))];
  return { missing, duplicates, ok: missing.length === 0 && duplicates.length === 0 };
}

/** The server's suggestion, for every header of the file (unknown columns are ignored). */
export function initialMapping(headers: string[], suggestion: ImportMapping, columns: ImportColumn[]): ImportMapping {
  const known = new Set(columns.map((column) => column.name));
  return Object.fromEntries(
    headers.map((header) => {
      const column = suggestion[header];
      return [header, column && known.has(column) ? column : null];
    }),
  );
}

/** 1 min 5 s, 2 h 3 min: a duration as the labels of the interface language say it. */
export function durationParts(seconds: number): { h: number; m: number; s: number } {
  const whole = Math.max(0, Math.round(seconds));
  return { h: Math.floor(whole / 3600), m: Math.floor((whole % 3600) / 60), s: whole % 60 };
}
