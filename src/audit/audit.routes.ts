import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { auditActions } from '../db/schema/index.ts';
import { forbidden } from '../server/errors.ts';
import { day } from '../shared/schema-parts.ts';
import { listAudit } from './audit.repo.ts';
import { recordKinds } from './audit-records.ts';

/** Who acts when no user does (auth/actor.ts). */
const systemActors = ['command line', 'scheduler', 'first-run setup'] as const;

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
  record: z
    .object({
      found: z.boolean().meta({ description: 'False when the record was deleted since' }),
      customerId: z
        .string()
        .nullable()
        .meta({ description: 'The customer the record belongs to (customers, contacts, interactions, tasks, orders)' }),
    })
    .nullable()
    .meta({ description: `Null when the entry names no stored record; kept records are: ${recordKinds.join(', ')}` }),
});

const auditQuery = z
  .object({
    entity: z
      .string()
      .trim()
      .regex(/^[a-z_]{1,50}$/, 'must be a record type such as customer or order')
      .optional()
      .meta({ description: `The record type: ${recordKinds.join(', ')}, or backup, restore, setting, demo_data` }),
    entityId: z.string().trim().min(1).max(200, 'must be at most 200 characters').optional(),
    actorId: z.uuid({ message: 'must be a user id' }).optional(),
    systemActor: z
      .enum(systemActors, { message: `must be one of: ${systemActors.join(', ')}` })
      .optional()
      .meta({ description: 'Entries made by the system rather than a user' }),
    from: day.optional().meta({ description: "First day (YYYY-MM-DD) in the business's time zone" }),
    to: day.optional().meta({ description: "Last day (YYYY-MM-DD) in the business's time zone, included" }),
    limit: z.coerce.number().int().min(1, 'must be 1 to 200').max(200, 'must be 1 to 200').default(50),
    cursor: z.coerce.number().int().positive('must be a cursor from nextCursor').optional(),
  })
  .superRefine((query, context) => {
    if (query.actorId && query.systemActor)
      context.addIssue({ code: 'custom', path: ['systemActor'], message: 'choose a user or a system actor, not both' });
    if (query.from && query.to && query.from > query.to)
      context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  });

export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary:
          'The audit log, newest first (admin): by who (a user or a system actor), record type and id, and days; each entry says whether its record still exists',
        querystring: auditQuery,
        response: { 200: z.object({ items: z.array(auditEntry), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      if (request.actor.role !== 'admin') throw forbidden('Only administrators read the audit log');
      return listAudit(db, request.query);
    },
  );
};
