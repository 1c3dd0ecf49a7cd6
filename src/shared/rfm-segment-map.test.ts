import { describe, expect, it } from 'vitest';
import { defaultSegmentRules, expandSegmentRules } from './rfm-segment-map.ts';

describe('the R×F segment map', () => {
  it('assigns every one of the 25 cells once by default', () => {
    const cells = expandSegmentRules(defaultSegmentRules);
    expect(Object.keys(cells)).toHaveLength(25);
    expect([cells['55'], cells['11'], cells['15'], cells['51'], cells['33']]).toEqual([
      'champions',
      'hibernating',
      'cant_lose_them',
      'new',
      'need_attention',
    ]);
  });

  it('refuses maps that leave a cell out or assign one twice', () => {
    expect(() => expandSegmentRules({ '[1-5][1-4]': 'loyal' })).toThrow(/no segment for R×F cells 15, 25/);
    expect(() => expandSegmentRules({ ...defaultSegmentRules, '55': 'loyal' })).toThrow(/R5 F5 is assigned twice/);
    expect(() => expandSegmentRules({ '[0-5]1': 'loyal' })).toThrow(/not two score classes/);
  });
});
