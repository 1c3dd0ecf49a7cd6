import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, selectRows } from '../db/client.ts';
import { rankColumn, scorecardColumns, weightedRank } from './value-scores.ts';

/** The default "value" pyramid's weights (migration 0005). */
const weights = { revenue: 0.4, profit: 0.3, collected: 0.2, orders: 0.1 };

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
});
afterAll(() => database.close());

/** Evaluates an expression over rows of ranks given in sixths (ranks are k ÷ (n − 1); here n = 7), null for none. */
async function evaluate(expression: ReturnType<typeof weightedRank>, rows: (number | null)[][]) {
  const names = ['revenue', 'profit', 'collected', 'orders', 'growth', 'potential'] as const;
  const values = sql.join(
    rows.map(
      (row) =>
        sql`(${sql.join(
          row.map((k) => (k === null ? sql`NULL::float8` : sql`${k}::float8 / 6`)),
          sql`, `,
        )})`,
    ),
    sql`, `,
  );
  const columns = sql.join(
    names.map((name) => rankColumn(name)),
    sql`, `,
  );
  const results = await selectRows<{ value: string }>(
    database.db,
    sql`SELECT (${expression})::text AS value FROM (VALUES ${values}) AS t(${columns})`,
  );
  return results.map((row) => row.value);
}

describe('weightedRank', () => {
  it('gives composites that are equal in exact arithmetic the same value (they tie)', async () => {
    // 0.4·0 + 0.3·0 + 0.2·0 + 0.1·3/6 = 0.4·0 + 0.3·1/6 + 0.2·0 + 0.1·0 = 1/20; unrounded floats differ.
    const [a, b] = await evaluate(weightedRank(weights), [
      [0, 0, 0, 3, 0, 0],
      [0, 1, 0, 0, 0, 0],
    ]);
    expect(a).toBe(b);
    expect(Number(a)).toBeCloseTo(0.05, 12);
  });

  it('weighs only the indicators a customer has', async () => {
    const expression = weightedRank({ growth: 1, potential: 3 });
    const [value] = await evaluate(expression, [[0, 0, 0, 0, 3, 6]]);
    expect(Number(value)).toBeCloseTo((0.5 + 3) / 4, 12);
    const [onlyGrowth] = await evaluate(expression, [[0, 0, 0, 0, 3, null]]);
    expect(Number(onlyGrowth)).toBeCloseTo(0.5, 12);
  });
});

describe('scorecardColumns', () => {
  it('puts a realised value of exactly one half in the upper half', async () => {
    const card = scorecardColumns();
    const quadrant = card.quadrant(card.realised, card.potential);
    // realised = (mean(6/6, 1/6) + mean(3/6, 2/6)) / 2 = 1/2; potential = mean(6/6, 6/6) = 1.
    expect(await evaluate(quadrant, [[6, 1, 3, 2, 6, 6]])).toEqual(['key']);
    expect(await evaluate(quadrant, [[6, 1, 3, 1, 6, 6]])).toEqual(['develop']);
  });
});
