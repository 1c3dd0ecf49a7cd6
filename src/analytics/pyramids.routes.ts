import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { idParams } from '../shared/schema-parts.ts';
import { createPyramid, deletePyramid, listPyramids, pyramidBody, pyramidSchema, updatePyramid } from './pyramids.ts';

/** Value pyramid definitions; each analysis run places every customer in every pyramid. */
export const pyramidsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/analytics/pyramids',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Value pyramids: weighted indicators and tier shares',
        response: { 200: z.object({ items: z.array(pyramidSchema) }) },
      },
    },
    async () => ({ items: await listPyramids(db) }),
  );

  app.post(
    '/analytics/pyramids',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Define a value pyramid (managers and admins); the next run fills it',
        body: pyramidBody,
        response: { 201: pyramidSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPyramid({ db, actor: request.actor, input: request.body })),
  );

  app.patch(
    '/analytics/pyramids/:id',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Change a value pyramid (managers and admins)',
        params: idParams,
        body: pyramidBody.partial(),
        response: { 200: pyramidSchema },
      },
    },
    async (request) => updatePyramid({ db, actor: request.actor, id: request.params.id, input: request.body }),
  );

  app.delete(
    '/analytics/pyramids/:id',
    { schema: { tags: ['analytics'], summary: 'Delete a value pyramid and its tiers', params: idParams } },
    async (request, reply) => {
      await deletePyramid({ db, actor: request.actor, id: request.params.id });
      return reply.status(204).send();
    },
  );
};
