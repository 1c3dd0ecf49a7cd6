import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import {
  adminTotpRequired,
  confirmTotpEnrolment,
  disableTotp,
  resetTotp,
  setAdminTotpRequired,
  startTotpEnrolment,
  twoFactorStatus,
} from './two-factor.service.ts';

const code = z.string().trim().min(1, 'is required').max(20).meta({ description: 'the 6-digit code of the app' });
const policy = z.object({ requiredForAdmins: z.boolean() });

/** Two-factor sign-in with TOTP: each user's own set-up, and the administrators' rule and reset. */
export const twoFactorRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/auth/totp',
    {
      schema: {
        tags: ['auth'],
        summary: "The caller's two-factor sign-in: on, being set up, and whether it is required",
        response: {
          200: z.object({
            enabled: z.boolean(),
            enabledAt: z.date().nullable(),
            pending: z.boolean(),
            requiredForAdmins: z.boolean(),
            enrolmentRequired: z
              .boolean()
              .meta({ description: 'true: an administrator who must set it up before doing anything else' }),
          }),
        },
      },
    },
    async (request) => twoFactorStatus({ db, actor: request.actor }),
  );

  app.post(
    '/auth/totp',
    {
      schema: {
        tags: ['auth'],
        summary: 'Start setting up two-factor sign-in: a new secret for an authenticator app (confirm it with a code)',
        response: { 201: z.object({ secret: z.string(), uri: z.string() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await startTotpEnrolment({ db, actor: request.actor })),
  );

  app.post(
    '/auth/totp/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Turn two-factor sign-in on with a code from the app',
        body: z.strictObject({ code }),
      },
    },
    async (request, reply) => {
      await confirmTotpEnrolment({ db, actor: request.actor, code: request.body.code });
      return reply.status(204).send();
    },
  );

  app.delete(
    '/auth/totp',
    {
      schema: {
        tags: ['auth'],
        summary: 'Turn two-factor sign-in off, with a current code or the password',
        body: z.strictObject({ code: code.optional(), password: z.string().min(1).max(1000).optional() }),
      },
    },
    async (request, reply) => {
      await disableTotp({ db, actor: request.actor, ...request.body });
      return reply.status(204).send();
    },
  );

  app.delete(
    '/users/:id/totp',
    {
      schema: {
        tags: ['users'],
        summary: "Remove a user's two-factor sign-in, say after a lost phone (admin)",
        params: z.object({ id: z.uuid({ message: 'must be a user id' }) }),
      },
    },
    async (request, reply) => {
      await resetTotp({ db, actor: request.actor, userId: request.params.id });
      return reply.status(204).send();
    },
  );

  app.get(
    '/auth/two-factor-policy',
    {
      schema: {
        tags: ['auth'],
        summary: 'Whether administrators must use two-factor sign-in',
        response: { 200: policy },
      },
    },
    async () => ({ requiredForAdmins: await adminTotpRequired(db) }),
  );

  app.put(
    '/auth/two-factor-policy',
    {
      schema: {
        tags: ['auth'],
        summary: 'Require two-factor sign-in for administrators, or not (admin)',
        body: policy.strict(),
        response: { 200: policy },
      },
    },
    async (request) => {
      await setAdminTotpRequired({ db, actor: request.actor, required: request.body.requiredForAdmins });
      return { requiredForAdmins: request.body.requiredForAdmins };
    },
  );
};
