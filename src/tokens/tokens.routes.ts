import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { createToken, listTokens, maxTokenDays, revokeToken, tokenExpiry } from './tokens.service.ts';

const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  expiresAt: z.date().nullable().meta({ description: 'After this moment the token no longer works; null: never' }),
  revokedAt: z.date().nullable(),
});

const createTokenBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100),
  expiresInDays: z
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(maxTokenDays, `must be at most ${maxTokenDays}`)
    .optional()
    .meta({ description: 'The token stops working this many days from now' }),
  expiresAt: z.iso
    .datetime({ offset: true, message: 'must be a date and time such as 2026-06-30T18:00:00+08:00' })
    .optional()
    .meta({ description: 'The token stops working at this moment (instead of expiresInDays)' }),
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
        body: createTokenBody,
        response: {
          201: z.object({
            id: z.string(),
            name: z.string(),
            token: z.string(),
            createdAt: z.date(),
            expiresAt: z.date().nullable(),
          }),
        },
      },
    },
    async (request, reply) => {
      const { name, ...expiry } = request.body;
      const expiresAt = tokenExpiry(expiry);
      return reply.status(201).send(await createToken({ db, actor: request.actor, name, expiresAt }));
    },
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
