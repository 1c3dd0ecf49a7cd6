import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../auth/index.ts';
import type { Db } from '../db/client.ts';
import type { Language } from '../shared/language.ts';
import { contactExportQuery, customerExportQuery, orderExportQuery, productExportQuery } from './exports.schema.ts';
import { type ExportRequest, exportContentType, exportFileName, exportStream } from './exports.service.ts';

const description =
  'Every row the list shows with these filters (not only one page), as a download. CSV has the ' +
  'columns the import reads (docs/import.md), headed and labelled in the reader’s language (or `language`), ' +
  'or with the column keys and codes with `codes=true`; either re-imports as it is. Cells that begin with ' +
  '= + - @, a tab or a carriage return get a leading single quote against spreadsheet formula injection.';

export const exportsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  /** `reader`: the caller's language (their account's, else their browser's), unless the query names one. */
  const send = async (reply: FastifyReply, actor: Actor, request: ExportRequest, reader: Language) => {
    const { format, codes, language } = request.query;
    const stream = await exportStream({
      db,
      actor,
      request,
      format,
      language: codes ? undefined : (language ?? reader),
    });
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
    async (request, reply) => send(reply, request.actor, { kind: 'customers', query: request.query }, request.language),
  );
  app.get(
    '/exports/contacts',
    {
      schema: {
        ...schema('Export the contacts of the customers the customer list’s filters match'),
        querystring: contactExportQuery,
      },
    },
    async (request, reply) => send(reply, request.actor, { kind: 'contacts', query: request.query }, request.language),
  );
  app.get(
    '/exports/products',
    {
      schema: {
        ...schema('Export the product catalogue (the product list’s filters)'),
        querystring: productExportQuery,
      },
    },
    async (request, reply) => send(reply, request.actor, { kind: 'products', query: request.query }, request.language),
  );
  app.get(
    '/exports/orders',
    {
      schema: {
        ...schema('Export orders, one row per order line (the order list’s filters)'),
        querystring: orderExportQuery,
      },
    },
    async (request, reply) => send(reply, request.actor, { kind: 'orders', query: request.query }, request.language),
  );
};
