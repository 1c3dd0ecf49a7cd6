import { sql } from 'drizzle-orm';
import { businessTimeZone } from '../config.ts';
import { type Executor, selectRows } from '../db/client.ts';
import { analysisRequests, orders } from '../db/schema/index.ts';

// This file is also loaded by `guanxi import` (through import-rows.ts), which carries only the
// modules it runs: it imports no context's index.

/** What loaded purchases in bulk and asked for the analysis to be made again at once. */
export type AnalysisRequestReason = 'demo' | 'import';

/**
 * Asks for an analysis as of today, in the transaction that writes the purchases: the request
 * commits with them or not at all. The server makes the run soon after (src/analytics/daily-run.ts),
 * and so do `guanxi demo` and `guanxi import` before they end.
 */
export async function requestAnalysis(db: Executor, reason: AnalysisRequestReason) {
  await db.insert(analysisRequests).values({ reason });
}

/**
 * Whether an analysis is asked for and not yet made. A run that is making it deletes the requests in
 * its own transaction, so they are seen until that run commits: this is also "an analysis is running".
 */
export async function analysisRequested(db: Executor): Promise<boolean> {
  const [row] = await selectRows<{ requested: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM ${analysisRequests}) AS requested`,
  );
  return row.requested;
}

/**
 * Deletes the requests this run answers, in the run's transaction (before it reads the purchases, so
 * it sees everything they were made for). Requests another run is taking are skipped, not waited for.
 */
export async function takeAnalysisRequests(tx: Executor): Promise<number> {
  const rows = await selectRows<{ id: number }>(
    tx,
    sql`DELETE FROM ${analysisRequests}
        WHERE id IN (SELECT id FROM ${analysisRequests} FOR UPDATE SKIP LOCKED) RETURNING id`,
  );
  return rows.length;
}

/**
 * Whether any customer has a paid purchase up to the end of `asOf`: a run without one would score
 * nobody (or only prospects) and become the baseline that the next run is compared with.
 */
export async function hasPurchases(db: Executor, asOf: string): Promise<boolean> {
  const [row] = await selectRows<{ found: boolean }>(
    db,
    sql`SELECT EXISTS (
          SELECT 1 FROM ${orders}
          WHERE status = 'paid' AND ordered_at < ((${asOf}::date + 1)::timestamp AT TIME ZONE ${businessTimeZone})
        ) AS found`,
  );
  return row.found;
}
