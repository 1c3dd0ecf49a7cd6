import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';
import { idParams } from '../shared/schema-parts.ts';
import {
  createOrderBody,
  customerSummarySchema,
  listOrdersQuery,
  orderDetailSchema,
  orderPage,
  updateOrderBody,
} from './orders.schema.ts';
import { createOrder, getCustomerSummary, getOrder, listOrders, updateOrder } from './orders.service.ts';

export const ordersRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/orders',
    {
      schema: {
        tags: ['orders'],
        summary:
          "Purchases of the customers the caller may see, newest first; `from`/`to` are days in the business's time zone",
        querystring: listOrdersQuery,
        response: { 200: orderPage },
      },
    },
    async (request) => listOrders({ db, actor: request.actor, query: request.query }),
  );

  app.post(
    '/orders',
    {
      schema: {
        tags: ['orders'],
        summary: 'Record a purchase by hand; the total is the sum of the lines',
        body: createOrderBody,
        response: { 201: orderDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOrder({ db, actor: request.actor, input: request.body })),
  );

  app.get(
    '/orders/:id',
    {
      schema: {
        tags: ['orders'],
        summary: 'One order with its lines',
        params: idParams,
        response: { 200: orderDetailSchema },
      },
    },
    async (request) => getOrder({ db, actor: request.actor, id: request.params.id }),
  );

  app.patch(
    '/orders/:id',
    {
      schema: {
        tags: ['orders'],
        summary:
          'Correct a purchase, or cancel or refund it (`status`); `lines`, when sent, replace all its lines and the total is their sum',
        params: idParams,
        body: updateOrderBody,
        response: { 200: orderDetailSchema },
      },
    },
    async (request) => updateOrder({ db, actor: request.actor, id: request.params.id, input: request.body }),
  );

  app.get(
    '/customers/:id/summary',
    {
      schema: {
        tags: ['orders'],
        summary:
          "A customer's purchases: first and last, count, revenue, profit where costs are known, collected, average",
        params: idParams,
        response: { 200: customerSummarySchema },
      },
    },
    async (request) => getCustomerSummary({ db, actor: request.actor, customerId: request.params.id }),
  );
};
