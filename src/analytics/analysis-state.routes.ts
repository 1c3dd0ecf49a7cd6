import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Db, selectRows } from '../db/client.ts';
import { customers, orders, products } from '../db/schema/index.ts';
import { analysisRequested, hasPurchases } from './analysis-requests.ts';
import { businessToday } from './analytics.service.ts';
import { backgroundAnalysesSettled } from './daily-run.ts';

const analysisStateSchema = z
  .object({
    /** Purchases were loaded (the demo, an import) and their analysis is being made or about to be. */
    running: z.boolean(),
    /** Whether any customer has a paid purchase: without one there is nothing to analyse. */
    hasPurchases: z.boolean(),
    /** No customers, products or orders yet: the demo company may be loaded (administrators). */
    empty: z.boolean(),
  })
  .meta({ id: 'AnalysisState' });

export const analysisStateRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  // Analyses started in the background (after the demo or an import) finish before the database closes.
  app.addHook('onClose', async () => {
    await backgroundAnalysesSettled(db);
  });

  app.get(
    '/analytics/state',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Whether an analysis of newly loaded purchases is running, and whether there is anything to analyse',
        response: { 200: analysisStateSchema },
      },
    },
    async () => {
      const [running, purchases, [{ empty }]] = await Promise.all([
        analysisRequested(db),
        hasPurchases(db, businessToday()),
        selectRows<{ empty: boolean }>(
          db,
          sql`SELECT NOT EXISTS (SELECT 1 FROM ${customers}) AND NOT EXISTS (SELECT 1 FROM ${products})
                     AND NOT EXISTS (SELECT 1 FROM ${orders}) AS empty`,
        ),
      ]);
      return { running, hasPurchases: purchases, empty };
    },
  );
};
