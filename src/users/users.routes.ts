import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { listUsers } from './users.repo.ts';
import {
  createUserBody,
  resetPasswordAnswer,
  resetPasswordBody,
  updateUserBody,
  userParams,
  userSchema,
} from './users.schema.ts';
import { createUser, resetPassword, updateUser } from './users.service.ts';

export const usersRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'The team: every user (a directory for owners and sharing)',
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
    },
    async () => ({ items: await listUsers(db) }),
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create a user (admin)',
        body: createUserBody,
        response: { 201: userSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await db.transaction((tx) => createUser({ db: tx, actor: request.actor, input: request.body }))),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary:
          "Correct a user's name or email, change their role, disable or enable them, or set a temporary password (admin; not on one's own account)",
        params: userParams,
        body: updateUserBody,
        response: { 200: userSchema },
      },
    },
    async (request) => updateUser({ db, actor: request.actor, id: request.params.id, input: request.body }),
  );

  app.post(
    '/users/:id/password-reset',
    {
      schema: {
        tags: ['users'],
        summary:
          "Reset another user's password (admin): to `password`, or to a generated one answered once; they must change it at the next sign-in, and their sessions, API tokens and calendar feed end",
        params: userParams,
        body: resetPasswordBody,
        response: { 200: resetPasswordAnswer },
      },
    },
    async (request) => resetPassword({ db, actor: request.actor, id: request.params.id, input: request.body }),
  );
};
