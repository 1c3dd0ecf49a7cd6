import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import { type Actor, type Caller, mayAssignOwners, userIdOf } from '../auth/index.ts';
import { businessTimeZone } from '../config.ts';
import { getCustomer, visibleTo } from '../customers/index.ts';
import { type Db, type Executor, selectRows } from '../db/client.ts';
import { analysisRuns, customerScores, customers, valuePyramids } from '../db/schema/index.ts';
import { AppError, forbidden, invalid, notFound } from '../server/errors.ts';
import { hasPurchases, takeAnalysisRequests } from './analysis-requests.ts';
import { scoreCustomers } from './analysis-run.ts';
import { companyAnalysisSettings } from './analysis-settings.ts';
import { buyerCount, inTopFifth, topFifthShare } from './concentration.ts';
import { summedCurrencies } from './currencies.ts';
import { factsAnswer, factsFromOrders, maintainedFacts, rollPurchaseFacts } from './purchase-facts.ts';
import { withScoreMoves } from './score-moves.ts';
import {
  type AnalysisSettingsOverrides,
  type LoyaltyStage,
  type RfmSegment,
  type ValueQuadrant,
  withOverrides,
} from './settings.ts';

/** Today in the business's time zone, as YYYY-MM-DD. */
export const businessToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: businessTimeZone });

/**
 * A UUID whose first 48 bits are the time in milliseconds (the layout of UUID version 7), so that a
 * new run's score rows go to the end of the scores' primary key (run, customer) rather than into its middle.
 */
