import type { customerKinds } from '../shared/domain.ts';
import { keyPatterns } from './key-patterns.ts';
import {
  emailKey,
  organisationKey,
  organisationPlaces,
  type PhoneLine,
  personNameKey,
  phoneKey,
  phoneLine,
} from './normalise.ts';

/**
 * How alike two names are, and whether two records are the same party (docs/duplicates.md).
 *
 * The score of two keys is Dice's coefficient of their gram sets, 2·|A∩B| / (|A|+|B|), in [0, 1]:
 * runs of CJK characters give their two-character grams (their single characters when either name has
 * only 1 or 2 CJK characters, since 王伟 has one bigram), other words their trigrams padded as pg_trgm
 * pads them ("  wei "), so word order does not count and one typo costs a few grams.
 */
export const similarNameThreshold = 0.7;

const cjkRun = new RegExp(`${keyPatterns('js').cjk}+`, 'gu');

function cjkLength(key: string): number {
  return Array.from(key.match(cjkRun)?.join('') ?? '').length;
}

/** The grams of a key (personNameKey or organisationKey), CJK runs as single characters or as bigrams. */
export function nameGrams(key: string, cjkSingles: boolean): Set<string> {
  const grams = new Set<string>();
  for (const run of key.match(cjkRun) ?? []) {
    const chars = Array.from(run);
    if (cjkSingles || chars.length === 1) for (const char of chars) grams.add(char);
    else for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  }
  for (const word of key.replace(cjkRun, ' ').split(' ').filter(Boolean)) {
    const padded = Array.from(`  ${word} `);
    for (let i = 0; i + 2 < padded.length; i++) grams.add(padded[i] + padded[i + 1] + padded[i + 2]);
  }
  return grams;
}

/** The similarity of two keys in [0, 1]: 1 for equal keys, 0 when either is missing. */
export function keySimilarity(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const cjkSingles = [a, b].some((key) => cjkLength(key) > 0 && cjkLength(key) <= 2);
  const left = nameGrams(a, cjkSingles);
  const right = nameGrams(b, cjkSingles);
  if (left.size + right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return (2 * shared) / (left.size + right.size);
}

export const personNameSimilarity = (a: string | null | undefined, b: string | null | undefined) =>
  keySimilarity(personNameKey(a), personNameKey(b));

export const organisationNameSimilarity = (a: string | null | undefined, b: string | null | undefined) =>
  keySimilarity(organisationKey(a), organisationKey(b));

interface PartyFields {
  name: string;
  organisation?: string | null;
  phone?: string | null;
  email?: string | null;
}

/**
 * A record the check compares. A customer says whether it is an organisation (its name is the
 * organisation's) or a person (its name is a person's, `organisation` where they work if known); a
 * contact's `organisation` is its customer's name, a lead's the company it gave.
 */
export type PartyRecord =
  | (PartyFields & { kind: 'customer'; customerKind: (typeof customerKinds)[number] })
  | (PartyFields & { kind: 'contact' | 'lead' });

export type MatchReason =
  | { reason: 'samePhone'; key: string; line: PhoneLine }
  | { reason: 'sameEmail'; key: string }
  /** placesDiffer: both names name places and none in common (上海华信科技, 北京华信科技). */
  | { reason: 'sameOrganisation'; key: string; placesDiffer: boolean }
  | { reason: 'similarOrganisation'; score: number }
  | { reason: 'similarName'; score: number };

export type Verdict = 'certain' | 'likely' | 'none';

export interface DuplicateMatch {
  verdict: Verdict;
  reasons: MatchReason[];
}

const personNameOf = (record: PartyRecord) =>
  record.kind !== 'customer' || record.customerKind === 'person' ? record.name : null;
const organisationNameOf = (record: PartyRecord) =>
  record.kind === 'customer' && record.customerKind === 'organization' ? record.name : (record.organisation ?? null);

/** Both present and different. */
const conflict = (a: string | null, b: string | null) => a !== null && b !== null && a !== b;

/**
 * Which keys of two records meet, and the verdict (docs/duplicates.md):
 * - two people (contacts, leads, person customers) are certainly one when a personal identifier (email
 *   or mobile) meets and the names are similar, or when the names are equal and they share the
 *   organisation (same places) or a landline, with no phone or email in conflict; they are likely one
 *   when the names are similar or any identifier meets (a shared info@ address, a switchboard);
 *   the same name alone is only likely (two 王伟), the same organisation alone is colleagues: none.
 * - otherwise the organisations are compared (an organisation customer with another, or with the
 *   company of a contact or lead: is that its company?): certain when the organisation keys are equal
 *   and the places do not differ, or when a phone or email meets and the names are similar; likely on a
 *   similar name, equal keys with different places, or a phone or email alone.
 */
export function matchReasons(a: PartyRecord, b: PartyRecord): DuplicateMatch {
  const reasons: MatchReason[] = [];
  const phones = [phoneKey(a.phone), phoneKey(b.phone)] as const;
  const emails = [emailKey(a.email), emailKey(b.email)] as const;
  const phoneMet = phones[0] !== null && phones[0] === phones[1] ? phoneLine(phones[0]) : null;
  if (phoneMet) reasons.push({ reason: 'samePhone', key: phones[0]!, line: phoneMet });
  const emailMet = emails[0] !== null && emails[0] === emails[1];
  if (emailMet) reasons.push({ reason: 'sameEmail', key: emails[0]! });
  const personal = emailMet || phoneMet === 'mobile';
  const shared = phoneMet !== null && phoneMet !== 'mobile';

  const organisations = [organisationNameOf(a), organisationNameOf(b)] as const;
  const organisationKeys = [organisationKey(organisations[0]), organisationKey(organisations[1])] as const;
  const organisationScore = keySimilarity(organisationKeys[0], organisationKeys[1]);
  const sameOrganisation = organisationKeys[0] !== null && organisationKeys[0] === organisationKeys[1];
  const places = [organisationPlaces(organisations[0]), organisationPlaces(organisations[1])] as const;
  const placesDiffer = places[0].length > 0 && places[1].length > 0 && !places[0].some((p) => places[1].includes(p));
  if (sameOrganisation) reasons.push({ reason: 'sameOrganisation', key: organisationKeys[0]!, placesDiffer });
  else if (organisationScore >= similarNameThreshold)
    reasons.push({ reason: 'similarOrganisation', score: organisationScore });

  const people = [personNameKey(personNameOf(a)), personNameKey(personNameOf(b))] as const;
  if (people[0] !== null && people[1] !== null) {
    const nameScore = keySimilarity(people[0], people[1]);
    if (nameScore >= similarNameThreshold) reasons.push({ reason: 'similarName', score: nameScore });
    const namesAgree = nameScore >= similarNameThreshold;
    const sameName = people[0] === people[1];
    const inConflict = conflict(...phones) || conflict(...emails);
    const sharedPlace = (sameOrganisation && !placesDiffer) || shared;
    if ((personal && namesAgree) || (sameName && sharedPlace && !inConflict)) return { verdict: 'certain', reasons };
    return { verdict: namesAgree || personal || shared ? 'likely' : 'none', reasons };
  }

  const organisationsAgree = organisationScore >= similarNameThreshold;
  if ((sameOrganisation && !placesDiffer) || ((personal || shared) && organisationsAgree))
    return { verdict: 'certain', reasons };
  return { verdict: organisationsAgree || personal || shared ? 'likely' : 'none', reasons };
}
