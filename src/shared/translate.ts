import { zhFieldItems, zhFieldLabels } from './field-labels-zh.ts';
import type { Language } from './language.ts';
import { zhMessages } from './messages-zh.ts';

/**
 * Server messages in the reader's language. The server writes its messages in English (the English
 * text is the key, as in gettext); `messages-zh.ts` gives each one in Chinese. A key may hold
 * placeholders (`{what} not found`): the values found there are translated in turn (a record type,
 * a field's problem, a nested message) or kept as they are (numbers, names, identifiers). `{field}`
 * and `{fields}` hold field identifiers (`email`, `lines.0.quantity`, a list joined by ", "): each is
 * named by its label (field-labels-zh.ts), the list joined by 、.
 */
interface Pattern {
  regex: RegExp;
  names: string[];
  zh: string;
  /** Literal characters in the key: the more, the more specific; tried first. */
  weight: number;
}

const placeholder = /\{(\w+)\}/g;
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const exact = new Map<string, string>();
const patterns: Pattern[] = [];
for (const [en, zh] of Object.entries(zhMessages)) {
  const names = [...en.matchAll(placeholder)].map((match) => match[1] as string);
  if (names.length === 0) {
    exact.set(en, zh);
    continue;
  }
  const source = en
    .split(placeholder)
    .map((part, index) => (index % 2 === 1 ? '([\\s\\S]*?)' : escapeRegExp(part)))
    .join('');
  patterns.push({ regex: new RegExp(`^${source}$`), names, zh, weight: en.replace(placeholder, '').length });
}
patterns.sort((a, b) => b.weight - a.weight);

/** Placeholders whose values are field identifiers, named by their labels. */
const fieldPlaceholders = new Set(['field', 'fields']);

const labelOf = (name: string) => (Object.hasOwn(zhFieldLabels, name) ? (zhFieldLabels[name] as string) : name);

/** A field's path in Chinese: each name by its label, each index by its position (`lines.0.quantity`: 第 1 行的数量). */
function fieldName(path: string): string {
  const parts: string[] = [];
  let parent: string | undefined;
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      const position = String(Number(segment) + 1);
      const item = parent !== undefined && Object.hasOwn(zhFieldItems, parent) ? zhFieldItems[parent] : undefined;
      const list = parts.pop();
      if (item) parts.push(item.replace('{n}', position));
      else parts.push(list === undefined ? `第 ${position} 项` : `${list}的第 ${position} 项`);
    } else parts.push(labelOf(segment));
    parent = segment;
  }
  return parts.join('的');
}

/** The Chinese of an English server message, or undefined when the catalogue has none. */
function toChinese(message: string, depth: number): string | undefined {
  const found = exact.get(message);
  if (found !== undefined) return found;
  if (depth > 4) return undefined;
  for (const pattern of patterns) {
    const match = pattern.regex.exec(message);
    if (!match) continue;
    const values = Object.fromEntries(
      pattern.names.map((name, index) => {
        const value = match[index + 1] as string;
        if (fieldPlaceholders.has(name)) return [name, value.split(', ').map(fieldName).join('、')];
        return [name, toChinese(value, depth + 1) ?? value];
      }),
    );
    return pattern.zh.replace(placeholder, (whole, name: string) => values[name] ?? whole);
  }
  return undefined;
}

/** Whether the catalogue knows this English message (a test checks every message the code can write). */
export const isTranslated = (message: string): boolean => toChinese(message, 0) !== undefined;

/** An English server message in `language`; a message the catalogue lacks stays as it is. */
export function translate(message: string, language: Language): string {
  if (language === 'en') return message;
  return toChinese(message, 0) ?? message;
}

/** Every value of a field → problem map in `language`. */
export function translateFields(
  fields: Record<string, string> | undefined,
  language: Language,
): Record<string, string> | undefined {
  if (!fields || language === 'en') return fields;
  return Object.fromEntries(Object.entries(fields).map(([field, problem]) => [field, translate(problem, language)]));
}
