import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { notFound } from '../server/errors.ts';
import { requestBaseUrl } from '../server/request-base-url.ts';
import {
  calendarFeedStatus,
  calendarFeedText,
  createCalendarFeed,
  revokeCalendarFeed,
} from './calendar-feeds.service.ts';

interface CalendarOptions {
  db: Db;
  /** GUANXI_PUBLIC_URL: the base of feed URLs and of links in events; else the request's own address (requestBaseUrl). */
  publicUrl?: string;
}

/** Where the feed itself is served, outside /api/v1: its secret is the credential, no login needed. */
export const calendarFeedPath = '/calendar';

/** Managing the caller's feed, under /api/v1. */
export const calendarFeedRoutes: FastifyPluginAsyncZod<CalendarOptions> = async (app, { db, publicUrl }) => {
  app.get(
    '/calendar-feed',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Whether the caller has a calendar feed of their tasks, and since when',
        response: { 200: z.object({ active: z.boolean(), createdAt: z.date().nullable() }) },
      },
    },
    async (request) => calendarFeedStatus({ db, actor: request.actor }),
  );

  app.post(
    '/calendar-feed',
    {
      schema: {
        tags: ['calendar'],
        summary:
          "Create the caller's iCalendar feed of open tasks, or replace its secret URL (the old one stops working); the URL is shown only in this answer",
        response: { 201: z.object({ url: z.string() }) },
      },
    },
    async (request, reply) => {
      const { secret } = await createCalendarFeed({ db, actor: request.actor });
      const base = requestBaseUrl(request, publicUrl);
      return reply.status(201).send({ url: `${base}${calendarFeedPath}/${secret}.ics` });
    },
  );

  app.delete(
    '/calendar-feed',
    {
      schema: {
        tags: ['calendar'],
        summary: "Revoke the caller's calendar feed: its URL answers 404 from now on",
      },
    },
    async (request, reply) => {
      await revokeCalendarFeed({ db, actor: request.actor });
      return reply.status(204).send();
    },
  );
};

/** The feed itself, for calendar apps to subscribe to. */
export const calendarFileRoutes: FastifyPluginAsyncZod<CalendarOptions> = async (app, { db, publicUrl }) => {
  app.get(
    `${calendarFeedPath}/:file`,
    {
      config: { public: true },
      schema: {
        tags: ['calendar'],
        summary: 'An iCalendar feed of open tasks (text/calendar); the secret in the URL is the credential',
        params: z.object({ file: z.string().describe('`<secret>.ics`, from POST /api/v1/calendar-feed') }),
      },
    },
    async (request, reply) => {
      const secret = /^([A-Za-z0-9_-]{1,200})\.ics$/.exec(request.params.file)?.[1];
      const text = secret ? await calendarFeedText({ db, secret, publicUrl, language: request.language }) : undefined;
      if (!text) throw notFound('Calendar feed');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-disposition', 'inline; filename="guanxi-tasks.ics"')
        .send(text);
    },
  );
};

/** A request URL for the log: a calendar feed's secret is a credential, so it is never written out. */
export const redactFeedSecret = (url: string) =>
  url.startsWith(`${calendarFeedPath}/`) ? `${calendarFeedPath}/[secret].ics` : url;
