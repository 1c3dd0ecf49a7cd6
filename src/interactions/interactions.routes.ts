import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';
import { idParams } from '../shared/schema-parts.ts';
import {
  createInteractionBody,
  interactionPage,
  interactionSchema,
  listInteractionsQuery,
  updateInteractionBody,
} from './interactions.schema.ts';
import {
  createInteraction,
  deleteInteraction,
  getInteraction,
  listInteractions,
  updateInteraction,
} from './interactions.service.ts';
import { neglectRoutes } from './neglect.routes.ts';

export const interactionsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await app.register(neglectRoutes, { db });

  app.get(
    '/interactions',
    {
      schema: {
        tags: ['interactions'],
        summary: 'Interactions with the customers you may see, newest first',
        querystring: listInteractionsQuery,
        response: { 200: interactionPage },
      },
    },
    async (request) => listInteractions({ db, actor: request.actor, query: request.query }),
  );

  app.post(
    '/interactions',
    {
      schema: {
        tags: ['interactions'],
        summary: 'Log an interaction (a call, visit, message…) with a customer',
        body: createInteractionBody,
        response: { 201: interactionSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInteraction({ db, actor: request.actor, input: request.body })),
  );

  app.get(
    '/interactions/:id',
    {
      schema: {
        tags: ['interactions'],
        summary: 'One interaction',
        params: idParams,
        response: { 200: interactionSchema },
      },
    },
    async (request) => getInteraction({ db, actor: request.actor, id: request.params.id }),
  );

  app.patch(
    '/interactions/:id',
    {
      schema: {
        tags: ['interactions'],
        summary: 'Correct an interaction (who logged it, or a manager)',
        params: idParams,
        body: updateInteractionBody,
        response: { 200: interactionSchema },
      },
    },
    async (request) => updateInteraction({ db, actor: request.actor, id: request.params.id, input: request.body }),
  );

  app.delete(
    '/interactions/:id',
    {
      schema: {
        tags: ['interactions'],
        summary: 'Delete an interaction (who logged it, or a manager)',
        params: idParams,
      },
    },
    async (request, reply) => {
      await deleteInteraction({ db, actor: request.actor, id: request.params.id });
      return reply.status(204).send();
    },
  );
};
