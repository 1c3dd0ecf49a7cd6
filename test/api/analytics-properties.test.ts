import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analytics/analytics.service.ts';
import { rfmSegments } from '../../src/analytics/settings.ts';
import { systemActor } from '../../src/auth/index.ts';
import { type Database, openDatabase } from '../../src/db/client.ts';
import { customerScores } from '../../src/db/schema/index.ts';
import { insertPurchaseHistory } from '../helpers/purchases.ts';

/** Properties of RFM scores, segments and ABC classes over random purchase histories. */
let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
});
afterAll(() => database.close());

const day = fc
  .integer({ min: 0, max: 1500 })
  .map((n) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const amount = fc.integer({ min: 1, max: 50 }).map((n) => `${n * 10}.00`);
const history = fc.array(fc.array(fc.tuple(day, amount), { maxLength: 6 }), { minLength: 1, maxLength: 25 });

async function analyse(purchases: [string, string][][]) {
  await database.db.execute(sql`TRUNCATE customers, orders, analysis_runs CASCADE`);
  await insertPurchaseHistory(
    database.db,
    purchases.map((list, i) => ({ name: `c${i}`, purchases: list })),
  );
  const analysis = runAnalysis({ db: database.db, actor: systemActor('command line'), asOf: '2026-02-01' });
  // Nobody bought by the as-of day: no run is made (it would be the baseline of the next one).
  if (!purchases.some((list) => list.some(([day]) => day <= '2026-02-01'))) {
    await expect(analysis).rejects.toThrow(/Nothing to analyse/);
    return null;
  }
  return database.db
    .select()
    .from(customerScores)
    .where(eq(customerScores.runId, (await analysis).id));
}

describe('analysis properties', () => {
  it('hold for any purchase history', async () => {
    await fc.assert(
      fc.asyncProperty(history, async (purchases) => {
        const scores = await analyse(purchases);
        if (!scores) return;
        expect(scores).toHaveLength(purchases.length);
        const buyers = scores.filter((s) => s.frequency > 0);
        for (const s of scores) {
          if (s.frequency === 0) {
            expect([s.rScore, s.fScore, s.mScore, s.rfmSegment, s.abcClass]).toEqual([
              null,
              null,
              null,
              'prospect',
              'D',
            ]);
            continue;
          }
          for (const score of [s.rScore, s.fScore, s.mScore]) expect(score).toBeGreaterThanOrEqual(1);
          for (const score of [s.rScore, s.fScore, s.mScore]) expect(score).toBeLessThanOrEqual(5);
          expect(rfmSegments).toContain(s.rfmSegment);
        }
        const revenue = buyers.reduce((sum, s) => sum + Number(s.monetary), 0);
        for (const a of buyers) {
          const above = buyers
            .filter((b) => Number(b.monetary) > Number(a.monetary))
            .reduce((sum, b) => sum + Number(b.monetary), 0);
          const share = above / revenue;
          const expected = share < 0.8 ? 'A' : share < 0.95 ? 'B' : 'C';
          expect(a.abcClass, `share above ${share}`).toBe(expected);
          for (const b of buyers) {
            if (a.recencyDays! < b.recencyDays!) expect(a.rScore!).toBeGreaterThanOrEqual(b.rScore!);
            if (a.recencyDays === b.recencyDays) expect(a.rScore).toBe(b.rScore);
            if (a.frequency === b.frequency) expect(a.fScore).toBe(b.fScore);
            if (a.frequency > b.frequency) expect(a.fScore!).toBeGreaterThanOrEqual(b.fScore!);
            if (a.monetary === b.monetary) expect(a.mScore).toBe(b.mScore);
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});