function timeOrderedId() {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(Date.now(), 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Runs the analysis of every customer as of a day; `actor` null is the shell or the scheduler.
 * `source` is for tests and benchmarks: 'orders' aggregates every order even when the maintained
 * purchase facts could answer. Refused (409) when nobody has bought by that day: such a run would
 * score no one and become the run that the next one is compared with.
 */
export async function runAnalysis(options: AnalysisOptions) {
  return getRun(options.db, (await analyse(options)) as string);
}

/**
 * The same, made only if `admit`, called first in the run's transaction, says so (the automatic runs
 * of src/analytics/daily-run.ts take their lock and check that they are due there); null otherwise.
 */
export async function runAnalysisIf(options: AnalysisOptions & { admit: (tx: Executor) => Promise<boolean> }) {
  const runId = await analyse(options);
  return runId ? getRun(options.db, runId) : null;
}

interface AnalysisOptions {
  db: Db;
  actor: Caller;
  asOf?: string;
  settings?: AnalysisSettingsOverrides;
  source?: 'facts' | 'orders';
}

async function analyse(options: AnalysisOptions & { admit?: (tx: Executor) => Promise<boolean> }) {
  const { db, actor } = options;
  if (!mayAssignOwners(actor)) throw forbidden('Only managers and administrators run analyses');
  const settings = withOverrides(await companyAnalysisSettings(db), options.settings);
  const asOf = options.asOf ?? businessToday();
  checkAsOf(asOf);
  const useFacts = options.source !== 'orders' && factsAnswer(settings);
  // The day's run moves the maintained facts to its day; runs for other days only read them.
  if (useFacts && asOf === businessToday()) await rollPurchaseFacts(db, asOf);
  return db.transaction(async (tx) => {
    if (options.admit && !(await options.admit(tx))) return null;
    // A run of today answers the requests for one that loading purchases made (they go when it commits).
    if (asOf === businessToday()) await takeAnalysisRequests(tx);
    if (!(await hasPurchases(tx, asOf)))
      throw new AppError(
        'conflict',
        `Nothing to analyse: no customer has a paid purchase up to ${asOf}. Import orders or load the demo company first`,
      );
    // Whole-table aggregates: sort in memory, and skip JIT compilation, which costs more than it saves here.
    await tx.execute(sql`SET LOCAL work_mem = '256MB'`);
    await tx.execute(sql`SET LOCAL jit = off`);
    const pyramids = await tx.select().from(valuePyramids).orderBy(asc(valuePyramids.id));
    const [run] = await tx
      .insert(analysisRuns)
      .values({
        id: timeOrderedId(),
        asOf,
        settings,
        createdBy: userIdOf(actor),
        pyramidIds: pyramids.map((p) => p.id),
      })
      .returning({ id: analysisRuns.id });
    const facts = (useFacts ? await maintainedFacts(tx, asOf) : undefined) ?? factsFromOrders(asOf, settings);
    await scoreCustomers({ db: tx, runId: run.id, asOf, settings, facts, pyramids });
    return run.id;
  });
}

/**
 * An analysis looks back from a day that has begun: a day after today (in the business's time zone)
 * would score purchases that cannot have happened yet and become "the latest run" everywhere.
 */
export function checkAsOf(asOf: string) {
  const day = new Date(`${asOf}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== asOf)
    throw invalid({ asOf: 'must be a calendar day like 2025-12-31' });
  const today = businessToday();
  if (asOf > today) throw invalid({ asOf: `must not be after today (${today} in ${businessTimeZone})` });
}

/**
 * Deletes a run and its scores in one transaction (managers and admins), audited. Any run may go,
 * the latest too (a run for a wrong day is what one deletes): the run before it becomes the latest.
 */
export async function deleteRun(options: { db: Db; actor: Caller; id: string }) {
  const { db, actor, id } = options;
  if (!mayAssignOwners(actor)) throw forbidden('Only managers and administrators delete analyses');
  await db.transaction(async (tx) => {
    const [run] = await tx.select().from(analysisRuns).where(eq(analysisRuns.id, id)).for('update');
    if (!run) throw notFound('Analysis run');
    await tx.delete(customerScores).where(eq(customerScores.runId, id));
    await tx.delete(analysisRuns).where(eq(analysisRuns.id, id));
    await recordAudit(tx, { actor, action: 'delete', entity: 'analysis_run', entityId: id, before: run });
  });
}

export async function getRun(db: Executor, id?: string) {
  const query = db.select().from(analysisRuns);
  const [run] = id
    ? await query.where(eq(analysisRuns.id, id))
    : await query.orderBy(desc(analysisRuns.asOf), desc(analysisRuns.createdAt)).limit(1);
  if (!run) throw notFound(id ? 'Analysis run' : 'Analysis run (none yet: run an analysis first)');
  return run;
}

export const listRuns = (db: Db) =>
  db.select().from(analysisRuns).orderBy(desc(analysisRuns.asOf), desc(analysisRuns.createdAt)).limit(100);

interface GroupRow {
  key: string;
  customers: number;
  revenue: string;
}

/** Segment, class and stage sizes of a run, over the customers the actor may see. */
export async function runSummary(options: { db: Db; actor: Caller; runId?: string }) {
  const { db, actor } = options;
  const run = await getRun(db, options.runId);
  const scope = actor ? visibleTo(actor) : undefined;
  const scoped = sql`FROM ${customerScores} s JOIN ${customers} ON ${customers.id} = s.customer_id
    WHERE s.run_id = ${run.id} ${scope ? sql`AND ${scope}` : sql``}`;
  const groupBy = (column: string) =>
    selectRows<GroupRow>(
      db,
      sql`SELECT s.${sql.raw(column)}::text AS key, count(*)::int AS customers, coalesce(sum(s.monetary), 0)::text AS revenue
          ${scoped} GROUP BY 1 ORDER BY 1`,
    );
  const [segments, classes, stages, quadrants, tiers, grid, [pareto], currencies] = await Promise.all([
    groupBy('rfm_segment'),
    groupBy('abc_class'),
    groupBy('loyalty_stage'),
    groupBy('value_quadrant'),
    selectRows<PyramidTierRow>(
      db,
      sql`SELECT vp.id AS pyramid_id, vp.name, t.tier, count(*)::int AS customers, coalesce(sum(s.monetary), 0)::text AS revenue,
                 count(*) FILTER (WHERE t.composite IS NULL)::int AS unranked
          FROM ${customerScores} s JOIN ${analysisRuns} r ON r.id = s.run_id
          CROSS JOIN LATERAL unnest(r.pyramid_ids, s.pyramid_tiers, s.pyramid_composites) AS t(pyramid_id, tier, composite)
          JOIN ${valuePyramids} vp ON vp.id = t.pyramid_id
          JOIN ${customers} ON ${customers.id} = s.customer_id
          WHERE s.run_id = ${run.id} ${scope ? sql`AND ${scope}` : sql``}
          GROUP BY 1, 2, 3 ORDER BY 2, 3`,
    ),
    selectRows<{ r: number; f: number; customers: number; revenue: string }>(
      db,
      sql`SELECT s.r_score AS r, s.f_score AS f, count(*)::int AS customers, sum(s.monetary)::text AS revenue
          ${scoped} AND s.frequency > 0 GROUP BY 1, 2 ORDER BY 1, 2`,
    ),
    selectRows<{ buyers: number; top_fifth_share: string | null }>(
      db,
      sql`SELECT ${buyerCount(sql`monetary`)}::int AS buyers, ${topFifthShare(sql`monetary`, sql`top`)}::text AS top_fifth_share
          FROM (SELECT s.monetary, ${inTopFifth(sql`s.monetary`)} AS top ${scoped}) ranked`,
    ),
    summedCurrencies(db, { actor, from: (run.settings as { windowStart?: string | null }).windowStart, to: run.asOf }),
  ]);
  return {
    run,
    currencies,
    rfm: { segments: segments.map(({ key, ...row }) => ({ segment: key as RfmSegment | 'prospect', ...row })), grid },
    abc: {
      classes: classes.map(({ key, ...row }) => ({ class: key as 'A' | 'B' | 'C' | 'D', ...row })),
      buyers: pareto?.buyers ?? 0,
      topFifthRevenueShare: pareto?.top_fifth_share === null || !pareto ? null : Number(pareto.top_fifth_share),
    },
    loyalty: { stages: stages.map(({ key, ...row }) => ({ stage: key as LoyaltyStage, ...row })) },
    scorecard: { quadrants: quadrants.map(({ key, ...row }) => ({ quadrant: key as ValueQuadrant, ...row })) },
    pyramids: groupPyramids(tiers),
  };
}

interface PyramidTierRow {
  pyramid_id: string;
  name: string;
  tier: number;
  customers: number;
  revenue: string;
  /** Of the tier's customers, those without any of the pyramid's indicators (placed in its bottom tier). */
  unranked: number;
}

function groupPyramids(rows: PyramidTierRow[]) {
  const pyramids = new Map<
    string,
    { id: string; name: string; tiers: { tier: number; customers: number; revenue: string }[]; unranked: number }
  >();
  for (const row of rows) {
    const pyramid = pyramids.get(row.pyramid_id) ?? { id: row.pyramid_id, name: row.name, tiers: [], unranked: 0 };
    pyramid.tiers.push({ tier: row.tier, customers: row.customers, revenue: row.revenue });
    pyramid.unranked += row.unranked;
    pyramids.set(row.pyramid_id, pyramid);
  }
  return [...pyramids.values()];
}

/** A customer's scores in every run, newest first (its history of segments), with why R, F, M moved. */
export async function customerScoreHistory(options: { db: Db; actor: Actor; customerId: string }) {
  const { db, actor, customerId } = options;
  await getCustomer({ db, actor, id: customerId });
  const rows = await db
    .select({
      runId: analysisRuns.id,
      asOf: analysisRuns.asOf,
      lastPurchaseDay: sql<
        string | null
      >`(${customerScores.lastPurchaseAt} AT TIME ZONE ${businessTimeZone})::date::text`,
      cutPoints: analysisRuns.rfmCutPoints,
      recencyDays: customerScores.recencyDays,
      frequency: customerScores.frequency,
      monetary: customerScores.monetary,
      rScore: customerScores.rScore,
      fScore: customerScores.fScore,
      mScore: customerScores.mScore,
      rfmSegment: customerScores.rfmSegment,
      abcClass: customerScores.abcClass,
      loyaltyStage: customerScores.loyaltyStage,
    })
    .from(analysisRuns)
    .innerJoin(
      customerScores,
      and(eq(customerScores.runId, analysisRuns.id), eq(customerScores.customerId, customerId)),
    )
    .orderBy(desc(analysisRuns.asOf), desc(analysisRuns.createdAt));
  return withScoreMoves(rows);
}
