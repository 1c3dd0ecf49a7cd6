import fastifyMultipart from '@fastify/multipart';
import type { FastifySchemaCompiler } from 'fastify';
import { type FastifyPluginAsyncZod, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { analyseInBackground } from '../analytics/index.ts';
import { businessTimeZone } from '../config.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../server/errors.ts';
import { fileLanguage, idParams } from '../shared/schema-parts.ts';
import { laterSeparator } from './error-file.ts';
import { presentJob, settleInterruptedJobs } from './import-jobs.repo.ts';
import { errorFileIn, jobIn } from './import-reading.ts';
import { startImport } from './import-runner.ts';
import {
  importJobList,
  importJobSchema,
  importPreviewSchema,
  kind,
  previewBody,
  previewQuery,
  startImportBody,
  startImportQuery,
} from './imports.schema.ts';
import { checkImporter, getImportJob, listRecentImports, previewUpload, receiveUpload } from './imports.service.ts';
import { templateIn } from './templates.ts';
import { discardUpload, errorFileOf, removeLeftoverUploads, sweepOldFiles } from './upload-files.ts';

/** Multipart bodies are read as streams by the route; their zod schema only documents them. */
const multipartValidator: FastifySchemaCompiler<unknown> = (route) =>
  route.httpPart === 'body' ? () => ({ value: undefined }) : validatorCompiler(route as never);

/** A file name for Content-Disposition, also when it is Chinese (RFC 6266). */
export const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const importsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await app.register(fastifyMultipart, {
    limits: { fileSize: 20 * 1024 ** 3, files: 1, fields: 5, fieldSize: 1024 * 1024, parts: 10 },
  });
  // Imports run in this process after the upload; closing the server stops them and waits.
  const stopping = new AbortController();
  const running = new Set<Promise<unknown>>();
  // At start-up: imports that a stopped process left 'running' are settled as failed, and their uploads removed.
  app.addHook('onReady', async () => {
    await settleInterruptedJobs(db);
    await removeLeftoverUploads();
  });
  app.addHook('onClose', async () => {
    stopping.abort(new Error('The server stopped'));
    await Promise.allSettled(running);
  });

  app.post(
    '/imports/preview',
    {
      validatorCompiler: multipartValidator,
      schema: {
        tags: ['imports'],
        summary: 'Preview a CSV file: its encoding, headers, first rows and the columns they map to',
        description: 'Administrators and managers. Multipart with a `file` part; the first 64 KB are read.',
        consumes: ['multipart/form-data'],
        querystring: previewQuery,
        body: previewBody,
        response: { 200: importPreviewSchema },
      },
    },
    async (request) => {
      checkImporter(request.actor);
      return previewUpload({ request, kind: request.query.kind, encoding: request.query.encoding });
    },
  );

  app.post(
    '/imports',
    {
      validatorCompiler: multipartValidator,
      schema: {
        tags: ['imports'],
        summary: 'Upload a CSV file and import it in the background (or check it with dryRun=true)',
        description:
          'Administrators and managers. Multipart: an optional `mapping` field, then the `file` part. ' +
          'Answers 202 with the job; poll `GET /imports/{id}` for its progress. Columns: docs/import.md.',
        consumes: ['multipart/form-data'],
        querystring: startImportQuery,
        body: startImportBody,
        response: { 202: importJobSchema },
      },
    },
    async (request, reply) => {
      checkImporter(request.actor);
      const upload = await receiveUpload(request);
      try {
        await sweepOldFiles();
        const { job, result } = await startImport({
          db,
          actor: request.actor,
          kind: request.query.kind,
          file: upload.path,
          fileName: upload.fileName,
          encoding: request.query.encoding,
          timeZone: request.query.timeZone ?? businessTimeZone,
          onError: request.query.onError,
          dryRun: request.query.dryRun,
          mapping: upload.mapping,
          errorFile: errorFileOf(upload.path),
          // Rendered in the reader's language when downloaded.
          errorSeparator: laterSeparator,
          discardFile: () => discardUpload(upload.path),
          signal: stopping.signal,
        });
        const done = result
          .then((outcome) => {
            // Orders written asked for the analysis: it runs now, after the import, and not per batch.
            if (outcome.inserted + outcome.updated > 0 && request.query.kind === 'orders' && !stopping.signal.aborted)
              void analyseInBackground({ db, onError: (error) => app.log.error({ err: error }, 'analysis failed') });
          })
          .catch((error) => request.log.error({ err: error }, 'import job could not be recorded'))
          .finally(() => discardUpload(upload.path).catch(() => {}));
        running.add(done);
        done.finally(() => running.delete(done));
        return reply.status(202).send(jobIn(job, request.language));
      } catch (error) {
        await discardUpload(upload.path);
        throw error;
      }
    },
  );

  app.get(
    '/imports/templates/:kind',
    {
      schema: {
        tags: ['imports'],
        summary: 'A CSV file to start from: the headers of one kind of record and example rows (it imports as it is)',
        description:
          'Headers and enumerations’ values in the reader’s language (or `language`), as the import reads them.',
        params: z.object({ kind }),
        querystring: z.object({ language: fileLanguage }),
        produces: ['text/csv'],
      },
    },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(`guanxi-${request.params.kind}-template.csv`))
        .send(await templateIn(request.params.kind, request.query.language ?? request.language)),
  );

  app.get(
    '/imports',
    {
      schema: { tags: ['imports'], summary: 'The 50 most recent imports', response: { 200: importJobList } },
    },
    async (request) => {
      const { items } = await listRecentImports({ db, actor: request.actor });
      return { items: items.map((job) => jobIn(job, request.language)) };
    },
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags: ['imports'],
        summary: 'One import: its progress while it runs, its outcome and first errors afterwards',
        params: idParams,
        response: { 200: importJobSchema },
      },
    },
    async (request) =>
      jobIn(presentJob(await getImportJob({ db, actor: request.actor, id: request.params.id })), request.language),
  );

  app.get(
    '/imports/:id/errors.csv',
    {
      schema: {
        tags: ['imports'],
        summary: 'The rejected rows with line, column and reason, as CSV (UTF-8 with BOM)',
        description:
          'Its own columns and the reasons in the reader’s language (or `language`); in English exactly as ' +
          '`guanxi import` writes it. The rows’ original cells follow under the file’s own headers.',
        params: idParams,
        querystring: z.object({ language: fileLanguage }),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const job = await getImportJob({ db, actor: request.actor, id: request.params.id });
      if (!presentJob(job).hasErrorFile || !job.errorFile) throw notFound('Error file');
      const name = `${job.fileName.replace(/\.[^.]*$/, '')}.errors.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(name))
        .send(
          errorFileIn({ path: job.errorFile, kind: job.kind, language: request.query.language ?? request.language }),
        );
    },
  );
};
