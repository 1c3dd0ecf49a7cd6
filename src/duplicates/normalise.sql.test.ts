import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, selectRows } from '../db/client.ts';
import { keyExamples } from './key-examples.ts';
import { duplicateKeyFunctions } from './normalise.sql.ts';
import { emailKey, organisationKey, personNameKey, phoneKey } from './normalise.ts';
import { latinLegalForms, legalFormSuffixes } from './organisation-words.ts';
import { ambiguousCities, latinPlaces, placeSuffixes, provincialDivisions } from './place-names.ts';

/** The SQL functions give the keys normalise.ts gives, on a real PGlite. */
let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  for (const statement of duplicateKeyFunctions) await database.db.execute(sql.raw(statement));
}, 60_000);
afterAll(() => database.close());

const keys = {
  guanxi_phone_key: phoneKey,
  guanxi_email_key: emailKey,
  guanxi_organisation_key: organisationKey,
  guanxi_person_name_key: personNameKey,
} as const;
type KeyFunction = keyof typeof keys;

async function sqlKey(fn: KeyFunction, text: string | null): Promise<string | null> {
  const [row] = await selectRows<{ key: string | null }>(database.db, sql`SELECT ${sql.raw(fn)}(${text}::text) AS key`);
  return row.key;
}

describe.each([
  ['guanxi_phone_key', keyExamples.phone],
  ['guanxi_email_key', keyExamples.email],
  ['guanxi_organisation_key', keyExamples.organisation],
  ['guanxi_person_name_key', keyExamples.personName],
] as const)('%s', (fn, examples) => {
  it('gives the hand-picked keys', async () => {
    for (const [text, expected] of examples) expect(await sqlKey(fn, text), text).toBe(expected);
    expect(await sqlKey(fn, null)).toBeNull();
  });
});

/** Fragments the keys treat specially, glued at random so that they meet in every order. */
const fragment = (...pieces: string[]) => fc.constantFrom(...pieces);
const spacing = fragment(' ', '  ', '\u3000', '\u00a0', '\t', '', '-', '·', '.', ',', '，', '、', '&', "'", '’');
const brackets = fragment('(', ')', '（', '）', '【', '】', '[', ']', '《', '》', '「', '」', '〔', '〕', '<', '>');
const letters = fragment(
  'a',
  'Z',
  'é',
  'É',
  'ß',
  'ø',
  'Ａ',
  'ｚ',
  'Ω',
  'ж',
  'ﬁ',
  '①',
  '㈱',
  'ｶﾞ',
  '한',
  'の',
  '𠀋',
  '豈',
);
const han = fragment('华', '信', '办', '公', '科', '技', '王', '伟', '张', '三', '银', '行', '〇', '々');
const digits = fragment('0', '1', '8', '6', '9', '０', '１', '８', '６', '+', '＋', '#', '转', 'ext', 'x', '/', '分机');
const words = fc.oneof(
  fc.constantFrom(...provincialDivisions, ...ambiguousCities, ...placeSuffixes, '中国', '深圳', '苏州', '银行'),
  fc.constantFrom(...legalFormSuffixes, '有限公司', '有限责任公司', '股份有限公司', '分公司', '办事处'),
  fc.constantFrom(...Object.keys(latinPlaces), ...latinLegalForms, 'China', 'Co.,Ltd.', 'S.A.', 'Acme', 'wei', 'Zhang'),
);
const text = (...parts: fc.Arbitrary<string>[]) =>
  fc.array(fc.oneof(...parts), { maxLength: 14 }).map((pieces) => pieces.join(''));

const nameText = text(words, words, han, han, letters, spacing, spacing, brackets);
const phoneText = text(digits, digits, digits, digits, spacing, brackets, fragment('+86', '0086', '86', '021', '138'));
const emailText = fc.oneof(
  text(letters, digits, spacing, fragment('@', '＠', '.', '+', 'gmail.com', 'GoogleMail.com', 'qq.com', 'mailto:')),
  fc.emailAddress(),
);

describe('the SQL functions and normalise.ts', () => {
  const agree = (fn: KeyFunction, texts: fc.Arbitrary<string>, numRuns: number) =>
    fc.assert(
      fc.asyncProperty(texts, async (value) => {
        expect(await sqlKey(fn, value), JSON.stringify(value)).toBe(keys[fn](value));
      }),
      { numRuns },
    );

  it('give the same organisation key', () => agree('guanxi_organisation_key', nameText, 400), 60_000);
  it('give the same person name key', () => agree('guanxi_person_name_key', nameText, 300), 60_000);
  it('give the same phone key', () => agree('guanxi_phone_key', phoneText, 400), 60_000);
  it('give the same email key', () => agree('guanxi_email_key', emailText, 300), 60_000);
  it('give the same keys for any short text', async () => {
    const unit = fc.oneof(
      fc.constantFrom('(', ')', ' ', '-', '+', '@', '.', '1', '8'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    );
    const anyText = fc.array(unit, { maxLength: 12 }).map((units) => units.join('').replace(/\0/g, ''));
    await fc.assert(
      fc.asyncProperty(anyText, async (value) => {
        for (const fn of Object.keys(keys) as KeyFunction[])
          expect(await sqlKey(fn, value), `${fn} ${JSON.stringify(value)}`).toBe(keys[fn](value));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
