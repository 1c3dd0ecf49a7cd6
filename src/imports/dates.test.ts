import { describe, expect, it } from 'vitest';
import { parseDateTime } from './dates.ts';

describe('parseDateTime', () => {
  it('reads the usual date forms', () => {
    for (const raw of [
      '2024-01-31',
      '2024/1/31',
      '2024.01.31',
      '20240131',
      '2024年1月31日',
      '2024年01月31',
      ' 2024-01-31 ',
    ])
      expect(parseDateTime(raw), raw).toEqual({ value: '2024-01-31 00:00:00' });
  });

  it('reads times, fractions of a second and offsets', () => {
    expect(parseDateTime('2024/1/31 9:05')).toEqual({ value: '2024-01-31 09:05:00' });
    expect(parseDateTime('2024-01-31T23:59:59')).toEqual({ value: '2024-01-31 23:59:59' });
    expect(parseDateTime('2024-01-31 10:00:00.250')).toEqual({ value: '2024-01-31 10:00:00.250' });
    expect(parseDateTime('20240131 10:30')).toEqual({ value: '2024-01-31 10:30:00' });
    expect(parseDateTime('2024-01-31T10:00:00Z')).toEqual({ value: '2024-01-31 10:00:00Z' });
    expect(parseDateTime('2024-01-31T10:00:00+08:00')).toEqual({ value: '2024-01-31 10:00:00+08:00' });
    expect(parseDateTime('2024-01-31 10:00 +0800')).toEqual({ value: '2024-01-31 10:00:00+08:00' });
    expect(parseDateTime('2024-01-31 10:00-05')).toEqual({ value: '2024-01-31 10:00:00-05:00' });
    expect(parseDateTime('２０２４－０１－３１')).toEqual({ value: '2024-01-31 00:00:00' });
  });

  it('knows the calendar', () => {
    expect(parseDateTime('2024-02-29')).toEqual({ value: '2024-02-29 00:00:00' });
    expect(parseDateTime('2023-02-29')).toEqual({ error: 'is not a calendar date' });
    expect(parseDateTime('2024-04-31')).toEqual({ error: 'is not a calendar date' });
    expect(parseDateTime('2024-13-01')).toEqual({ error: 'is not a calendar date' });
    expect(parseDateTime('2024-01-31 24:00')).toEqual({ error: 'is not a time of day' });
    expect(parseDateTime('1899-12-31')).toEqual({ error: 'has a year outside 1900–2999' });
    expect(parseDateTime('2024-01-31 10:00+15:00')).toEqual({ error: 'has an impossible UTC offset' });
  });

  it('refuses ambiguous or foreign forms', () => {
    for (const raw of ['31/01/2024', '01/31/2024', '2024-1', 'yesterday', '45321', '2024-01-31 10', '2024-01/31'])
      expect(parseDateTime(raw), raw).toHaveProperty('error');
  });
});
