import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';
import { duplicateCheckAnswer, duplicateCheckBody } from './duplicates.schema.ts';
import { checkDuplicates } from './duplicates.service.ts';

export const duplicatesRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/duplicates/check',
    {
      schema: {
        tags: ['duplicates'],
        summary: 'Which customers and contacts a record being typed may duplicate (查重)',
        description:
          'Send what the form holds: `kind` (customer or contact), a customer’s `customerKind`, and any of `name`, ' +
          '`phone` and `email`; a contact’s `customerId`, and `excludeId` when editing. Phones, emails and names ' +
          'are compared by their keys (docs/duplicates.md), names also by similarity. The answer holds at most ' +
          '10 candidates, certain before likely. A record the caller may not see is reported with its owner and ' +
          'which keys met, nothing of the record itself.',
        body: duplicateCheckBody,
        response: { 200: duplicateCheckAnswer },
      },
    },
    async (request) => checkDuplicates({ db, actor: request.actor, input: request.body }),
  );
};
