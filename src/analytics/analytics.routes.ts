import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { idParams } from '../shared/schema-parts.ts';
import { analysisSettingsRoutes } from './analysis-settings.routes.ts';
import { analysisStateRoutes } from './analysis-state.routes.ts';
import { customerScoreHistory, deleteRun, listRuns, runAnalysis, runSummary } from './analytics.service.ts';
import { currenciesRoutes } from './currencies.routes.ts';
import { summedCurrenciesSchema } from './currencies.ts';
import { loyaltyMeasures } from './measures.ts';
import { pyramidsRoutes } from './pyramids.routes.ts';
import { cohortQuery, cohortReportSchema, cohortRetention, migrationMatrix } from './reports.ts';
import {
  analysisSettingsOverridesSchema,
  loyaltyStages,
  rfmSegments,
  runRfmCutPointsSchema,
  scoreMoveSchema,
  valueQuadrants,
} from './settings.ts';

const runSchema = z
  .object({
    id: z.string(),
    asOf: z.string(),
    settings: z.unknown(),
    createdBy: z.string().nullable(),
    createdAt: z.date(),
    customerCount: z.number(),
    rfmCutPoints: runRfmCutPointsSchema.nullable(),
  })
  .meta({ id: 'AnalysisRun' });

const group = { customers: z.number(), revenue: z.string() };
const summarySchema = z
  .object({
    run: runSchema,
    currencies: summedCurrenciesSchema,
    rfm: z.object({
      segments: z.array(z.object({ segment: z.enum([...rfmSegments, 'prospect']), ...group })),
      grid: z.array(z.object({ r: z.number(), f: z.number(), ...group })),
    }),
    abc: z.object({
      classes: z.array(z.object({ class: z.enum(['A', 'B', 'C', 'D']), ...group })),
      buyers: z.number(),
      topFifthRevenueShare: z.number().nullable(),
    }),
    loyalty: z.object({ stages: z.array(z.object({ stage: z.enum(loyaltyStages), ...group })) }),
    scorecard: z.object({ quadrants: z.array(z.object({ quadrant: z.enum(valueQuadrants), ...group })) }),
    pyramids: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        tiers: z.array(z.object({ tier: z.number(), ...group })),
        /** Customers without any of the pyramid's indicators: outside the tiers' shares, in the bottom tier. */
        unranked: z.number(),
      }),
    ),
  })
  .meta({ id: 'AnalysisSummary' });

export const analyticsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await app.register(pyramidsRoutes, { db });
  await app.register(analysisSettingsRoutes, { db });
  await app.register(analysisStateRoutes, { db });
  await app.register(currenciesRoutes, { db });

  app.post(
    '/analytics/runs',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Score every customer (RFM, ABC, loyalty stage) as of a day (managers and admins)',
        body: z.strictObject({ asOf: z.iso.date().optional(), settings: analysisSettingsOverridesSchema.optional() }),
        response: { 201: runSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await runAnalysis({ db, actor: request.actor, ...request.body })),
  );

  app.get(
    '/analytics/runs',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Analysis runs, newest first',
        response: { 200: z.object({ items: z.array(runSchema) }) },
      },
    },
    async () => ({ items: await listRuns(db) }),
  );

  app.delete(
    '/analytics/runs/:id',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Delete an analysis run and its scores (managers and admins); the run before becomes the latest',
        params: idParams,
      },
    },
    async (request, reply) => {
      await deleteRun({ db, actor: request.actor, id: request.params.id });
      return reply.status(204).send();
    },
  );

  app.get(
    '/analytics/summary',
    {
      schema: {
        tags: ['analytics'],
        summary: "Segment, R×F, ABC and loyalty-stage sizes of a run (default: the latest) over the caller's customers",
        querystring: z.object({ runId: z.uuid().optional() }),
        response: { 200: summarySchema },
      },
    },
    async (request) => runSummary({ db, actor: request.actor, runId: request.query.runId }),
  );

  const rate = z.number().nullable();
  const measures = z.object({
    customerBase: z.number(),
    newCustomers: z.number(),
    newCustomersPerMonth: z.number(),
    newCustomerRetentionRate: rate,
    clientRetentionRate: rate,
    churnRate: rate,
    repeatPurchaseRate: rate,
    purchasesPerCustomerPerYear: rate,
    averageOrderValue: z.string().nullable(),
    orders: z.number(),
    revenue: z.string(),
    revenueConcentration: rate,
    shareOfWallet: rate,
  });
  app.get(
    '/analytics/measures',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Loyalty measures of a period, overall and per relationship manager (definitions: docs/analytics.md)',
        querystring: z
          .object({ from: z.iso.date(), to: z.iso.date() })
          .refine((q) => q.from <= q.to, { message: 'must not be after to', path: ['from'] }),
        response: {
          200: z.object({
            from: z.string(),
            to: z.string(),
            currencies: summedCurrenciesSchema,
            overall: measures.nullable(),
            byRelationshipManager: z.array(
              measures.extend({ ownerId: z.string().nullable(), ownerName: z.string().nullable() }),
            ),
          }),
        },
      },
    },
    async (request) => loyaltyMeasures({ db, actor: request.actor, ...request.query }),
  );

  app.get(
    '/analytics/cohorts',
    {
      schema: {
        tags: ['analytics'],
        summary:
          'Cohort retention as of a day (default today): by month of first purchase, the share buying in each month since, up to the as-of month (partialMonth: still in progress)',
        querystring: cohortQuery,
        response: { 200: cohortReportSchema },
      },
    },
    async (request) =>
      cohortRetention({
        db,
        actor: request.actor,
        fromMonth: request.query.from,
        months: request.query.months,
        asOf: request.query.asOf,
      }),
  );

  app.get(
    '/analytics/migration',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Who moved from which segment, class or stage in one run to which in another',
        querystring: z.object({
          from: z.uuid(),
          to: z.uuid(),
          by: z.enum(['segment', 'class', 'stage']).default('segment'),
        }),
        response: {
          200: z.object({
            from: runSchema,
            to: runSchema,
            by: z.string(),
            cells: z.array(z.object({ from: z.string(), to: z.string(), customers: z.number() })),
          }),
        },
      },
    },
    async (request) =>
      migrationMatrix({
        db,
        actor: request.actor,
        fromRunId: request.query.from,
        toRunId: request.query.to,
        by: request.query.by,
      }),
  );

  app.get(
    '/customers/:id/scores',
    {
      schema: {
        tags: ['analytics'],
        summary:
          "A customer's scores in every run, newest first: its history of segments, and why R, F, M moved since the run before",
        params: idParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                runId: z.string(),
                asOf: z.string(),
                recencyDays: z.number().nullable(),
                frequency: z.number(),
                monetary: z.string(),
                rScore: z.number().nullable(),
                fScore: z.number().nullable(),
                mScore: z.number().nullable(),
                rfmSegment: z.string(),
                abcClass: z.string(),
                loyaltyStage: z.string(),
                moves: z.array(scoreMoveSchema),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      items: await customerScoreHistory({ db, actor: request.actor, customerId: request.params.id }),
    }),
  );
};
