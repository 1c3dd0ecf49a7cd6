import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';
import { idParams } from '../shared/schema-parts.ts';
import {
  createCustomerBody,
  customerListPage,
  customerSchema,
  listCustomersQuery,
  updateCustomerBody,
} from './customers.schema.ts';
import { createCustomer, deleteCustomer, getCustomer, listCustomers, updateCustomer } from './customers.service.ts';

export const customersRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/customers',
    {
      schema: {
        tags: ['customers'],
        summary: 'Search, filter, sort and page through the customers the caller may see',
        description:
          '`q` matches any part of the name, customer code (external id), phone or email, or of the name, phone ' +
          'or email of one of its contacts (`matchedContact` names them); one Chinese character is enough. ' +
          "Paging is by keyset: pass the answer's `nextCursor` as `cursor` with the same filters and sort. " +
          'The first page also carries `total`.',
        querystring: listCustomersQuery,
        response: { 200: customerListPage },
      },
    },
    async (request) => listCustomers({ db, actor: request.actor, query: request.query }),
  );

  app.post(
    '/customers',
    {
      schema: {
        tags: ['customers'],
        summary: 'Create a customer (the caller owns it unless a manager names another owner)',
        body: createCustomerBody,
        response: { 201: customerSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCustomer({ db, actor: request.actor, input: request.body })),
  );

  app.get(
    '/customers/:id',
    { schema: { tags: ['customers'], summary: 'One customer', params: idParams, response: { 200: customerSchema } } },
    async (request) => getCustomer({ db, actor: request.actor, id: request.params.id }),
  );

  app.patch(
    '/customers/:id',
    {
      schema: {
        tags: ['customers'],
        summary: 'Change some fields of a customer (archive with `{ "archived": true }`)',
        params: idParams,
        body: updateCustomerBody,
        response: { 200: customerSchema },
      },
    },
    async (request) => updateCustomer({ db, actor: request.actor, id: request.params.id, input: request.body }),
  );

  app.delete(
    '/customers/:id',
    { schema: { tags: ['customers'], summary: 'Delete a customer and its contacts', params: idParams } },
    async (request, reply) => {
      await deleteCustomer({ db, actor: request.actor, id: request.params.id });
      return reply.status(204).send();
    },
  );
};
