import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { auditActions } from '../db/schema/index.ts';
import { forbidden } from '../server/errors.ts';
import { listAudit } from './audit.repo.ts';

const auditEntry = z.object({
  id: z.number(),
  at: z.date(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  /** Who acted when no user did: 'command line', 'scheduler' or 'first-run setup'. */
  systemActor: z.string().nullable(),
  action: z.enum(auditActions),
  entity: z.string(),
  entityId: z.string(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
});

export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first (admin)',
        querystring: z.object({
          entity: z.string().optional(),
          entityId: z.string().optional(),
          actorId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          cursor: z.coerce.number().int().positive().optional(),
        }),
        response: { 200: z.object({ items: z.array(auditEntry), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      if (request.actor.role !== 'admin') throw forbidden('Only administrators read the audit log');
      return listAudit(db, request.query);
    },
  );
};
