/**
 * npm run bench:analytics — a full analysis run (RFM, ABC, loyalty stages, value pyramids, the
 * scorecard) against one hand-written aggregate over the same orders (per customer: last date,
 * count, sum), measured in the same run. On PostgreSQL when DATABASE_URL is set (a scratch
 * database is created on that server and dropped), else on PGlite.
 *   BENCH_CUSTOMERS (default 1,000,000 on PostgreSQL, 100,000 on PGlite)
 *   BENCH_LINES     (default 10,000,000 on PostgreSQL, 1,000,000 on PGlite)
 *   BENCH_REPEAT    (default 3): aggregate, run, aggregate, this many times; the range is printed
 * The runs are as of the business's today, so they read the purchase facts that triggers keep while
 * the history loads (the first run also moves them to today's cutoff). Once more at the end, the same
 * run aggregating every order and line instead (source 'orders'), for comparison.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { sql } from 'drizzle-orm';
import { businessToday, runAnalysis } from '../src/analytics/analytics.service.ts';
import { openDatabase } from '../src/db/client.ts';
import { createServerDatabase } from '../test/helpers/test-server.ts';
import { loadPurchaseHistory } from './analytics-data.ts';

const serverUrl = process.env.DATABASE_URL;
const customers = Number(process.env.BENCH_CUSTOMERS ?? (serverUrl ? 1_000_000 : 100_000));
const lines = Number(process.env.BENCH_LINES ?? (serverUrl ? 10_000_000 : 1_000_000));
const repeat = Number(process.env.BENCH_REPEAT ?? 3);
const scratch = serverUrl ? await createServerDatabase(serverUrl) : undefined;
const database = await openDatabase(scratch ? { url: scratch.url } : { dataDir: 'memory://' });

const seconds = async (work: () => Promise<unknown>) => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
};

try {
  await database.migrate();
  console.log(
    `Loading ${customers.toLocaleString()} customers and ${lines.toLocaleString()} order lines on ${database.kind}…`,
  );
  const load = await seconds(() => loadPurchaseHistory(database.db, customers, lines));
  console.log(`  loaded in ${load.toFixed(1)} s`);
  const asOf = businessToday();
  let attempt = 0;
  const baselineQuery = () => sql`CREATE TEMP TABLE baseline_${sql.raw(String(++attempt))} AS
    SELECT customer_id, max(ordered_at) AS last_at, count(*) AS orders, sum(total) AS revenue
    FROM orders WHERE status = 'paid' GROUP BY customer_id`;
  // Warm the cache once with the aggregate, then measure: aggregate, full run, aggregate again.
  await database.db.execute(baselineQuery());
  const ratios: number[] = [];
  for (let i = 1; i <= repeat; i++) {
    const baselineBefore = await seconds(() => database.db.execute(baselineQuery()));
    const fullRun = await seconds(() => runAnalysis({ db: database.db, actor: null, asOf }));
    const baselineAfter = await seconds(() => database.db.execute(baselineQuery()));
    const baseline = Math.min(baselineBefore, baselineAfter);
    ratios.push(fullRun / baseline);
    console.log(
      `#${i} aggregate ${baselineBefore.toFixed(2)} / ${baselineAfter.toFixed(2)} s, full run ${fullRun.toFixed(2)} s, ` +
        `ratio ${(fullRun / baseline).toFixed(2)}, load average ${loadavg()[0].toFixed(1)}`,
    );
  }
  const fromOrders = await seconds(() => runAnalysis({ db: database.db, actor: null, asOf, source: 'orders' }));
  console.log(`\nMachine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${database.kind}`);
  console.log(
    `Ratio full run / aggregate (goal ≤ 1.5): ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)} over ${repeat} runs`,
  );
  console.log(`The same run aggregating every order and line (source 'orders'): ${fromOrders.toFixed(2)} s`);
} finally {
  await database.close();
  await scratch?.dropDatabase();
}
