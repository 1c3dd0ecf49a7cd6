/** What identifies a person in free text: their name, phone (as written and as digits) and email. */
export function personTerms(person: { name: string; phone?: string | null; email?: string | null }): string[] {
  const digits = person.phone?.replace(/[^0-9]/g, '') ?? '';
  const terms = [person.name, person.phone, digits.length >= 5 ? digits : null, person.email]
    .map((term) => term?.trim() ?? '')
    // A single character ("王") would erase it from every other text as well.
    .filter((term) => [...term].length >= 2);
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (term: string) => term.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');

/** Latin names match as whole words ('Li' is not erased from 'Limited'); Chinese names match anywhere. */
const isLatinWords = (term: string) => /^[A-Za-z][A-Za-z .'-]*[A-Za-z]$/.test(term);

const pattern = (terms: string[], wordStart: string, wordEnd: string) =>
  terms
    .map((term) => (isLatinWords(term) ? `${wordStart}${escapeRegExp(term)}${wordEnd}` : escapeRegExp(term)))
    .join('|');

/** A PostgreSQL regular expression (used with the 'i' flag) matching any of the terms. */
export const sqlTermsPattern = (terms: string[]) => pattern(terms, '\\m', '\\M');

/** The same as a JavaScript regular expression, for the audit log's JSON. */
export const termsRegExp = (terms: string[]) => new RegExp(pattern(terms, '\\b', '\\b'), 'gi');
