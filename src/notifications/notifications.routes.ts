import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import {
  listNotificationsQuery,
  notificationIdParams,
  notificationPage,
  notificationSchema,
} from './notifications.schema.ts';
import { countUnread, listNotifications, markAllRead, markRead } from './notifications.service.ts';

const countSchema = z.object({ count: z.number() });

export const notificationsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: "The caller's notifications, newest first (`unread=true`: only unread ones)",
        querystring: listNotificationsQuery,
        response: { 200: notificationPage },
      },
    },
    async (request) =>
      listNotifications({ db, actor: request.actor, query: request.query, language: request.language }),
  );

  app.get(
    '/notifications/unread-count',
    {
      schema: {
        tags: ['notifications'],
        summary: "How many of the caller's notifications are unread",
        response: { 200: countSchema },
      },
    },
    async (request) => countUnread({ db, actor: request.actor }),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: "Mark one of the caller's notifications read",
        params: notificationIdParams,
        response: { 200: notificationSchema },
      },
    },
    async (request) => markRead({ db, actor: request.actor, id: request.params.id }),
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags: ['notifications'],
        summary: "Mark all the caller's notifications read; answers how many were unread",
        response: { 200: countSchema },
      },
    },
    async (request) => markAllRead({ db, actor: request.actor }),
  );
};
