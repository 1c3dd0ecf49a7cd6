import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysis, runSummary } from '../../src/analytics/analytics.service.ts';
import { loyaltyMeasures } from '../../src/analytics/measures.ts';
import { systemActor } from '../../src/auth/index.ts';
import { selectRows } from '../../src/db/client.ts';
import { customers, valuePyramids } from '../../src/db/schema/index.ts';
import { insertPurchaseHistory } from '../helpers/purchases.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * Definitions shared by several figures (docs/analytics.md), on a history with a customer whose only
 * order is zero-amount (Z) and one who never bought (N). As of 2025-12-31, all purchases in 2025.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let ids: Record<string, string>;
const actor = systemActor('command line');

beforeAll(async () => {
  server = await startTestServer();
  ids = await insertPurchaseHistory(server.db, [
    { name: 'A', purchases: [['2025-01-10', '100']] },
    { name: 'B', purchases: [['2025-02-10', '50']] },
    { name: 'C', purchases: [['2025-03-10', '30']] },
    { name: 'D', purchases: [['2025-04-10', '20']] },
    { name: 'E', purchases: [['2025-05-10', '10']] },
    { name: 'Z', purchases: [['2025-06-10', '0']] },
    { name: 'N' },
  ]);
  await server.db.update(customers).set({ potentialScore: 0 }).where(eq(customers.id, ids.A));
  await server.db.update(customers).set({ potentialScore: 100 }).where(eq(customers.id, ids.N));
});
afterAll(() => server.close());

describe('the top 20% of buyers', () => {
  it('are the same customers in the run summary and the loyalty measures: positive revenue only', async () => {
    const run = await runAnalysis({
      db: server.db,
      actor,
      asOf: '2025-12-31',
      settings: { windowStart: '2025-01-01' },
    });
    const summary = await runSummary({ db: server.db, actor, runId: run.id });
    const measures = await loyaltyMeasures({ db: server.db, actor, from: '2025-01-01', to: '2025-12-31' });
    // Five buyers (Z's zero-amount order is no purchase): the top 20% is one customer, A with 100 of 210.
    expect(summary.abc.buyers).toBe(5);
    expect(summary.abc.topFifthRevenueShare).toBeCloseTo(100 / 210, 9);
    expect(measures.overall?.revenueConcentration).toBeCloseTo(100 / 210, 9);
    expect(measures.overall?.revenueConcentration).toBe(summary.abc.topFifthRevenueShare);
  });
});

describe('tenure', () => {
  it('is missing for a customer who never bought: left out of the weights, not ranked lowest', async () => {
    await server.db
      .insert(valuePyramids)
      .values({ name: 'tenure and potential', weights: { tenure: 1, potential: 1 }, tiers: [0.5, 0.5] });
    const run = await runAnalysis({ db: server.db, actor, asOf: '2025-12-31' });
    const rows = await selectRows<{ customer_id: string; composite: string }>(
      server.db,
      sql`SELECT s.customer_id, s.pyramid_composites[array_position(r.pyramid_ids, p.id)]::text AS composite
          FROM customer_scores s JOIN analysis_runs r ON r.id = s.run_id
          JOIN value_pyramids p ON p.name = 'tenure and potential'
          WHERE s.run_id = ${run.id}`,
    );
    const composite = Object.fromEntries(
      Object.entries(ids).map(([name, id]) => [name, Number(rows.find((row) => row.customer_id === id)?.composite)]),
    );
    // Tenure ranks the six buyers only: Z (the newest) 0, E 0.2, D 0.4, C 0.6, B 0.8, A 1. The potential
    // score ranks A 0 and N 1. N has no tenure, so its composite is its potential rank alone.
    expect(composite).toEqual({ A: 0.5, B: 0.8, C: 0.6, D: 0.4, E: 0.2, Z: 0, N: 1 });
  });
});
