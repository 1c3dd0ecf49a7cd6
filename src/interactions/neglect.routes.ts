import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { fromAcceptLanguage, type Language } from '../shared/language.ts';
import {
  neglectExportQuery,
  neglectPageQuery,
  neglectPageSchema,
  neglectQuery,
  neglectReportSchema,
  neglectTasksBody,
  neglectTasksResultSchema,
} from './neglect.schema.ts';
import { neglectCsv } from './neglect-export.ts';
import { neglectedPage, neglectReport } from './neglect-report.ts';
import { makeNeglectTasks } from './neglect-tasks.ts';

/** 疏于联系的客户: the report, all of one relationship manager's neglected customers, the file, and tasks for them. */
export const neglectRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const tags = ['interactions'];
  /** The reader's language: their own choice, else their browser's, else English. */
  const readerLanguage = async (request: FastifyRequest): Promise<Language> => {
    const [user] = await db.select({ language: users.language }).from(users).where(eq(users.id, request.actor.id));
    return user?.language ?? fromAcceptLanguage(request.headers['accept-language']) ?? 'en';
  };

  app.get(
    '/reports/neglect',
    {
      schema: {
        tags,
        summary: 'Customers with no interaction in N days, per relationship manager, most valuable first',
        description: 'Each owner’s count and first `limit` customers; the rest through /reports/neglect/customers.',
        querystring: neglectQuery,
        response: { 200: neglectReportSchema },
      },
    },
    async (request) => neglectReport({ db, actor: request.actor, query: request.query }),
  );

  app.get(
    '/reports/neglect/customers',
    {
      schema: {
        tags,
        summary: 'All neglected customers of one relationship manager (ownerId) or of none (noOwner=true), paged',
        querystring: neglectPageQuery,
        response: { 200: neglectPageSchema },
      },
    },
    async (request) => neglectedPage({ db, actor: request.actor, query: request.query }),
  );

  app.get(
    '/reports/neglect/export',
    {
      schema: {
        tags,
        summary: 'Every neglected customer the caller may see, as CSV (headers in the reader’s language)',
        description:
          'Owner by owner, most valuable first; `language` (zh-CN or en) overrides the reader’s language. Cells that ' +
          'begin with = + - @, a tab or a carriage return get a leading single quote.',
        querystring: neglectExportQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { language, ...scope } = request.query;
      const stream = await neglectCsv({
        db,
        actor: request.actor,
        scope,
        language: language ?? (await readerLanguage(request)),
      });
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="neglected-customers-${day}.csv"`)
        .send(stream);
    },
  );

  app.post(
    '/reports/neglect/tasks',
    {
      schema: {
        tags,
        summary: 'Make a follow-up task for each neglected customer (or those named), for its relationship manager',
        description:
          'Skips customers with an open task, without an active relationship manager, and — for a relationship ' +
          'manager — customers owned by someone else; answers the counts. `dryRun` counts without making anything. ' +
          'Service staff: 403.',
        body: neglectTasksBody,
        response: { 200: neglectTasksResultSchema },
      },
    },
    async (request) =>
      makeNeglectTasks({ db, actor: request.actor, input: request.body, language: await readerLanguage(request) }),
  );
};
