import { closingBrackets, keyPatterns, openingBrackets } from './key-patterns.ts';
import { latinPlaces } from './place-names.ts';

/**
 * The keys of the duplicate check (查重): two records whose keys are equal meet on that field. Each
 * function here has a twin in SQL (normalise.sql.ts) that gives the same key for the same text, so the
 * keys can be stored as generated columns and indexed; docs/duplicates.md defines them.
 * Every key is null when the text holds nothing to match on.
 */

const pattern = keyPatterns('js');
const re = (source: string, flags = '') => new RegExp(source, `u${flags}`);
const marks = re(pattern.marks, 'g');
const spaces = re(pattern.spaces, 'g');
const separators = re(pattern.separators, 'g');
const separatorsButParentheses = re(pattern.separatorsButParentheses, 'g');
const apostrophes = re(pattern.apostrophes, 'g');
const spaceWithinCjk = re(pattern.spaceWithinCjk, 'g');
const bracketedAside = re(pattern.bracketedAside, 'g');
const phoneRun = re(pattern.phoneRun);
const phoneDashGroup = re(pattern.phoneDashGroup);
const emailParts = re(pattern.emailParts);
const bracketedLegalForm = re(pattern.bracketedLegalForm, 'g');
const bracketedPlace = re(pattern.bracketedPlace, 'g');
const legalFormAnywhere = re(pattern.legalFormAnywhere, 'g');
const leadingPlace = re(pattern.leadingPlace);
const placeSuffixAtEnd = re(pattern.placeSuffixAtEnd);
const trailingLegalForm = re(pattern.trailingLegalForm);
const branch = re(pattern.branch);
const openingBracket = new RegExp(`[${openingBrackets.replace(/[[\]]/g, '\\$&')}]`, 'gu');
const closingBracket = new RegExp(`[${closingBrackets.replace(/[[\]]/g, '\\$&')}]`, 'gu');

/** A–Z to a–z only: PostgreSQL's lower() depends on the database's locale, this does not. */
export const asciiLower = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/**
 * A name as compared: compatibility forms unified (full-width Ａ１（ → A1(), ㈱ → (株)), accents dropped
 * (José → Jose), Latin letters in lower case.
 */
export function foldName(name: string): string {
  return asciiLower(name.normalize('NFKD').replace(marks, '').normalize('NFC'));
}

const unifyBrackets = (text: string) => text.replace(openingBracket, '(').replace(closingBracket, ')');
/** Single spaces, none at either end. */
const tidySpaces = (text: string) => text.replace(/ {2,}/g, ' ').replace(/^ | $/g, '');

/**
 * The phone number as a string of digits: a Chinese number as its national significant number (mobile
 * 13800138000; landline with its area code and without the trunk 0: 021-12345678 → 2112345678), a
 * foreign one as dialled from China (+1 415… → 001415…). Extensions are dropped (转, ext, x, #, or a
 * last "-group" after a whole number): the key is the line, not the desk. Only the first number of a
 * field counts. Null under 7 digits, and for placeholders of one repeated digit.
 */
export function phoneKey(phone: string | null | undefined): string | null {
  if (phone == null) return null;
  const run = phone.normalize('NFKC').replace(spaces, '').match(phoneRun)?.[0];
  if (run === undefined) return null;
  let dialled = run.replace(/[().]/g, '');
  const dashGroup = dialled.match(phoneDashGroup);
  if (dashGroup) {
    const head = nationalNumber(dashGroup[1]);
    if (!head.startsWith('00') && head.length >= 9) dialled = dashGroup[1];
  }
  const key = nationalNumber(dialled);
  return key.length >= 7 && !/^([0-9])\1*$/.test(key) ? key : null;
}

/** Digits (and a leading +, dashes) to the key's form; see phoneKey. */
function nationalNumber(dialled: string): string {
  const digits = dialled.replace(/[^0-9]/g, '');
  const withoutTrunk = (national: string) => (national.startsWith('0') ? national.slice(1) : national);
  if (dialled.startsWith('+')) return digits.startsWith('86') ? withoutTrunk(digits.slice(2)) : `00${digits}`;
  if (digits.startsWith('0086')) return withoutTrunk(digits.slice(4));
  if (digits.startsWith('00')) return digits;
  if (digits.startsWith('0')) return digits.slice(1);
  if (/^861[3-9][0-9]{9}$/.test(digits)) return digits.slice(2);
  return digits;
}

export type PhoneLine = 'mobile' | 'landline' | 'foreign';

/** What kind of line a phone key is: a Chinese mobile is one person's; a landline may be a switchboard. */
export function phoneLine(key: string): PhoneLine {
  if (/^1[3-9][0-9]{9}$/.test(key)) return 'mobile';
  return key.startsWith('00') ? 'foreign' : 'landline';
}

