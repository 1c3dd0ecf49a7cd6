import { describe, expect, it } from 'vitest';
import { explainScoreMoves, type ScoredInRun } from './rfm-moves.ts';
import type { RunRfmCutPoints } from './rfm-scoring.ts';

const cuts = (recency: number[], frequency: number[], monetary: number[]): RunRfmCutPoints => ({
  recency: { method: 'quantiles', cutPoints: recency },
  frequency: { method: 'fixed', cutPoints: frequency },
  monetary: { method: 'quantiles', cutPoints: monetary },
});
const run = (values: Partial<ScoredInRun>): ScoredInRun => ({
  lastPurchaseDay: '2025-06-01',
  recencyDays: 95,
  frequency: 2,
  monetary: '300.00',
  rScore: 3,
  fScore: 2,
  mScore: 3,
  cutPoints: cuts([30, 60, 100, 200], [1, 2, 4, 7], [100, 200, 400, 800]),
  ...values,
});

describe('why a customer moved between two runs', () => {
  it('says the population moved when only the cut points did, naming the cut point crossed', () => {
    const before = run({});
    const after = run({ rScore: 2, cutPoints: cuts([30, 60, 90, 200], [1, 2, 4, 7], [100, 200, 400, 800]) });
    expect(explainScoreMoves(before, after)).toEqual([
      {
        score: 'recency',
        from: 3,
        to: 2,
        valueBefore: 95,
        valueAfter: 95,
        cause: 'cut_points',
        methodBefore: 'quantiles',
        methodAfter: 'quantiles',
        cutPoint: { position: 3, from: 100, to: 90 },
      },
    ]);
  });

  it('tells new orders from the passage of time', () => {
    const before = run({});
    const later = run({ recencyDays: 130, rScore: 2 });
    expect(explainScoreMoves(before, later).map((m) => [m.score, m.cause, m.cutPoint])).toEqual([
      ['recency', 'time', null],
    ]);
    const bought = run({ lastPurchaseDay: '2025-09-01', recencyDays: 3, rScore: 5, frequency: 3, fScore: 3 });
    expect(explainScoreMoves(before, bought).map((m) => [m.score, m.from, m.to, m.cause])).toEqual([
      ['recency', 3, 5, 'own_data'],
      ['frequency', 2, 3, 'own_data'],
    ]);
  });

  it('weighs value and cut points when both changed', () => {
    const before = run({});
    // Revenue 300 → 350; the cut point 400 fell to 280, which 300 is above already: the cut points did it.
    const after = run({
      monetary: '350.00',
      mScore: 4,
      cutPoints: cuts([30, 60, 100, 200], [1, 2, 4, 7], [100, 200, 280, 800]),
    });
    expect(explainScoreMoves(before, after)).toMatchObject([
      {
        score: 'monetary',
        cause: 'cut_points',
        valueBefore: '300.00',
        valueAfter: '350.00',
        cutPoint: { position: 3, from: 400, to: 280 },
      },
    ]);
    // 300 → 1000 passes two cut points; the cut points also rose, yet the old ones give the same score.
    const grew = run({
      monetary: '1000.00',
      mScore: 5,
      cutPoints: cuts([30, 60, 100, 200], [1, 2, 4, 7], [100, 250, 450, 900]),
    });
    expect(explainScoreMoves(before, grew)).toMatchObject([{ score: 'monetary', cause: 'own_data', cutPoint: null }]);
    // Neither alone: 350 is below the old 400, and 300 below the new 320; 350 above 320 scores 4.
    const both = run({
      monetary: '350.00',
      mScore: 4,
      cutPoints: cuts([30, 60, 100, 200], [1, 2, 4, 7], [100, 200, 320, 800]),
    });
    expect(explainScoreMoves(before, both)).toMatchObject([
      { score: 'monetary', cause: 'own_data_and_cut_points', cutPoint: { position: 3, from: 400, to: 320 } },
    ]);
  });

  it('cannot tell when an older run did not record its cut points, unless the value stayed', () => {
    const before = run({ cutPoints: null });
    expect(explainScoreMoves(before, run({ recencyDays: 130, rScore: 2 }))[0].cause).toBe('unknown');
    expect(explainScoreMoves(before, run({ rScore: 2 }))[0].cause).toBe('cut_points');
  });

  it('counts a first purchase as the customer’s own data', () => {
    const prospect = run({
      lastPurchaseDay: null,
      recencyDays: null,
      frequency: 0,
      monetary: '0.00',
      rScore: null,
      fScore: null,
      mScore: null,
    });
    expect(explainScoreMoves(prospect, run({})).map((m) => [m.score, m.from, m.to, m.cause])).toEqual([
      ['recency', null, 3, 'own_data'],
      ['frequency', null, 2, 'own_data'],
      ['monetary', null, 3, 'own_data'],
    ]);
  });
});
