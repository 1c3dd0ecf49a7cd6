// Not the exports' index, which loads the whole export (its routes, the customers' queries): the CLI's import stays small.
import { restoreCell } from '../exports/spreadsheet-cells.ts';
import { moneyRule, parseAmount, quantityRule } from './amounts.ts';
import { parseDateTime } from './dates.ts';
import { undecodable } from './encoding.ts';

/** Why a cell was refused, in words for the error report. */
export class Invalid {
  constructor(readonly reason: string) {}
}

/** A cleaned cell's value as staged (canonical text), null for an empty cell, or why it is invalid. */
export type FieldValue = string | null | Invalid;
/** Reads a non-empty, trimmed cell. */
export type FieldParser = (text: string) => FieldValue;

/**
 * Trims a cell (also the ideographic space), undoes the export's formula quote, and refuses what
 * PostgreSQL cannot store (NUL) or what the decoder could not read.
 */
export function cleanCell(raw: string): string | Invalid {
  let text = raw.trim();
  if (text.charCodeAt(0) === 39) text = restoreCell(text);
  if (text.includes('\u0000')) return new Invalid('contains a NUL character');
  if (text.includes(undecodable)) return new Invalid('has bytes that are not text in this encoding (is the file GBK?)');
  return text;
}

export const text =
  (max: number): FieldParser =>
  (value) =>
    value.length > max ? new Invalid(`is longer than ${max} characters`) : value;

export const email: FieldParser = (value) => {
  const lower = value.normalize('NFKC').toLowerCase();
  return lower.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(lower)
    ? lower
    : new Invalid('is not an email address');
};

export const phone: FieldParser = (value) =>
  value.length <= 40 && /^[0-9+()\-\s./#*extEXT]{3,}$/.test(value.normalize('NFKC'))
    ? value.normalize('NFKC')
    : new Invalid('is not a phone number');

/** An enumeration: its English codes, or one of its labels (中文 or other words), in any case. */
export function choice(codes: readonly string[], labels: Record<string, string> = {}): FieldParser {
  const lookup = new Map<string, string>();
  for (const code of codes) lookup.set(code, code);
  for (const [label, code] of Object.entries(labels)) lookup.set(label.toLowerCase(), code);
  const listed = codes.join(', ');
  return (value) =>
    lookup.get(
      value
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
    ) ??
    lookup.get(value.normalize('NFKC').toLowerCase()) ??
    new Invalid(`must be one of ${listed}`);
}

/** Separates tags in one cell; staged joined by U+001F, split again in SQL. */
export const tagSeparator = '\u001f';

export const tags: FieldParser = (value) => {
  const list = [
    ...new Set(
      value
        .split(/[;；,，、|]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
  if (list.length > 30) return new Invalid('has more than 30 tags');
  if (list.some((tag) => tag.length > 50)) return new Invalid('has a tag longer than 50 characters');
  if (list.some((tag) => [...tag].some((char) => char.charCodeAt(0) < 32)))
    return new Invalid('has a tag with a control character');
  return list.join(tagSeparator);
};

const fromAmount = (result: ReturnType<typeof parseAmount>) =>
  'value' in result ? result.value : new Invalid(result.error);

export const money: FieldParser = (value) => fromAmount(parseAmount(value, moneyRule));
export const quantity: FieldParser = (value) => fromAmount(parseAmount(value, quantityRule));

export const dateTime: FieldParser = (value) => {
  const result = parseDateTime(value);
  return 'value' in result ? result.value : new Invalid(result.error);
};

export const integer =
  (min: number, max: number): FieldParser =>
  (value) => {
    const number = Number(value.normalize('NFKC'));
    return Number.isInteger(number) && number >= min && number <= max
      ? String(number)
      : new Invalid(`must be a whole number from ${min} to ${max}`);
  };

export const yesNo = choice(['true', 'false'], {
  yes: 'true',
  y: 'true',
  '1': 'true',
  是: 'true',
  在售: 'true',
  启用: 'true',
  no: 'false',
  n: 'false',
  '0': 'false',
  否: 'false',
  停售: 'false',
  停用: 'false',
});

const currencyWords: Record<string, string> = {
  人民币: 'CNY',
  rmb: 'CNY',
  '¥': 'CNY',
  元: 'CNY',
  美元: 'USD',
  $: 'USD',
  us$: 'USD',
  欧元: 'EUR',
  '€': 'EUR',
  港币: 'HKD',
  港元: 'HKD',
  日元: 'JPY',
  英镑: 'GBP',
};

/** An ISO 4217 code (`CNY`, `usd`) or a common name or sign (人民币, RMB, ¥, 美元). */
export const currency: FieldParser = (value) => {
  if (/^[A-Z]{3}$/.test(value)) return value;
  const folded = value.normalize('NFKC').toLowerCase();
  const code = currencyWords[folded] ?? folded.toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : new Invalid('must be a currency code like CNY or USD');
};
