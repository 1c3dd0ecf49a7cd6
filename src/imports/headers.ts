import { AppError } from '../server/errors.ts';

/** One column an import understands: its snake_case name, whether it must be there, and other headers for it. */
export interface ColumnSpec {
  name: string;
  required: boolean;
  aliases: readonly string[];
}

/** Header → column, or null for a header the import ignores. */
export type HeaderMapping = Record<string, string | null>;

/**
 * Headers compare loosely: full-width forms folded (NFKC), case and surrounding space ignored, a
 * required-marker `*` and a unit in brackets dropped (`单价（元）*` → `单价`), spaces, dots and dashes as `_`.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/^\*+|\*+$/g, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim()
    .replace(/[\s.\-/]+/g, '_');
}

function aliasIndex(columns: readonly ColumnSpec[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const column of columns)
    for (const alias of [column.name, ...column.aliases]) index.set(normaliseHeader(alias), column.name);
  return index;
}

/** The column each header most likely means; null when none does. */
export function suggestMapping(headers: readonly string[], columns: readonly ColumnSpec[]): HeaderMapping {
  const index = aliasIndex(columns);
  const taken = new Set<string>();
  const mapping: HeaderMapping = {};
  for (const header of headers) {
    const column = index.get(normaliseHeader(header)) ?? null;
    // The first header for a column wins; a second one (say 电话 next to 手机) is left out.
    mapping[header] = column && !taken.has(column) ? column : null;
    if (column) taken.add(column);
  }
  return mapping;
}

/**
 * Where each column is in a row (-1 when the file lacks it), from the headers and the caller's
 * choices (`overrides`: header → column or null to leave it out). Missing required columns, a
 * column chosen twice and unknown names are refused with a 400 naming them.
 */
export function resolveColumns(
  headers: readonly string[],
  columns: readonly ColumnSpec[],
  overrides: HeaderMapping = {},
): { positions: number[]; mapping: HeaderMapping } {
  const known = new Set(columns.map((column) => column.name));
  const unknownTargets = Object.values(overrides).filter((column) => column && !known.has(column));
  if (unknownTargets.length)
    throw new AppError('validation_failed', `Unknown columns: ${unknownTargets.join(', ')}`, {
      mapping: `unknown columns ${unknownTargets.join(', ')}; known are ${[...known].join(', ')}`,
    });
  const repeated = headers.filter((header, i) => header.trim() && headers.indexOf(header) !== i);
  if (repeated.length)
    throw new AppError('validation_failed', `The header ${repeated[0]} appears more than once`, {
      file: `header ${repeated[0]} appears more than once`,
    });
  const suggested = suggestMapping(headers, columns);
  const mapping: HeaderMapping = {};
  for (const header of headers)
    mapping[header] = Object.hasOwn(overrides, header) ? overrides[header] || null : suggested[header];
  const positions = columns.map(() => -1);
  const chosenTwice: string[] = [];
  headers.forEach((header, i) => {
    const column = mapping[header];
    if (!column) return;
    const at = columns.findIndex((spec) => spec.name === column);
    if (positions[at] !== -1) chosenTwice.push(column);
    positions[at] = i;
  });
  if (chosenTwice.length)
    throw new AppError('validation_failed', `Columns mapped more than once: ${chosenTwice.join(', ')}`, {
      mapping: `mapped more than once: ${chosenTwice.join(', ')}`,
    });
  const missing = columns.filter((column, at) => column.required && positions[at] === -1).map((c) => c.name);
  if (missing.length)
    throw new AppError('validation_failed', `The file lacks required columns: ${missing.join(', ')}`, {
      file: `lacks required columns ${missing.join(', ')}`,
    });
  return { positions, mapping };
}
