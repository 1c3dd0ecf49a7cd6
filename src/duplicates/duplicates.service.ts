import type { Actor } from '../auth/index.ts';
import { getCustomer } from '../customers/index.ts';
import type { Executor } from '../db/client.ts';
import { AppError, invalid } from '../server/errors.ts';
import { type CandidateRow, findCandidates, findSimilarKeys, type TypedKeys } from './duplicates.repo.ts';
import type { DuplicateCandidate, DuplicateCheckInput } from './duplicates.schema.ts';
import { similarNameProbes } from './name-probes.ts';
import { emailKey, organisationKey, personNameKey, phoneKey } from './normalise.ts';
import {
  type DuplicateMatch,
  keySimilarity,
  matchReasons,
  type PartyRecord,
  similarNameThreshold,
} from './similarity.ts';

/** The answer's length. */
export const candidateLimit = 10;
/** How many of the candidates found get the full verdict (matchReasons costs about 0.1 ms a pair). */
const judged = 40;
/** How many similar name keys are looked up, the most similar first. */
const similarKeyCount = 10;

/**
 * The duplicate check of a record being typed (docs/duplicates.md, "The check"): the records with
 * the same phone, email or name key, or a similar name, judged by matchReasons; the best ten, certain
 * first. A record the caller may not see is reported only as existing, with its owner and which keys met.
 */
export async function checkDuplicates(options: { db: Executor; actor: Actor; input: DuplicateCheckInput }) {
  const { db, actor, input } = options;
  const typed = await typedRecord(db, actor, input);
  const nameAs = typed.kind === 'customer' && typed.customerKind === 'organization' ? 'organisation' : 'person';
  const keys = {
    phoneKey: phoneKey(input.phone),
    emailKey: emailKey(input.email),
    nameKey: nameAs === 'organisation' ? organisationKey(input.name) : personNameKey(input.name),
    nameAs,
    excludeId: input.excludeId,
  } as const;
  const nameKey = keys.nameKey;
  const rows = await findCandidateRecords(db, actor, keys);

  // A cheap first ranking by the stored keys, so that only the best few get the full verdict.
  const seen = new Set<string>();
  const ranked: { row: CandidateRow; rank: number }[] = [];
  for (const row of rows) {
    const id = `${row.kind}:${row.id}`;
    if (seen.has(id)) continue;
    seen.add(id);
    // Organizations' names are compared with a typed organization, people's (persons, contacts) with a typed person.
    const comparable =
      row.kind === 'contact'
        ? nameAs === 'person'
        : (row.customerKind === 'organization') === (nameAs === 'organisation');
    const nameScore = comparable ? keySimilarity(nameKey, row.nameKey) : 0;
    const met =
      Number(keys.phoneKey !== null && row.phoneKey === keys.phoneKey) +
      Number(keys.emailKey !== null && row.emailKey === keys.emailKey);
    if (met === 0 && nameScore < similarNameThreshold) continue;
    ranked.push({ row, rank: 2 * met + nameScore });
  }
  ranked.sort((a, b) => b.rank - a.rank);

  const verdicts = ranked
    .slice(0, judged)
    .map(({ row, rank }) => ({ row, rank, match: matchReasons(typed, partyOf(row)) }))
    .filter(({ match }) => match.verdict !== 'none');
  verdicts.sort(
    (a, b) =>
      Number(b.match.verdict === 'certain') - Number(a.match.verdict === 'certain') ||
      b.rank - a.rank ||
      a.row.id.localeCompare(b.row.id),
  );
  return { candidates: verdicts.slice(0, candidateLimit).map(({ row, match }) => present(row, match)) };
}

/**
 * The records that may be the typed one (the database's part of the check): the similar name keys
 * first (duplicate_name_keys by its gram index, then scored here; the short keys NameProbes names),
 * then in one statement the records with the same phone, email or name key or a similar name key.
 */
export async function findCandidateRecords(db: Executor, actor: Actor, keys: Omit<TypedKeys, 'similarKeys'>) {
  if (!keys.phoneKey && !keys.emailKey && !keys.nameKey) return [];
  const { nameKey } = keys;
  const probes = similarNameProbes(nameKey);
  const found = nameKey && probes ? await findSimilarKeys(db, { nameAs: keys.nameAs, nameKey, probes }) : [];
  const similarKeys = [...new Set([...found, ...(probes?.shortKeys ?? [])])]
    .map((key) => ({ key, score: keySimilarity(nameKey, key) }))
    .filter(({ key, score }) => key !== nameKey && score >= similarNameThreshold)
    .sort((a, b) => b.score - a.score || Array.from(a.key).length - Array.from(b.key).length)
    .slice(0, similarKeyCount)
    .map(({ key }) => key);
  return findCandidates(db, actor, { ...keys, similarKeys });
}

/** The record being typed, as matchReasons compares it; a contact's organisation is its customer's name. */
async function typedRecord(db: Executor, actor: Actor, input: DuplicateCheckInput): Promise<PartyRecord> {
  const fields = { name: input.name ?? '', phone: input.phone, email: input.email };
  if (input.kind === 'customer') return { kind: 'customer', customerKind: input.customerKind ?? 'person', ...fields };
  if (!input.customerId) return { kind: 'contact', ...fields };
  const customer = await getCustomer({ db, actor, id: input.customerId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found')
      throw invalid({ customerId: 'is not a customer you can see' });
    throw error;
  });
  return { kind: 'contact', ...fields, organisation: customer.kind === 'organization' ? customer.name : null };
}

function partyOf(row: CandidateRow): PartyRecord {
  const fields = { name: row.name, phone: row.phone, email: row.email };
  if (row.kind === 'customer') return { kind: 'customer', customerKind: row.customerKind, ...fields };
  return { kind: 'contact', ...fields, organisation: row.customerKind === 'organization' ? row.customerName : null };
}

/** Which keys met; their values (the phone, the email, the organisation key) are never sent. */
function reasonsOf(match: DuplicateMatch) {
  return match.reasons.map((reason) => {
    if (reason.reason === 'samePhone') return { reason: reason.reason, line: reason.line };
    if (reason.reason === 'sameEmail') return { reason: reason.reason };
    if (reason.reason === 'sameOrganisation') return { reason: reason.reason, placesDiffer: reason.placesDiffer };
    return { reason: reason.reason, score: Math.round(reason.score * 100) / 100 };
  });
}

function present(row: CandidateRow, match: DuplicateMatch): DuplicateCandidate {
  const verdict = match.verdict === 'certain' ? 'certain' : 'likely';
  const role = row.ownerRole;
  if (!row.visible)
    return {
      visible: false,
      verdict,
      reasons: match.reasons.map(({ reason }) => ({ reason })),
      owner: row.ownerId && row.ownerName && role ? { name: row.ownerName, role } : null,
    };
  return {
    visible: true,
    verdict,
    reasons: reasonsOf(match),
    kind: row.kind,
    id: row.id,
    name: row.name,
    ...(row.kind === 'customer'
      ? { customerKind: row.customerKind }
      : { customer: { id: row.customerId, name: row.customerName } }),
    owner: row.ownerId && row.ownerName && role ? { id: row.ownerId, name: row.ownerName, role } : null,
  };
}
