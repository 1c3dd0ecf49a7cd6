/**
 * npm run bench:rules — one pass of the contact-rule runner (`runContactRules`: every enabled rule,
 * writing rule_firings, tasks and notifications) against the bare SQL that finds the same trigger
 * events (each rule's `triggerEvents` in `SELECT count(*)`, no conditions, no inserts), measured in
 * the same run; then a second pass as of the same moment (nothing new: the cost of every minute).
 * On PostgreSQL when DATABASE_URL is set (a scratch database is created on that server and dropped),
 * else on PGlite in memory.
 *   BENCH_CUSTOMERS (default 1,000,000 on PostgreSQL, 100,000 on PGlite)
 *   BENCH_LINES     (default 10,000,000 on PostgreSQL, 1,000,000 on PGlite)
 *   BENCH_ANALYSES  (default 1) two analysis runs first, 30 days ago and today, so that the win-back
 *                   rule (a client who became dormant) has events; 0 skips them
 *   BENCH_EXPLAIN   (default 0) 1 prints EXPLAIN (ANALYZE, BUFFERS) of each rule's bare query and of
 *                   its statement in the second pass to stderr
 *   BENCH_KEEP      (default 0) 1 leaves the PostgreSQL database in place (its URL is printed)
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { asc, eq, type SQL, sql, TransactionRollbackError } from 'drizzle-orm';
import pg from 'pg';
import { runAnalysis } from '../src/analytics/analytics.service.ts';
import { systemActor } from '../src/auth/index.ts';
import { businessTimeZone } from '../src/config.ts';
import { runContactRules } from '../src/contact-rules/index.ts';
import { type ContactRule, triggerEvents } from '../src/contact-rules/trigger-events.ts';
import { type Db, openDatabase, selectRows } from '../src/db/client.ts';
import { contactRules } from '../src/db/schema/index.ts';
import { loadPurchaseHistory } from './analytics-data.ts';

const serverUrl = process.env.DATABASE_URL;
const customers = Number(process.env.BENCH_CUSTOMERS ?? (serverUrl ? 1_000_000 : 100_000));
const lines = Number(process.env.BENCH_LINES ?? (serverUrl ? 10_000_000 : 1_000_000));
const withAnalyses = (process.env.BENCH_ANALYSES ?? '1') !== '0';
const explain = process.env.BENCH_EXPLAIN === '1';
const keep = process.env.BENCH_KEEP === '1';
const log = (line: string) => process.stderr.write(`${line}\n`);

/** A scratch database on the server of DATABASE_URL, dropped at the end (unless BENCH_KEEP=1). */
async function scratchDatabase(url: string) {
  const name = `guanxi_bench_${randomBytes(4).toString('hex')}`;
  const onServer = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await onServer(`CREATE DATABASE ${name}`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    drop: () => (keep ? Promise.resolve() : onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/** The database with every `execute` timed and kept (the runner sends one statement per rule). */
function recording(db: Db) {
  const statements: { query: SQL; ms: number }[] = [];
  const proxy = new Proxy(db, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property === 'execute')
        return async (query: SQL) => {
          const started = performance.now();
          const result = await value.call(target, query);
          statements.push({ query, ms: performance.now() - started });
          return result;
        };
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: proxy, statements };
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
const secs = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 3 : 2);
const count = (value: number) => value.toLocaleString('en-US');

const scratch = serverUrl ? await scratchDatabase(serverUrl) : undefined;
const database = await openDatabase(scratch ? { url: scratch.url } : { dataDir: 'memory://' });

try {
  await database.migrate();
  const { db } = database;
  const loadAtStart = load();
  log(`Loading ${count(customers)} customers and ${count(lines)} order lines on ${database.kind}…`);
  let started = performance.now();
  await loadPurchaseHistory(db, customers, lines);
  await db.execute(sql`VACUUM ANALYZE`);
  log(`  loaded in ${secs(performance.now() - started)} s`);

  const analyses: string[] = [];
  if (withAnalyses) {
    // Business days (the analyses' time zone is the server's business time zone): 30 days ago, then today.
    const day = (daysAgo: number) =>
      new Date(Date.now() - daysAgo * 86_400_000).toLocaleDateString('sv-SE', { timeZone: businessTimeZone });
    for (const asOf of [day(30), day(0)]) {
      started = performance.now();
      await runAnalysis({ db, actor: systemActor('command line'), asOf });
      analyses.push(`${asOf} in ${secs(performance.now() - started)} s`);
      log(`  analysis as of ${analyses.at(-1)}`);
    }
    await db.execute(sql`VACUUM ANALYZE`);
  }

  const rules: ContactRule[] = await db
    .select()
    .from(contactRules)
    .where(eq(contactRules.enabled, true))
    .orderBy(asc(contactRules.createdAt));
  const asOf = new Date();

  /** Each rule's trigger events in the window, counted: the bare SQL. */
  const bare = async () => {
    const perRule: { ms: number; rows: number }[] = [];
    for (const rule of rules) {
      const at = performance.now();
      const [row] = await selectRows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM (${triggerEvents(rule, asOf)}) e`,
      );
      perRule.push({ ms: performance.now() - at, rows: row.n });
    }
    return { ms: perRule.reduce((sum, rule) => sum + rule.ms, 0), perRule };
  };
  const pass = async () => {
    const recorded = recording(db);
    const at = performance.now();
    const result = await runContactRules({ db: recorded.db, asOf });
    const ms = performance.now() - at;
    // The runner's first statement reads the rules (through select, not execute); then one per rule.
    return { ms, result, statements: recorded.statements };
  };

  log(`Measuring as of ${asOf.toISOString()}: bare SQL (warm-up, then measured), pass 1, pass 2, bare SQL again…`);
  await bare();
  const bareBefore = await bare();
  const first = await pass();
  const second = await pass();
  const bareAfter = await bare();
  const baseline = Math.min(bareBefore.ms, bareAfter.ms);

  const [sizes] = await selectRows<{ orders: number; lines: number; customers: number; owned: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM orders)::int AS orders, (SELECT count(*) FROM order_lines)::int AS lines,
               (SELECT count(*) FROM customers)::int AS customers,
               (SELECT count(*) FROM customers c JOIN users u ON u.id = c.owner_id WHERE NOT u.disabled)::int AS owned`,
  );
  const out: string[] = [];
  out.push(
    `Machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${database.kind}; load average (1/5/15 min) ${loadAtStart} at the start, ${load()} at the end`,
  );
  out.push(
    `Data: ${count(sizes.customers)} customers (${count(sizes.owned)} with an active owner), ${count(sizes.orders)} orders, ${count(sizes.lines)} order lines over 4 years up to the load`,
  );
  out.push(`Analyses: ${analyses.length ? analyses.join('; ') : 'none (BENCH_ANALYSES=0)'}`);
  out.push(`As of: ${asOf.toISOString()}\n`);
  out.push(
    '| rule | events (bare) | bare SQL before / after s | pass 1 s | tasks + notifications | pass 2 s | pass 1 ÷ bare |',
  );
  out.push('|---|--:|--:|--:|--:|--:|--:|');
  rules.forEach((rule, i) => {
    const outcome = first.result.rules[i];
    const ruleBare = Math.min(bareBefore.perRule[i].ms, bareAfter.perRule[i].ms);
    out.push(
      `| ${rule.systemKey ?? rule.name} | ${count(bareBefore.perRule[i].rows)} | ${secs(bareBefore.perRule[i].ms)} / ${secs(bareAfter.perRule[i].ms)} | ${secs(first.statements[i].ms)} | ${count(outcome.tasks)} + ${count(outcome.notifications)} | ${secs(second.statements[i].ms)} | ${(first.statements[i].ms / ruleBare).toFixed(2)} |`,
    );
  });
  out.push(
    `| **all ${rules.length} rules** | ${count(bareBefore.perRule.reduce((sum, rule) => sum + rule.rows, 0))} | ${secs(bareBefore.ms)} / ${secs(bareAfter.ms)} | ${secs(first.ms)} | ${count(first.result.tasks)} + ${count(first.result.notifications)} | ${secs(second.ms)} | ${(first.ms / baseline).toFixed(2)} |`,
  );
  out.push('');
  out.push(
    `Pass 1 (acts on ${count(first.result.events)} events): ${secs(first.ms)} s; ratio to the bare SQL ${(first.ms / baseline).toFixed(2)}`,
  );
  out.push(
    `Pass 2 (same moment, ${count(second.result.events)} new events): ${secs(second.ms)} s; ratio to the bare SQL ${(second.ms / baseline).toFixed(2)}`,
  );
  console.log(out.join('\n'));

  if (explain) {
    for (const [i, rule] of rules.entries()) {
      for (const [what, query] of [
        ['bare SQL', sql`SELECT count(*)::int AS n FROM (${triggerEvents(rule, asOf)}) e`],
        ['pass statement (steady state)', second.statements[i].query],
      ] as const) {
        const plan = await selectRows<{ 'QUERY PLAN': string }>(db, sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`);
        log(`\n--- ${rule.systemKey ?? rule.name}: ${what}\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`);
      }
      // Pass 1's statement again, in a transaction rolled back, after removing what it wrote.
      await db
        .transaction(async (tx) => {
          await tx.execute(sql`DELETE FROM tasks WHERE rule_id = ${rule.id}`);
          await tx.execute(sql`DELETE FROM rule_firings WHERE rule_id = ${rule.id}`);
          const plan = await selectRows<{ 'QUERY PLAN': string }>(
            tx,
            sql`EXPLAIN (ANALYZE, BUFFERS) ${first.statements[i].query}`,
          );
          log(
            `\n--- ${rule.systemKey ?? rule.name}: pass 1 statement (replayed, rolled back)\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`,
          );
          tx.rollback();
        })
        .catch((error) => {
          if (!(error instanceof TransactionRollbackError)) throw error;
        });
    }
  }
  if (keep && scratch) log(`Kept the database: ${scratch.url}`);
} finally {
  await database.close();
  await scratch?.drop();
}
