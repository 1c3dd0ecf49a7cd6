import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  keySimilarity,
  matchReasons,
  nameGrams,
  organisationNameSimilarity,
  type PartyRecord,
  personNameSimilarity,
  similarNameThreshold,
} from './similarity.ts';

describe('nameGrams', () => {
  it('makes CJK bigrams or single characters, and padded trigrams of other words', () => {
    expect([...nameGrams('华信办公', false)]).toEqual(['华信', '信办', '办公']);
    expect([...nameGrams('王伟', true)]).toEqual(['王', '伟']);
    expect([...nameGrams('li', false)]).toEqual(['  l', ' li', 'li ']);
    expect([...nameGrams('david 王伟', false)]).toEqual(['王伟', '  d', ' da', 'dav', 'avi', 'vid', 'id ']);
  });
});

describe('similarity of names', () => {
  it('is 1 for names with the same key and 0 for a missing one', () => {
    expect(personNameSimilarity('Wei Zhang', 'ZHANG wei')).toBe(1);
    expect(organisationNameSimilarity('上海华信办公科技有限公司', '华信办公科技（上海）')).toBe(1);
    expect(personNameSimilarity('王伟', null)).toBe(0);
    expect(keySimilarity('', '')).toBe(0);
  });

  it('keeps different Chinese names apart: one character differs in two or three', () => {
    expect(personNameSimilarity('王伟', '王玮')).toBe(0.5);
    expect(personNameSimilarity('王伟', '张伟')).toBe(0.5);
    expect(personNameSimilarity('王小明', '李小明')).toBe(0.5);
    expect(organisationNameSimilarity('华信办公科技', '华强办公科技')).toBeLessThan(similarNameThreshold);
    expect(organisationNameSimilarity('华信科技', '华信电子')).toBeLessThan(similarNameThreshold);
  });

  it('finds typos and missing words in Latin names, and shortened company names', () => {
    expect(personNameSimilarity('John Smith', 'Jon Smith')).toBeGreaterThanOrEqual(similarNameThreshold);
    expect(personNameSimilarity('Zhangwei', 'Zhang Wei')).toBeGreaterThanOrEqual(similarNameThreshold);
    expect(personNameSimilarity('Zhang Wei', 'Zhang Wei Ming')).toBeGreaterThanOrEqual(similarNameThreshold);
    expect(organisationNameSimilarity('Acme Trading Ltd', 'Acme Trade')).toBeGreaterThanOrEqual(similarNameThreshold);
    expect(organisationNameSimilarity('华信办公科技', '华信办公')).toBe(0.75);
    expect(personNameSimilarity('Wei Zhang', 'Li Na')).toBe(0);
  });

  it('is symmetric, in [0, 1], and 1 exactly for equal keys', () => {
    const name = fc.string({
      unit: fc.constantFrom('王', '伟', '华', '信', '科', '技', 'a', 'b', 'w', 'e', 'i', ' '),
      maxLength: 8,
    });
    fc.assert(
      fc.property(name, name, (a, b) => {
        const score = personNameSimilarity(a, b);
        expect(score).toBe(personNameSimilarity(b, a));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        if (score === 1) expect(personNameSimilarity(a, a)).toBe(1);
      }),
    );
  });
});

const contact = (fields: { name: string; organisation?: string; phone?: string; email?: string }): PartyRecord => ({
  kind: 'contact',
  ...fields,
});
const company = (name: string, fields: { phone?: string; email?: string } = {}): PartyRecord => ({
  kind: 'customer',
  customerKind: 'organization',
  name,
  ...fields,
});

