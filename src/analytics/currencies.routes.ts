import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { summedCurrencies, summedCurrenciesSchema } from './currencies.ts';

export const currenciesRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/analytics/currencies',
    {
      schema: {
        tags: ['analytics'],
        summary:
          "The currencies of every paid order of the caller's customers: what any sum of their amounts (a customer's revenue, the neglect report's values) may add up",
        response: { 200: z.object({ currencies: summedCurrenciesSchema }) },
      },
    },
    async (request) => ({ currencies: await summedCurrencies(db, { actor: request.actor }) }),
  );
};
