import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';
import { idParams } from '../shared/schema-parts.ts';
import { timelinePage, timelineQuery } from './timeline.schema.ts';
import { customerTimeline } from './timeline.service.ts';

export const timelineRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/customers/:id/timeline',
    {
      schema: {
        tags: ['customers'],
        summary:
          'Everything that happened with a customer: interactions, orders, tasks, analysis changes; newest first',
        params: idParams,
        querystring: timelineQuery,
        response: { 200: timelinePage },
      },
    },
    async (request) =>
      customerTimeline({
        db,
        actor: request.actor,
        customerId: request.params.id,
        query: request.query,
        language: request.language,
      }),
  );
};