describe('matchReasons', () => {
  it('the issue’s example: one company written two ways is certain', () => {
    const match = matchReasons(company('上海华信办公科技有限公司'), company('华信办公科技（上海）'));
    expect(match).toEqual({
      verdict: 'certain',
      reasons: [{ reason: 'sameOrganisation', key: '华信办公科技', placesDiffer: false }],
    });
  });

  it('two different people named 王伟 with different phones are likely, not certain', () => {
    const a = contact({ name: '王伟', phone: '13800138000', organisation: '华信办公科技有限公司' });
    const b = contact({ name: '王 伟', phone: '13900139000', organisation: '华信办公科技（上海）' });
    expect(matchReasons(a, b)).toEqual({
      verdict: 'likely',
      reasons: [
        { reason: 'sameOrganisation', key: '华信办公科技', placesDiffer: false },
        { reason: 'similarName', score: 1 },
      ],
    });
    const elsewhere = { ...b, organisation: '北京某某贸易有限公司' };
    expect(matchReasons(a, elsewhere).verdict).toBe('likely');
  });

  it('one person: the same mobile and name, the same email and a similar name, or name and organisation', () => {
    const a = contact({ name: 'Zhang Wei', phone: '+86 138 0013 8000' });
    expect(matchReasons(a, contact({ name: 'wei zhang', phone: '138-0013-8000' }))).toEqual({
      verdict: 'certain',
      reasons: [
        { reason: 'samePhone', key: '13800138000', line: 'mobile' },
        { reason: 'similarName', score: 1 },
      ],
    });
    const mail = contact({ name: 'Jon Smith', email: 'JON@acme.com' });
    expect(matchReasons(mail, { kind: 'lead', name: 'John Smith', email: 'jon@ACME.com' }).verdict).toBe('certain');
    const atHuaxin = contact({ name: '王伟', organisation: '华信办公科技有限公司' });
    expect(matchReasons(atHuaxin, { kind: 'lead', name: '王伟', organisation: '上海华信办公科技' }).verdict).toBe(
      'certain',
    );
  });

  it('a shared identifier with a different name is likely; colleagues are not duplicates', () => {
    const a = contact({ name: '王伟', email: 'info@huaxin.cn', phone: '021-12345678', organisation: '华信' });
    const b = contact({ name: '李娜', email: 'INFO@huaxin.cn', phone: '(021) 1234 5678', organisation: '华信' });
    expect(matchReasons(a, b).verdict).toBe('likely');
    expect(
      matchReasons(contact({ name: '王伟', organisation: '华信' }), contact({ name: '李娜', organisation: '华信' })),
    ).toEqual({ verdict: 'none', reasons: [{ reason: 'sameOrganisation', key: '华信', placesDiffer: false }] });
  });

  it('the same key with different places is only likely for companies', () => {
    const match = matchReasons(company('上海华信办公科技有限公司'), company('北京华信办公科技有限公司'));
    expect(match.verdict).toBe('likely');
    expect(match.reasons).toEqual([{ reason: 'sameOrganisation', key: '华信办公科技', placesDiffer: true }]);
  });

  it('companies: a similar name is likely, with a shared phone certain; a shared phone alone likely', () => {
    expect(matchReasons(company('华信办公科技有限公司'), company('华信办公')).verdict).toBe('likely');
    const phone = { phone: '021-12345678' };
    expect(matchReasons(company('华信办公科技有限公司', phone), company('华信办公', phone)).verdict).toBe('certain');
    expect(matchReasons(company('华信办公科技有限公司', phone), company('恒达物流', phone)).verdict).toBe('likely');
    expect(matchReasons(company('华信办公科技', phone), company('华强办公科技')).verdict).toBe('none');
  });

  it('a lead whose company is an existing customer meets it', () => {
    const lead: PartyRecord = { kind: 'lead', name: '赵敏', organisation: 'Acme (Shanghai) Trading Co., Ltd.' };
    expect(matchReasons(lead, company('ACME Trading Co Ltd')).verdict).toBe('certain');
    const person: PartyRecord = { kind: 'customer', customerKind: 'person', name: '赵敏' };
    expect(matchReasons(lead, person)).toEqual({ verdict: 'likely', reasons: [{ reason: 'similarName', score: 1 }] });
  });
});
