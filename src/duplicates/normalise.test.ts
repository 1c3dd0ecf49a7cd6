import { describe, expect, it } from 'vitest';
import { keyExamples } from './key-examples.ts';
import { alternation, latinPlaceNames, plainPlaceNames } from './key-patterns.ts';
import {
  byCodePoint,
  emailKey,
  organisationKey,
  organisationPlaces,
  personNameKey,
  phoneKey,
  phoneLine,
} from './normalise.ts';
import { branchWords, latinLegalForms, legalFormsAnywhere } from './organisation-words.ts';
import { ambiguousCities, placeSuffixes, prefectureCities, provincialDivisions } from './place-names.ts';

describe.each([
  ['phoneKey', phoneKey, keyExamples.phone],
  ['emailKey', emailKey, keyExamples.email],
  ['organisationKey', organisationKey, keyExamples.organisation],
  ['personNameKey', personNameKey, keyExamples.personName],
] as const)('%s', (_name, key, examples) => {
  it.each(examples)('%j → %j', (text, expected) => {
    expect(key(text)).toBe(expected);
  });

  it('is null for null', () => {
    expect(key(null)).toBeNull();
    expect(key(undefined)).toBeNull();
  });
});

describe('the keys meet and stay apart', () => {
  it('the issue’s example: one company written three ways', () => {
    const keys = ['上海华信办公科技有限公司', '华信办公科技（上海）', '华信办公科技(上海)有限公司'].map(
      organisationKey,
    );
    expect(new Set(keys)).toEqual(new Set(['华信办公科技']));
  });

  it('different companies sharing a place word do not meet', () => {
    expect(organisationKey('上海华信办公科技有限公司')).not.toBe(organisationKey('上海华强办公科技有限公司'));
    expect(organisationKey('上海证券有限公司')).not.toBe(organisationKey('北京证券有限公司'));
    expect(organisationKey('中国银行')).not.toBe(organisationKey('银行'));
    expect(organisationKey('华信办公科技有限公司上海分公司')).not.toBe(organisationKey('华信办公科技有限公司'));
    expect(organisationKey('华信办公科技有限公司上海分公司')).not.toBe(
      organisationKey('华信办公科技有限公司北京分公司'),
    );
  });

  it('a landline meets with and without trunk 0, country code and extension; a mobile with its country code', () => {
    const landline = ['021-12345678', '(021) 1234 5678', '+86 21 1234 5678', '021-12345678 转 8001'];
    expect(new Set(landline.map(phoneKey)).size).toBe(1);
    const mobile = ['13800138000', '+86 138 0013 8000', '0086-13800138000', '86 13800138000'];
    expect(new Set(mobile.map(phoneKey)).size).toBe(1);
    expect(phoneKey('021-12345678')).not.toBe(phoneKey('010-12345678'));
  });

  it('Latin names meet in any word order and case; Chinese names with spaces', () => {
    expect(personNameKey('Wei Zhang')).toBe(personNameKey('zhang wei'));
    expect(personNameKey('王 伟')).toBe(personNameKey('王伟'));
    expect(personNameKey('王伟')).not.toBe(personNameKey('王玮'));
  });
});

describe('phoneLine', () => {
  it('tells mobiles, landlines and foreign numbers apart', () => {
    expect(phoneLine(phoneKey('+86 138 0013 8000')!)).toBe('mobile');
    expect(phoneLine(phoneKey('010-12345678')!)).toBe('landline');
    expect(phoneLine(phoneKey('+1 415 555 0100')!)).toBe('foreign');
  });
});

describe('organisationPlaces', () => {
  it('names the places in Chinese, leading and bracketed, without 中国', () => {
    expect(organisationPlaces('广东省深圳市华信科技（中国）有限公司')).toEqual(['广东', '深圳']);
    expect(organisationPlaces('Acme (Shanghai) Trading Co., Ltd.')).toEqual(['上海']);
    expect(organisationPlaces('华信科技')).toEqual([]);
  });
});

describe('byCodePoint', () => {
  it('orders by code point, as COLLATE "C" does, also beyond the basic plane', () => {
    expect(['𠀋', '\uffff', 'z', 'é'].sort(byCodePoint)).toEqual(['z', 'é', '\uffff', '𠀋']);
  });
});

describe('the word lists', () => {
  const begins = (words: readonly string[]) =>
    words.flatMap((word) => words.filter((other) => other !== word && other.startsWith(word)).map((o) => [word, o]));

  it('hold no word that begins another, so JavaScript and PostgreSQL match the same alternative', () => {
    expect(begins([...plainPlaceNames, ...ambiguousCities])).toEqual([]);
    expect(begins(latinPlaceNames)).toEqual([]);
    expect(begins(placeSuffixes)).toEqual([]);
    expect(begins(branchWords)).toEqual([]);
    // Legal forms at the end or alone in brackets are anchored on both sides; those matched anywhere are not.
    expect(begins(legalFormsAnywhere)).toEqual([]);
  });

  it('hold no place name ending in a suffix, which is cut from a leading place to name it', () => {
    const names = [...plainPlaceNames, ...ambiguousCities, ...latinPlaceNames];
    expect(names.filter((name) => placeSuffixes.some((suffix) => name.endsWith(suffix)))).toEqual([]);
  });

  it('hold the 34 provincial-level divisions and the 293 prefecture-level cities (吉林 is both)', () => {
    expect(new Set(provincialDivisions).size).toBe(34);
    const cities = new Set([...prefectureCities, ...ambiguousCities, '吉林']);
    expect(cities.size).toBe(293);
    expect(prefectureCities.filter((city) => (ambiguousCities as readonly string[]).includes(city))).toEqual([]);
  });

  it('are rendered longest first', () => {
    expect(alternation(['公司', '有限公司', '集团'])).toBe('(?:有限公司|公司|集团)');
    expect(latinLegalForms).toContain('ltd');
  });
});