/**
 * The address in lower case without spaces (NFKC: full-width ＠ and letters too), without "mailto:".
 * Gmail's dots and +tags are dropped (Google delivers zhang.wei+crm@gmail.com to zhangwei@gmail.com), and
 * googlemail.com is gmail.com; other providers' addresses are kept whole, since a dot or a + is part of the
 * mailbox at most of them (qq.com, 163.com, company servers): merging those would make different people
 * one. Null without a local part and a domain.
 */
export function emailKey(email: string | null | undefined): string | null {
  if (email == null) return null;
  const address = asciiLower(email.normalize('NFKC').replace(spaces, '')).replace(/^mailto:/, '');
  const parts = address.match(emailParts);
  if (!parts) return null;
  let [, local, domain] = parts;
  domain = domain.replace(/\.+$/, '');
  if (domain === 'gmail.com' || domain === 'googlemail.com') {
    local = local.replace(/\+.*$/, '').replace(/\./g, '');
    domain = 'gmail.com';
  }
  return local && domain ? `${local}@${domain}` : null;
}

/** The organisation key and the places its name named. */
interface OrganisationParts {
  key: string | null;
  /** Place names as written, leading ones first, then bracketed ones (中国 included). */
  places: string[];
}

/**
 * An organisation's name without its legal form and the places it was registered in: "上海华信办公科技有限公司",
 * "华信办公科技（上海）" and "华信办公科技(上海)有限公司" are all "华信办公科技". What is left out: legal
 * forms (有限公司, 股份, 集团, Co., Ltd., Inc., GmbH…) at the end or alone in brackets; places
 * (place-names.ts) at the start or alone in brackets. A name whose rest is shorter than 3 characters
 * keeps its places in front ("北京华信" and "华信（北京）" give "北京华信", "上海证券" stays apart from
 * "北京证券", "上海" stays "上海"). A branch (…分公司) keeps its place: it is not its head office.
 */
export function organisationKey(name: string | null | undefined): string | null {
  return name == null ? null : organisationParts(name).key;
}

function organisationParts(name: string): OrganisationParts {
  let text = tidySpaces(
    unifyBrackets(foldName(name))
      .replace(/\./g, '')
      .replace(separatorsButParentheses, ' ')
      .replace(bracketedLegalForm, ' '),
  );
  const bracketed = [...text.matchAll(bracketedPlace)].map((match) => match[1]);
  text = tidySpaces(text.replace(bracketedPlace, ' ').replace(legalFormAnywhere, ' '));
  const leading: string[] = [];
  for (let rest = text.replace(leadingPlace, ''); rest !== text; rest = text.replace(leadingPlace, '')) {
    leading.push(text.slice(0, text.length - rest.length).replace(placeSuffixAtEnd, ''));
    text = tidySpaces(rest);
  }
  while (!branch.test(text) && trailingLegalForm.test(text)) text = tidySpaces(text.replace(trailingLegalForm, ''));
  const core = text.replace(/[ ()]/g, '');
  const places = [...leading, ...bracketed];
  const key = Array.from(core).length < 3 ? places.join('') + core : core;
  return { key: key || null, places };
}

/**
 * The places an organisation's name names, in Chinese ("Acme (Shanghai)" → 上海), without 中国: two names
 * with the same key but different places may be two companies (上海华信科技 and 北京华信科技).
 */
export function organisationPlaces(name: string | null | undefined): string[] {
  if (name == null) return [];
  const places = organisationParts(name).places.map((place) => latinPlaces[place] ?? place);
  return [...new Set(places.filter((place) => !['中国', 'china', 'prc'].includes(place)))];
}

/**
 * A person's name as compared: folded like every name, asides in brackets dropped ("王伟（销售部）"),
 * punctuation to spaces (apostrophes joined: O'Brien → obrien), no spaces between CJK characters
 * ("王 伟" → "王伟"), and the words in code-point order, so "Wei Zhang" and "zhang wei" meet.
 */
export function personNameKey(name: string | null | undefined): string | null {
  if (name == null) return null;
  const text = unifyBrackets(foldName(name))
    .replace(bracketedAside, ' ')
    .replace(apostrophes, '')
    .replace(separators, ' ')
    .replace(spaceWithinCjk, '');
  const words = tidySpaces(text).split(' ').filter(Boolean).sort(byCodePoint);
  return words.length ? words.join(' ') : null;
}

/** The order of PostgreSQL's COLLATE "C" on UTF-8 text (JavaScript's < compares UTF-16 code units). */
export function byCodePoint(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = left[i].codePointAt(0)! - right[i].codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}
