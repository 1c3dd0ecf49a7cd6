import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysisIfDue } from '../../src/analytics/daily-run.ts';
import { analysisRuns } from '../../src/db/schema/index.ts';
import { insertPurchaseHistory } from '../helpers/purchases.ts';
import { startTestServer } from '../helpers/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
  await insertPurchaseHistory(server.db, [{ name: 'A', purchases: [['2025-05-01', '10']] }]);
});
afterAll(() => server.close());

describe('the daily analysis', () => {
  it('runs once a day after its hour, even when asked twice at once', async () => {
    expect(await runAnalysisIfDue({ db: server.db, now: new Date('2025-06-01T01:00:00+08:00') })).toBeNull();
    const at = new Date('2025-06-01T03:00:00+08:00');
    const results = await Promise.all([
      runAnalysisIfDue({ db: server.db, now: at }),
      runAnalysisIfDue({ db: server.db, now: at }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await runAnalysisIfDue({ db: server.db, now: new Date('2025-06-01T23:00:00+08:00') })).toBeNull();
    const runs = await server.db.select().from(analysisRuns).where(eq(analysisRuns.asOf, '2025-06-01'));
    expect(runs).toHaveLength(1);
    expect(runs[0].customerCount).toBe(1);
    expect(await runAnalysisIfDue({ db: server.db, now: new Date('2025-06-02T03:00:00+08:00') })).not.toBeNull();
  });
});
