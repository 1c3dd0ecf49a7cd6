/** The duplicate check (查重): keys, their SQL twins, name similarity and the verdict of two records. */

export { duplicatesRoutes } from './duplicates.routes.ts';
export { duplicateKeyFunctions, duplicateKeyFunctionsMigration } from './normalise.sql.ts';
export {
  byCodePoint,
  emailKey,
  foldName,
  organisationKey,
  organisationPlaces,
  type PhoneLine,
  personNameKey,
  phoneKey,
  phoneLine,
} from './normalise.ts';
export {
  type DuplicateMatch,
  keySimilarity,
  type MatchReason,
  matchReasons,
  nameGrams,
  organisationNameSimilarity,
  type PartyRecord,
  personNameSimilarity,
  similarNameThreshold,
  type Verdict,
} from './similarity.ts';
