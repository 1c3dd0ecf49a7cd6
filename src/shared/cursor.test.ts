import { describe, expect, it } from 'vitest';
import { AppError } from '../server/errors.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

describe('keyset cursors', () => {
  it('round-trip a date or text and an id', () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    expect(decodeCursor(encodeCursor(at, 'id-1'))).toEqual({ value: at.toISOString(), id: 'id-1' });
    expect(decodeCursor(encodeCursor('张伟', 'id-2'))).toEqual({ value: '张伟', id: 'id-2' });
  });

  it('reject anything else with a 400', () => {
    for (const bad of [
      '',
      'abc',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('{}').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad)).toThrow(AppError);
      try {
        decodeCursor(bad);
      } catch (error) {
        expect((error as AppError).status).toBe(400);
      }
    }
  });
});
