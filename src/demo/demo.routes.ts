import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
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
          '409 when customers, products or orders exist.',
        body: loadDemoBody,
        response: { 201: demoSummarySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await loadDemoData({ db, actor: request.actor, customers: request.body.customers })),
  );
};
