import { closingBrackets, keyPatterns, openingBrackets } from './key-patterns.ts';

/**
 * The duplicate keys of normalise.ts as SQL functions, to back generated columns and indexes:
 * guanxi_phone_key(text), guanxi_email_key(text), guanxi_organisation_key(text) and
 * guanxi_person_name_key(text), with their helpers guanxi_name_fold, guanxi_tidy_spaces and
 * guanxi_phone_national. All are IMMUTABLE, STRICT (null gives null) and PARALLEL SAFE, plain SQL and
 * PL/pgSQL with no extension, so PGlite runs them; they use normalize() (PostgreSQL 13+, UTF-8 database).
 * Each step mirrors normalise.ts, with the regular expressions rendered from the same source
 * (key-patterns.ts); normalise.sql.test.ts checks that both give the same keys.
 *
 * Not a migration yet: put `duplicateKeyFunctionsMigration` in the migration that adds the key columns.
 * A later change of the word lists needs a new migration with the new functions and a rewrite of the
 * stored keys (a generated column's expression cannot be changed in place).
 */

const pattern = keyPatterns('pg');
/** A standard-conforming string literal. */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const fold = `CREATE OR REPLACE FUNCTION guanxi_name_fold(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT translate(normalize(regexp_replace(normalize(name, NFKD), ${literal(pattern.marks)}, '', 'g'), NFC),
    '${upper}', '${upper.toLowerCase()}')
$fn$`;

const tidySpaces = `CREATE OR REPLACE FUNCTION guanxi_tidy_spaces(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT regexp_replace(regexp_replace(t, ' {2,}', ' ', 'g'), '^ | $', '', 'g')
$fn$`;

const unifyBrackets = (text: string) =>
  `translate(translate(${text}, ${literal(openingBrackets)}, ${literal('('.repeat(Array.from(openingBrackets).length))}),
    ${literal(closingBrackets)}, ${literal(')'.repeat(Array.from(closingBrackets).length))})`;

const phoneNational = `CREATE OR REPLACE FUNCTION guanxi_phone_national(dialled text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT CASE
    WHEN left(dialled, 1) = '+' THEN
      CASE WHEN left(d, 2) = '86' THEN regexp_replace(substr(d, 3), '^0', '') ELSE '00' || d END
    WHEN left(d, 4) = '0086' THEN regexp_replace(substr(d, 5), '^0', '')
    WHEN left(d, 2) = '00' THEN d
    WHEN left(d, 1) = '0' THEN substr(d, 2)
    WHEN d ~ '^861[3-9][0-9]{9}$' THEN substr(d, 3)
    ELSE d
  END
  FROM (SELECT regexp_replace(dialled, '[^0-9]', '', 'g') AS d) AS digits
$fn$`;

const phoneKey = `CREATE OR REPLACE FUNCTION guanxi_phone_key(phone text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  dialled text;
  dash_group text[];
  head text;
  national text;
BEGIN
  dialled := (regexp_match(regexp_replace(normalize(phone, NFKC), ${literal(pattern.spaces)}, '', 'g'),
    ${literal(`(${pattern.phoneRun})`)}))[1];
  IF dialled IS NULL THEN RETURN NULL; END IF;
  dialled := regexp_replace(dialled, '[().]', '', 'g');
  dash_group := regexp_match(dialled, ${literal(pattern.phoneDashGroup)});
  IF dash_group IS NOT NULL THEN
    head := guanxi_phone_national(dash_group[1]);
    IF left(head, 2) <> '00' AND length(head) >= 9 THEN dialled := dash_group[1]; END IF;
  END IF;
  national := guanxi_phone_national(dialled);
  IF length(national) >= 7 AND national !~ '^([0-9])\\1*$' THEN RETURN national; END IF;
  RETURN NULL;
END
$fn$`;

