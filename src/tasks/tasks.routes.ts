import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';
import { idParams } from '../shared/schema-parts.ts';
import {
  completeTaskBody,
  createTaskBody,
  listTasksQuery,
  taskCountsSchema,
  taskPage,
  taskSchema,
  taskScopeQuery,
  updateTaskBody,
} from './tasks.schema.ts';
import { completeTask, countTasks, createTask, getTask, listTasks, updateTask } from './tasks.service.ts';

export const tasksRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Tasks, soonest due first (mine, or the team’s for managers)',
        querystring: listTasksQuery,
        response: { 200: taskPage },
      },
    },
    async (request) => listTasks({ db, actor: request.actor, query: request.query, language: request.language }),
  );

  app.get(
    '/tasks/counts',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Open tasks overdue, due today and upcoming (the counts of My work)',
        querystring: taskScopeQuery,
        response: { 200: taskCountsSchema },
      },
    },
    async (request) => countTasks({ db, actor: request.actor, query: request.query }),
  );

  app.post(
    '/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Create a task by hand',
        body: createTaskBody,
        response: { 201: taskSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createTask({ db, actor: request.actor, input: request.body, language: request.language })),
  );

  app.get(
    '/tasks/:id',
    { schema: { tags: ['tasks'], summary: 'One task', params: idParams, response: { 200: taskSchema } } },
    async (request) => getTask({ db, actor: request.actor, id: request.params.id, language: request.language }),
  );

  app.patch(
    '/tasks/:id',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Change, reassign, cancel or reopen a task',
        params: idParams,
        body: updateTaskBody,
        response: { 200: taskSchema },
      },
    },
    async (request) =>
      updateTask({ db, actor: request.actor, id: request.params.id, input: request.body, language: request.language }),
  );

  app.post(
    '/tasks/:id/complete',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Mark a task done, logging the interaction that did it in the same step',
        params: idParams,
        body: completeTaskBody,
        response: { 200: taskSchema },
      },
    },
    async (request) =>
      completeTask({
        db,
        actor: request.actor,
        id: request.params.id,
        input: request.body ?? {},
        language: request.language,
      }),
  );
};
