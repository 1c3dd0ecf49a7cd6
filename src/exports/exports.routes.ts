import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../auth/index.ts';
import type { Db } from '../db/client.ts';
import {
  contactExportQuery,
  customerExportQuery,
  type ExportFormat,
  orderExportQuery,
  productExportQuery,
} from './exports.schema.ts';
import { type ExportRequest, exportContentType, exportFileName, exportStream } from './exports.service.ts';

const description =
  'Every row the list shows with these filters (not only one page), as a download. CSV has the ' +
  'columns the import reads (docs/import.md), so the file re-imports as it is; cells that begin with ' +
  '= + - @, a tab or a carriage return get a leading single quote against spreadsheet formula injection.';

export const exportsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const send = async (reply: FastifyReply, actor: Actor, request: ExportRequest, format: ExportFormat) => {
    const stream = await exportStream({ db, actor, request, format });
    return reply
      .type(exportContentType(format))
      .header('content-disposition', `attachment; filename="${exportFileName(request.kind, format)}"`)
      .send(stream);
  };
  const schema = (summary: string) => ({
    tags: ['exports'],
    summary,
    description,
    produces: ['text/csv', 'application/json'],
  });

  app.get(
    '/exports/customers',
    { schema: { ...schema('Export customers (the customer list’s filters)'), querystring: customerExportQuery } },
    async (request, reply) =>
      send(reply, request.actor, { kind: 'customers', query: request.query }, request.query.format),
  );
  app.get(
    '/exports/contacts',
    {
      schema: {
        ...schema('Export the contacts of the customers the customer list’s filters match'),
        querystring: contactExportQuery,
      },
    },
    async (request, reply) =>
      send(reply, request.actor, { kind: 'contacts', query: request.query }, request.query.format),
  );
  app.get(
    '/exports/products',
    {
      schema: {
        ...schema('Export the product catalogue (the product list’s filters)'),
        querystring: productExportQuery,
      },
    },
    async (request, reply) =>
      send(reply, request.actor, { kind: 'products', query: request.query }, request.query.format),
  );
  app.get(
    '/exports/orders',
    {
      schema: {
        ...schema('Export orders, one row per order line (the order list’s filters)'),
        querystring: orderExportQuery,
      },
    },
    async (request, reply) =>
      send(reply, request.actor, { kind: 'orders', query: request.query }, request.query.format),
  );
};
