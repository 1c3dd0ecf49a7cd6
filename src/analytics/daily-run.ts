import { and, eq, isNull, sql } from 'drizzle-orm';
import { systemActor } from '../auth/index.ts';
import { businessTimeZone } from '../config.ts';
import type { Db } from '../db/client.ts';
import { analysisRuns } from '../db/schema/index.ts';
import { runAnalysis } from './analytics.service.ts';

/** The hour of the day (business time zone) after which the daily analysis runs. */
export const dailyAnalysisHour = Number(process.env.GUANXI_DAILY_ANALYSIS_HOUR ?? 2);

const localDayAndHour = (now: Date) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: businessTimeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
};

/**
 * Runs today's scheduled analysis once it is due and not yet done. Safe with several server
 * processes on one PostgreSQL: a transaction-scoped advisory lock lets one of them do it, and the
 * others find the run already there.
 */
export async function runDailyAnalysisIfDue(options: { db: Db; now?: Date }): Promise<string | null> {
  const { day, hour } = localDayAndHour(options.now ?? new Date());
  if (hour < dailyAnalysisHour) return null;
  return options.db.transaction(async (tx) => {
    const [{ locked }] = (
      (await tx.execute(
        sql`SELECT pg_try_advisory_xact_lock(hashtext('guanxi.daily_analysis')) AS locked`,
      )) as unknown as {
        rows: { locked: boolean }[];
      }
    ).rows;
    if (!locked) return null;
    const done = await tx.$count(analysisRuns, and(eq(analysisRuns.asOf, day), isNull(analysisRuns.createdBy)));
    if (done) return null;
    const run = await runAnalysis({ db: tx as unknown as Db, actor: systemActor('scheduler'), asOf: day });
    return run.id;
  });
}

/** Checks every `intervalMs` whether the daily analysis is due; returns a function that stops it. */
export function startDailyAnalysis(options: { db: Db; intervalMs?: number; onError: (error: unknown) => void }) {
  const check = () => runDailyAnalysisIfDue({ db: options.db }).catch(options.onError);
  const timer = setInterval(check, options.intervalMs ?? 10 * 60_000);
  timer.unref();
  void check();
  return () => clearInterval(timer);
}