const emailKey = `CREATE OR REPLACE FUNCTION guanxi_email_key(email text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  parts text[];
  local_part text;
  domain_part text;
BEGIN
  parts := regexp_match(regexp_replace(translate(regexp_replace(normalize(email, NFKC), ${literal(pattern.spaces)}, '', 'g'),
    '${upper}', '${upper.toLowerCase()}'), '^mailto:', ''), ${literal(pattern.emailParts)});
  IF parts IS NULL THEN RETURN NULL; END IF;
  local_part := parts[1];
  domain_part := regexp_replace(parts[2], '\\.+$', '');
  IF domain_part IN ('gmail.com', 'googlemail.com') THEN
    local_part := replace(regexp_replace(local_part, '\\+.*$', ''), '.', '');
    domain_part := 'gmail.com';
  END IF;
  IF local_part = '' OR domain_part = '' THEN RETURN NULL; END IF;
  RETURN local_part || '@' || domain_part;
END
$fn$`;

const organisationKey = `CREATE OR REPLACE FUNCTION guanxi_organisation_key(name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  t text;
  with_brackets text;
  bracketed_places text[];
  leading_places text[] := '{}';
  rest text;
  core text;
BEGIN
  t := replace(${unifyBrackets('guanxi_name_fold(name)')}, '.', '');
  t := regexp_replace(t, ${literal(pattern.separatorsButParentheses)}, ' ', 'g');
  t := guanxi_tidy_spaces(regexp_replace(t, ${literal(pattern.bracketedLegalForm)}, ' ', 'g'));
  with_brackets := t;
  IF strpos(t, '(') > 0 THEN t := regexp_replace(t, ${literal(pattern.bracketedPlace)}, ' ', 'g'); END IF;
  t := guanxi_tidy_spaces(regexp_replace(t, ${literal(pattern.legalFormAnywhere)}, ' ', 'g'));
  LOOP
    rest := regexp_replace(t, ${literal(pattern.leadingPlace)}, '');
    EXIT WHEN rest = t;
    leading_places := leading_places || regexp_replace(left(t, length(t) - length(rest)), ${literal(pattern.placeSuffixAtEnd)}, '');
    t := guanxi_tidy_spaces(rest);
  END LOOP;
  WHILE t !~ ${literal(pattern.branch)} AND t ~ ${literal(pattern.trailingLegalForm)} LOOP
    t := guanxi_tidy_spaces(regexp_replace(t, ${literal(pattern.trailingLegalForm)}, ''));
  END LOOP;
  core := regexp_replace(t, '[ ()]', '', 'g');
  IF length(core) < 3 THEN
    -- Only a short name needs the bracketed places back (a query here costs more than all the rest).
    bracketed_places := ARRAY(SELECT m[1] FROM regexp_matches(with_brackets, ${literal(pattern.bracketedPlace)}, 'g')
      WITH ORDINALITY AS r(m, n) ORDER BY n);
    core := array_to_string(leading_places || bracketed_places, '') || core;
  END IF;
  RETURN nullif(core, '');
END
$fn$`;

const personNameKey = `CREATE OR REPLACE FUNCTION guanxi_person_name_key(name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  t text;
BEGIN
  t := regexp_replace(${unifyBrackets('guanxi_name_fold(name)')}, ${literal(pattern.bracketedAside)}, ' ', 'g');
  t := regexp_replace(t, ${literal(pattern.apostrophes)}, '', 'g');
  t := regexp_replace(t, ${literal(pattern.separators)}, ' ', 'g');
  t := guanxi_tidy_spaces(regexp_replace(t, ${literal(pattern.spaceWithinCjk)}, '', 'g'));
  IF t = '' THEN RETURN NULL; END IF;
  IF strpos(t, ' ') = 0 THEN RETURN t; END IF;
  RETURN array_to_string(ARRAY(SELECT w FROM unnest(string_to_array(t, ' ')) AS w ORDER BY w COLLATE "C"), ' ');
END
$fn$`;

/** The CREATE FUNCTION statements, helpers first, to run one by one. */
export const duplicateKeyFunctions: readonly string[] = [
  fold,
  tidySpaces,
  phoneNational,
  phoneKey,
  emailKey,
  organisationKey,
  personNameKey,
];

/** The same, as drizzle-kit migration text (statements separated by its breakpoint marker). */
export const duplicateKeyFunctionsMigration = `${duplicateKeyFunctions.join(';\n--> statement-breakpoint\n')};\n`;
