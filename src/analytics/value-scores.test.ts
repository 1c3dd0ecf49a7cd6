import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, selectRows } from '../db/client.ts';
import { rankColumn, scorecardColumns, tierOf, tierPosition, weightedRank } from './value-scores.ts';

/** The default "value" pyramid's weights (migration 0005). */
const weights = { revenue: 0.4, profit: 0.3, collected: 0.2, orders: 0.1 };

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
}, 60_000);
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

  it('is missing for a customer with none of the indicators', async () => {
    const [none] = await evaluate(weightedRank({ growth: 1, potential: 3 }), [[0, 0, 0, 0, null, null]]);
    expect(none).toBeNull();
  });
});

describe('tierPosition and tierOf', () => {
  /** Tiers of customers with these composites (null: none) and shares. */
  async function tiers(composites: (number | null)[], shares: number[]) {
    const values = sql.join(
      composites.map((c, i) => sql`(${i}::int, ${c === null ? sql`NULL::float8` : sql`${c}::float8`})`),
      sql`, `,
    );
    const rows = await selectRows<{ tier: number }>(
      database.db,
      sql`SELECT ${tierOf(shares, sql`position`)} AS tier
          FROM (SELECT i, ${tierPosition(sql`composite`)} AS position FROM (VALUES ${values}) AS t(i, composite)) p
          ORDER BY i`,
    );
    return rows.map((row) => row.tier);
  }

  it('places a tie group by its middle and those without a composite in the bottom tier', async () => {
    // Ranked: 0.9 alone (middle 0.5/10 = 5%), 0.5 × 4 (middle 3/10 = 30%), 0.1 × 5 (middle 7.5/10 = 75%).
    const composites = [0.9, 0.5, 0.5, 0.5, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1, null, null];
    expect(await tiers(composites, [0.2, 0.2, 0.6])).toEqual([1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3]);
    // A bound the middle reaches exactly holds the group: 0.5 × 4 spans 10%–50%, middle 30%.
    expect(await tiers(composites, [0.1, 0.2, 0.7])).toEqual([1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3]);
  });

  it('gives every tier the nearest whole number of customers when there are no ties', async () => {
    const composites = Array.from({ length: 20 }, (_, i) => 1 - i / 20);
    const placed = await tiers(composites, [0.01, 0.04, 0.15, 0.8]);
    // 1% of 20 = 0.2 → 0; 5% = 1 → 1; 20% = 4 → 4: customer i has middle (i + 0.5)/20.
    expect(placed.filter((tier) => tier === 1)).toHaveLength(0);
    expect(placed.filter((tier) => tier <= 2)).toHaveLength(1);
    expect(placed.filter((tier) => tier <= 3)).toHaveLength(4);
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

  it('gives no realised value to a customer without purchase indicators, and unknown without potential inputs', async () => {
    const card = scorecardColumns();
    expect(await evaluate(card.realised, [[null, null, null, null, 6, null]])).toEqual(['0']);
    expect(await evaluate(card.quadrant(card.realised, card.potential), [[null, null, null, null, 6, null]])).toEqual([
      'develop',
    ]);
    expect(await evaluate(card.quadrant(card.realised, card.potential), [[6, 6, 6, 6, null, null]])).toEqual([
      'unknown',
    ]);
  });
});
