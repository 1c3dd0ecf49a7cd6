import { describe, expect, it } from 'vitest';
import { normaliseQuery, queryGrams, queryNeedles } from './search.ts';

describe('queryGrams', () => {
  it('uses the single character for a one-character Chinese query', () => {
    expect(queryGrams('张')).toEqual(['张']);
  });

  it('uses the two-character grams for longer queries', () => {
    expect(queryGrams('张伟')).toEqual(['张伟']);
    expect(queryGrams('张三丰')).toEqual(['张三', '三丰']);
    expect(queryGrams('abc')).toEqual(['ab', 'bc']);
  });

  it('has no gram for one ASCII character and none that spans white space', () => {
    expect(queryGrams('a')).toEqual([]);
    expect(queryGrams('zhang wei')).toEqual(['zh', 'ha', 'an', 'ng', 'we', 'ei']);
    expect(queryGrams('张 伟')).toEqual(['张', '伟']);
  });

  it('counts characters outside the basic plane as one', () => {
    expect(queryGrams('𠀋')).toEqual(['𠀋']);
  });
});

describe('normaliseQuery', () => {
  it('lower-cases text and strips phone punctuation', () => {
    expect(normaliseQuery('  Zhang@Example.COM ')).toBe('zhang@example.com');
    expect(normaliseQuery('138-0013 8000')).toBe('13800138000');
    expect(normaliseQuery('+86 (10) 1234')).toBe('+86101234');
  });

  it('leaves short numbers and mixed text alone', () => {
    expect(normaliseQuery('1-2')).toBe('1-2');
    expect(normaliseQuery('room 101')).toBe('room 101');
  });
});

describe('queryNeedles', () => {
  it('looks for a phone-like query both as digits and as typed (a customer code such as 2024-001)', () => {
    expect(queryNeedles('2024-001')).toEqual(['2024001', '2024-001']);
    expect(queryNeedles(' 13800138000 ')).toEqual(['13800138000']);
    expect(queryNeedles('KH-0001')).toEqual(['kh-0001']);
  });
});
