import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { createToken, listTokens, revokeToken } from './tokens.service.ts';

const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

export const tokensRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: "The caller's API tokens",
        response: { 200: z.object({ items: z.array(tokenSchema) }) },
      },
    },
    async (request) => ({ items: await listTokens({ db, actor: request.actor }) }),
  );

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token for `Authorization: Bearer …`; the token is shown only in this answer',
        body: z.strictObject({ name: z.string().trim().min(1, 'is required').max(100) }),
        response: { 201: z.object({ id: z.string(), name: z.string(), token: z.string(), createdAt: z.date() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createToken({ db, actor: request.actor, name: request.body.name })),
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke an API token',
        params: z.object({ id: z.uuid({ message: 'must be a token id' }) }),
      },
    },
    async (request, reply) => {
      await revokeToken({ db, actor: request.actor, id: request.params.id });
      return reply.status(204).send();
    },
  );
};
