import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';
import { companyAnalysisSettings, updateAnalysisSettings } from './analysis-settings.ts';
import { analysisSettingsSchema } from './settings.ts';

const settingsSchema = analysisSettingsSchema.meta({ id: 'AnalysisSettings' });

/** The company's analysis settings, which every run uses unless given others (docs/analytics.md). */
export const analysisSettingsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/analytics/settings',
    {
      schema: {
        tags: ['analytics'],
        summary:
          "The company's analysis settings: RFM scoring (quantiles or fixed cut points), segment map, ABC, ladder",
        response: { 200: settingsSchema },
      },
    },
    async () => companyAnalysisSettings(db),
  );

  app.put(
    '/analytics/settings',
    {
      schema: {
        tags: ['analytics'],
        summary: "Replace the company's analysis settings (managers and admins); the next run uses them",
        description:
          '`rfm.recency|frequency|monetary`: `{ method: "quantiles" }`, or `{ method: "fixed", cutPoints: [4 ascending numbers] }`, ' +
          'each cut point the largest value of the lower score (recency in whole days, frequency in whole orders, monetary in revenue). ' +
          'Fields left out get their defaults.',
        body: analysisSettingsSchema,
        response: { 200: settingsSchema },
      },
    },
    async (request) => updateAnalysisSettings({ db, caller: request.actor, input: request.body }),
  );
};
