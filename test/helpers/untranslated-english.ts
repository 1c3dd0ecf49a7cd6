/**
 * Words a Chinese reader would take for untranslated English: runs of three or more Latin letters,
 * except e-mail-like strings, the identifiers given (what the caller sent: field keys, enum codes, a
 * path) and a few names and abbreviations that Chinese text keeps as they are.
 */
const keptInChinese = new Set(['CSV', 'API', 'URL', 'TOTP', 'ID', 'UTC', 'JSON', 'Guanxi']);

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function untranslatedEnglish(text: string, identifiers: readonly string[] = []): string[] {
  let rest = text.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)*/g, ' ');
  for (const identifier of [...identifiers].sort((a, b) => b.length - a.length))
    rest = rest.replace(new RegExp(`(?<![A-Za-z])${escapeRegExp(identifier)}(?![A-Za-z])`, 'g'), ' ');
  return (rest.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !keptInChinese.has(word));
}

/** Chinese characters (CJK unified ideographs) in a text. */
export const cjk = /[\u3400-\u9fff]/;
