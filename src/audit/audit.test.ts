import { describe, expect, it } from 'vitest';
import { changedFields } from './audit.repo.ts';

describe('changedFields', () => {
  it('lists only the fields that changed, before and after', () => {
    expect(
      changedFields({ name: '张伟', region: '深圳', tags: ['a'] }, { name: '张伟', region: '北京', tags: ['a'] }),
    ).toEqual({
      region: { before: '深圳', after: '北京' },
    });
  });

  it('treats missing as null and compares arrays and dates by value', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    expect(changedFields(undefined, { name: 'x', phone: undefined, seen: at })).toEqual({
      name: { before: null, after: 'x' },
      seen: { before: null, after: at.toISOString() },
    });
    expect(changedFields({ tags: ['a', 'b'] }, { tags: ['a', 'b'] })).toEqual({});
  });

  it('never records password hashes or derived search columns', () => {
    expect(changedFields({ passwordHash: 'a', searchText: 'x' }, { passwordHash: 'b', searchText: 'y' })).toEqual({});
  });
});
