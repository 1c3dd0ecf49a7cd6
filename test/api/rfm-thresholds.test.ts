import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type customerScores, orders } from '../../src/db/schema/index.ts';
import { scoreAgainst } from '../../src/shared/rfm-scoring.ts';
import { insertPurchaseHistory } from '../helpers/purchases.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

/**
 * Stable RFM segments (docs/analytics.md, "RFM"): fixed cut points per score, chosen in the company's
 * analysis settings; F fixed by default; each run records its cut points; a customer's history says
 * why a score moved. Twenty customers bought before June 2025; three of them buy again in June.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let manager: ApiClient;
let ids: Record<string, string>;

const orderCounts = [1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 1, 2, 1, 10];
const names = orderCounts.map((_, i) => `c${i}`);
const touched = ['c0', 'c5', 'c12'];
const untouched = names.filter((name) => !touched.includes(name));
const dayBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

const fixed = {
  recency: { method: 'fixed', cutPoints: [30, 90, 180, 365] },
  frequency: { method: 'fixed', cutPoints: [1, 2, 4, 7] },
  monetary: { method: 'fixed', cutPoints: [100, 300, 1000, 3000] },
};
const quantiles = {
  recency: { method: 'quantiles' },
  frequency: { method: 'quantiles' },
  monetary: { method: 'quantiles' },
};

const put = (client: ApiClient, body: unknown) => client.request('PUT', '/api/v1/analytics/settings', body);

async function run(asOf: string) {
  const response = await manager.post('/api/v1/analytics/runs', { asOf });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; rfmCutPoints: Record<string, { method: string; cutPoints: number[] }> };
}

type Scores = { recencyDays: number | null; frequency: number; monetary: string; r: number; f: number; m: number };
async function scoresOf(runId: string): Promise<Record<string, Scores>> {
  const rows = await server.db.query.customerScores.findMany({ where: (s, { eq }) => eq(s.runId, runId) });
  return Object.fromEntries(
    names.map((name) => {
      const s = rows.find((row) => row.customerId === ids[name]) as typeof customerScores.$inferSelect;
      return [
        name,
        {
          recencyDays: s.recencyDays,
          frequency: s.frequency,
          monetary: s.monetary,
          r: s.rScore!,
          f: s.fScore!,
          m: s.mScore!,
        },
      ];
    }),
  );
}
const pick = (scores: Record<string, Scores>, who: string[]) =>
  Object.fromEntries(who.map((name) => [name, scores[name]]));

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
  ids = await insertPurchaseHistory(
    server.db,
    orderCounts.map((count, i) => ({
      name: names[i],
      purchases: Array.from({ length: count }, (_, k): [string, string] => [
        dayBefore('2025-05-31', ((i * 17) % 300) + k * 20),
        String(40 + ((i * 37 + k * 11) % 200)),
      ]),
    })),
  );
});
afterAll(() => server.close());

describe('RFM scoring settings', () => {
  it('score F against fixed cut points by default, so that F = 2 is reachable, and record the cut points of each run', async () => {
    expect((await manager.get('/api/v1/analytics/settings')).body.rfm).toEqual({
      recency: { method: 'quantiles' },
      frequency: { method: 'fixed', cutPoints: [1, 2, 4, 7] },
      monetary: { method: 'quantiles' },
    });
    const defaults = await run('2025-06-30');
    const scores = await scoresOf(defaults.id);
    // 1 | 2 | 3–4 | 5–7 | 8+ orders.
    for (const name of names) {
      const expected = [0, 1, 2, 3, 3, 4, 4, 4, 5, 5, 5][Math.min(scores[name].frequency, 10)];
      expect(scores[name].f, name).toBe(expected);
    }
    expect(Object.values(scores).filter((s) => s.f === 2)).toHaveLength(4);
    expect(defaults.rfmCutPoints.frequency).toEqual({ method: 'fixed', cutPoints: [1, 2, 4, 7] });
    expect(defaults.rfmCutPoints.recency.method).toBe('quantiles');
    // Quantile cut points are rounded down to whole days and cents, and ascending.
    for (const cut of defaults.rfmCutPoints.recency.cutPoints) expect(Number.isInteger(cut)).toBe(true);
    for (const cut of defaults.rfmCutPoints.monetary.cutPoints) expect(Math.round(cut * 100)).toBeCloseTo(cut * 100, 6);
  });

  it('refuse cut points that are not 4 ascending values in the score’s unit, naming the field', async () => {
    const refused = async (rfm: unknown) => {
      const response = await put(manager, { rfm });
      expect(response.status).toBe(400);
      return response.body.error.fields;
    };
    expect(await refused({ ...fixed, frequency: { method: 'fixed', cutPoints: [1, 2, 2, 4] } })).toEqual({
      'rfm.frequency.cutPoints': 'cut points must be ascending: cut point 3 (2) is not above cut point 2 (2)',
    });
    expect(await refused({ ...fixed, recency: { method: 'fixed', cutPoints: [30, 90, 180] } })).toEqual({
      'rfm.recency.cutPoints': 'fixed thresholds need 4 cut points, between scores 1–2, 2–3, 3–4 and 4–5',
    });
    expect(await refused({ ...fixed, recency: { method: 'fixed' } })).toHaveProperty(['rfm.recency.cutPoints']);
    expect(await refused({ ...fixed, frequency: { method: 'fixed', cutPoints: [1.5, 2, 4, 7] } })).toEqual({
      'rfm.frequency.cutPoints': 'cut point 1 (1.5) must be in whole numbers of orders',
    });
    expect(await refused({ ...fixed, monetary: { method: 'fixed', cutPoints: [0.001, 2, 4, 7] } })).toEqual({
      'rfm.monetary.cutPoints': 'cut point 1 (0.001) must be in amounts with at most 2 decimals',
    });
    expect(await refused({ ...fixed, monetary: { method: 'quantiles', cutPoints: [1, 2, 3, 4] } })).toEqual({
      'rfm.monetary.cutPoints': 'only fixed thresholds have cut points (method "fixed")',
    });
    expect(Object.keys(await refused({ ...fixed, monetary: { method: 'median' } }))).toEqual(['rfm.monetary.method']);
    const overRun = await manager.post('/api/v1/analytics/runs', {
      settings: { rfm: { frequency: { method: 'fixed', cutPoints: [4, 3, 2, 1] } } },
    });
    expect(overRun.status).toBe(400);
    expect(Object.keys(overRun.body.error.fields)).toEqual(['settings.rfm.frequency.cutPoints']);
  });

  it('are changed by managers and administrators only, and read by everyone', async () => {
    const owner = await server.userClient('relationship_manager');
    expect((await put(owner, { rfm: fixed })).status).toBe(403);
    expect((await owner.get('/api/v1/analytics/settings')).status).toBe(200);
    const saved = await put(manager, { rfm: fixed });
    expect(saved.status).toBe(200);
    expect(saved.body.rfm).toEqual(fixed);
    expect((await owner.get('/api/v1/analytics/settings')).body.rfm).toEqual(fixed);
    const audit = await manager.get('/api/v1/audit?entity=setting');
    if (audit.status === 200)
      expect(audit.body.items.map((entry: { entityId: string }) => entry.entityId)).toContain('analytics.settings');
  });
});

describe('fixed cut points', () => {
  let quantile: { before: Record<string, Scores>; after: Record<string, Scores> };
  let fixedScores: { before: Record<string, Scores>; after: Record<string, Scores>; month: Record<string, Scores> };
  let runs: Record<string, Awaited<ReturnType<typeof run>>>;

  beforeAll(async () => {
    runs = {};
    expect((await put(manager, { rfm: fixed })).status).toBe(200);
    runs.fixedBefore = await run('2025-06-30');
    expect((await put(manager, { rfm: quantiles })).status).toBe(200);
    runs.quantileBefore = await run('2025-06-30');
    // Three customers buy big in June.
    await server.db.insert(orders).values(
      touched.flatMap((name) =>
        [1, 2, 3].map((k) => ({
          externalId: `JUNE-${name}-${k}`,
          customerId: ids[name],
          orderedAt: new Date(`2025-06-1${k}T12:00:00+08:00`),
          status: 'paid' as const,
          total: '2000',
        })),
      ),
    );
    runs.quantileAfter = await run('2025-06-30');
    expect((await put(manager, { rfm: fixed })).status).toBe(200);
    runs.fixedAfter = await run('2025-06-30');
    runs.fixedMonth = await run('2025-07-31');
    quantile = { before: await scoresOf(runs.quantileBefore.id), after: await scoresOf(runs.quantileAfter.id) };
    fixedScores = {
      before: await scoresOf(runs.fixedBefore.id),
      after: await scoresOf(runs.fixedAfter.id),
      month: await scoresOf(runs.fixedMonth.id),
    };
  });

  it('leave every customer who did not buy where they were', async () => {
    // With quantiles, the three customers' purchases move customers who did nothing.
    expect(pick(quantile.after, untouched)).not.toEqual(pick(quantile.before, untouched));
    expect(pick(fixedScores.after, untouched)).toEqual(pick(fixedScores.before, untouched));
    expect(runs.fixedAfter.rfmCutPoints).toEqual(runs.fixedBefore.rfmCutPoints);
    for (const name of touched) expect(fixedScores.after[name].f).toBeGreaterThan(fixedScores.before[name].f);
  });

  it('move them a month later only through the days since their last purchase', async () => {
    const cuts = fixed.recency.cutPoints;
    for (const name of untouched) {
      const [then, now] = [fixedScores.after[name], fixedScores.month[name]];
      expect(now.recencyDays).toBe((then.recencyDays as number) + 31);
      expect({ f: now.f, m: now.m, r: now.r }, name).toEqual({
        f: then.f,
        m: then.m,
        r: scoreAgainst('recency', now.recencyDays as number, cuts),
      });
    }
    expect(names.some((name) => fixedScores.month[name].r !== fixedScores.after[name].r)).toBe(true);
  });

  it('explain in a customer’s history why a score moved', async () => {
    type Move = {
      score: string;
      from: number;
      to: number;
      cause: string;
      cutPoint: { position: number; from: number; to: number } | null;
    };
    const history = async (name: string) =>
      (await manager.get(`/api/v1/customers/${ids[name]}/scores`)).body.items as { runId: string; moves: Move[] }[];
    const movesIn = async (name: string, runId: string) =>
      (await history(name)).find((item) => item.runId === runId)?.moves;

    // An untouched customer whose quantile score moved: the cut points moved, and which one.
    const moved = untouched.find((name) => quantile.after[name].m !== quantile.before[name].m) as string;
    const [move] = (await movesIn(moved, runs.quantileAfter.id)) ?? [];
    const [m1, m2] = [
      runs.quantileBefore.rfmCutPoints.monetary.cutPoints,
      runs.quantileAfter.rfmCutPoints.monetary.cutPoints,
    ];
    expect(move).toMatchObject({
      score: 'monetary',
      from: quantile.before[moved].m,
      to: quantile.after[moved].m,
      cause: 'cut_points',
    });
    const position = move.cutPoint?.position as number;
    expect(move.cutPoint).toEqual({ position, from: m1[position - 1], to: m2[position - 1] });
    const value = Number(quantile.after[moved].monetary);
    expect([value > m1[position - 1], value > m2[position - 1]]).toEqual([move.to < move.from, move.to > move.from]);

    // A customer who bought: their own data.
    const own = await movesIn('c0', runs.quantileAfter.id);
    expect(own?.find((m) => m.score === 'monetary')?.cause).toBe('own_data');
    expect(own?.find((m) => m.score === 'frequency')?.cause).toBe('own_data');

    // A month on, with fixed cut points: time.
    const aged = untouched.find((name) => fixedScores.month[name].r !== fixedScores.after[name].r) as string;
    expect(await movesIn(aged, runs.fixedMonth.id)).toEqual([
      {
        score: 'recency',
        from: fixedScores.after[aged].r,
        to: fixedScores.month[aged].r,
        valueBefore: fixedScores.after[aged].recencyDays,
        valueAfter: fixedScores.month[aged].recencyDays,
        cause: 'time',
        methodBefore: 'fixed',
        methodAfter: 'fixed',
        cutPoint: null,
      },
    ]);
  });

  it('take a run’s quantile cut points as fixed ones and give the same scores', async () => {
    const { recency, monetary } = runs.quantileAfter.rfmCutPoints;
    const adopt = {
      recency: { method: 'fixed', cutPoints: recency.cutPoints },
      frequency: { method: 'quantiles' },
      monetary: { method: 'fixed', cutPoints: monetary.cutPoints },
    };
    expect((await put(manager, { rfm: adopt })).status).toBe(200);
    const adopted = await run('2025-06-30');
    expect(await scoresOf(adopted.id)).toEqual(quantile.after);
    expect((await put(manager, { rfm: fixed })).status).toBe(200);
  });
});
