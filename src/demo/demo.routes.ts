import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';

/** Placeholder: the routes of this context are being written. */
export const demoRoutes: FastifyPluginAsyncZod<{ db: Db }> = async () => {};
