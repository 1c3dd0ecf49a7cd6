import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { analyseInBackground } from '../analytics/index.ts';
import type { Db } from '../db/client.ts';
import { demoSummarySchema, loadDemoBody } from './demo.schema.ts';
import { loadDemoData } from './demo.service.ts';

export const demoRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/demo',
    {
      schema: {
        tags: ['demo'],
        summary: 'Load a demo company into an empty database (admin)',
        description:
          'Creates relationship managers, a general manager and a service user (all with one password, returned ' +
          'once), a product catalogue, customers with contacts and three years of purchases. ' +
          '409 when customers, products or orders exist. The analysis of the new purchases starts right after ' +
          'the answer (`GET /analytics/state` says when it is running).',
        body: loadDemoBody,
        response: { 201: demoSummarySchema },
      },
    },
    async (request, reply) => {
      const summary = await loadDemoData({ db, actor: request.actor, customers: request.body.customers });
      // The analysis of the new purchases runs after the answer; the Insights page says so meanwhile.
      void analyseInBackground({ db, onError: (error) => request.log.error({ err: error }, 'analysis failed') });
      return reply.status(201).send(summary);
    },
  );
};
