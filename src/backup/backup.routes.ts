import { createReadStream } from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';
import { backupForDownload } from './backup.service.ts';

const description =
  'The whole database as one file, taken while the server keeps serving: on PostgreSQL an archive of ' +
  '`pg_dump --format=custom` (restore with `guanxi restore` or `pg_restore`), on the embedded database ' +
  'PGlite’s own dump of its folder, a .tar.gz (restore with `guanxi restore`). Administrators only; ' +
  'every download is recorded in the audit log. docs/backup.md says how to restore.';

export const backupRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/backup',
    { schema: { tags: ['backup'], summary: 'Download a backup of the whole database (admin)', description } },
    async (request, reply) => {
      const backup = await backupForDownload({ db, actor: request.actor });
      const stream = createReadStream(backup.file);
      stream.on('close', () => void backup.cleanUp());
      return reply
        .type('application/octet-stream')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${backup.fileName}"`)
        .header('content-length', backup.size)
        .send(stream);
    },
  );
};
