import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Caller, systemActor } from '../auth/index.ts';
import { businessTimeZone } from '../config.ts';
import { type Db, type Executor, selectRows } from '../db/client.ts';
import { analysisRuns } from '../db/schema/index.ts';
import { analysisRequested, hasPurchases, takeAnalysisRequests } from './analysis-requests.ts';
import { runAnalysisIf } from './analytics.service.ts';

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

const dailyRunDone = async (db: Executor, day: string) =>
  (await db.$count(analysisRuns, and(eq(analysisRuns.asOf, day), isNull(analysisRuns.createdBy)))) > 0;

/**
 * Makes the analysis when one is due: the day's run once `dailyAnalysisHour` has passed (unless
 * `daily` is false), or at once when loading purchases asked for one (analysis-requests.ts). Nothing
 * is made when nobody has bought anything yet: an empty run would be what the first real one is
 * compared with. Returns the new run, or null.
 *
 * Safe with several processes on one PostgreSQL: a transaction-scoped advisory lock, taken in the
 * run's own transaction, lets one of them make it and the others find it made (`wait`: wait for the
 * lock rather than leave it to the holder, as the command line does after loading). The purchase
 * facts are moved to today before that transaction, so the run holds no lock that order writers wait for.
 */
export async function runAnalysisIfDue(options: {
  db: Db;
  now?: Date;
  daily?: boolean;
  actor?: Caller;
  wait?: boolean;
}) {
  const { db } = options;
  const { day, hour } = localDayAndHour(options.now ?? new Date());
  const dailyDue = async (executor: Executor) =>
    (options.daily ?? true) && hour >= dailyAnalysisHour && !(await dailyRunDone(executor, day));
  // A cheap look first: most checks find nothing to do and open no transaction.
  if (!(await analysisRequested(db)) && !(await dailyDue(db))) return null;
  const run = await runAnalysisIf({
    db,
    actor: options.actor ?? systemActor('scheduler'),
    asOf: day,
    admit: async (tx) => {
      const lock = options.wait
        ? sql`SELECT true AS locked FROM (SELECT pg_advisory_xact_lock(hashtext('guanxi.daily_analysis'))) l`
        : sql`SELECT pg_try_advisory_xact_lock(hashtext('guanxi.daily_analysis')) AS locked`;
      const [{ locked }] = await selectRows<{ locked: boolean }>(tx, lock);
      if (!locked) return false;
      const requested = (await takeAnalysisRequests(tx)) > 0;
      if (!requested && !(await dailyDue(tx))) return false;
      // Requests for purchases that turned out not to be paid ones are answered by making nothing.
      return hasPurchases(tx, day);
    },
  });
  return run;
}

const queues = new WeakMap<Db, Promise<unknown>>();

/** Runs `work` after the analyses this process started on `db` before it: one at a time per database. */
function inTurn(db: Db, work: () => Promise<unknown>, onError: (error: unknown) => void): Promise<void> {
  const done = (queues.get(db) ?? Promise.resolve()).then(work).then(() => undefined, onError);
  queues.set(db, done);
  return done;
}

/**
 * Makes the analysis that loading purchases asked for (the demo, an import), in the background: the
 * caller's answer does not wait for it. The pages say "analysis running" while the request is open.
 */
export function analyseInBackground(options: { db: Db; onError: (error: unknown) => void }): Promise<void> {
  return inTurn(options.db, () => runAnalysisIfDue({ db: options.db, daily: false }), options.onError);
}

/** The background analyses this process started on `db`, settled: wait for them before closing it. */
export const backgroundAnalysesSettled = (db: Db): Promise<unknown> => queues.get(db) ?? Promise.resolve();

/**
 * Checks every `intervalMs` (and at once) whether an analysis is due: the day's run when `daily`, and
 * one asked for by purchases loaded elsewhere (`guanxi import` beside the server on PostgreSQL).
 * Returns a function that stops the checks and waits for a run in progress.
 */
export function startAutomaticAnalysis(options: {
  db: Db;
  daily: boolean;
  intervalMs?: number;
  onError: (error: unknown) => void;
}) {
  const check = () => inTurn(options.db, () => runAnalysisIfDue(options), options.onError);
  const timer = setInterval(check, options.intervalMs ?? 60_000);
  timer.unref();
  void check();
  return async () => {
    clearInterval(timer);
    await backgroundAnalysesSettled(options.db);
  };
}
