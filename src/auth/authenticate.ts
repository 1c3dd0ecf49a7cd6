import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { AppError } from '../server/errors.ts';
import type { Actor } from './actor.ts';
import { actorFromSession, actorFromToken } from './sessions.repo.ts';

export const SESSION_COOKIE = 'guanxi_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in user; set for every route not marked `config: { public: true }`. */
    actor: Actor;
  }
  interface FastifyContextConfig {
    public?: boolean;
  }
}

async function resolveActor(db: Db, request: FastifyRequest): Promise<Actor | undefined> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return actorFromToken(db, header.slice(7).trim());
  const secret = request.cookies[SESSION_COOKIE];
  return secret ? actorFromSession(db, secret) : undefined;
}

/** Every API route requires a live session cookie or API token unless it is marked public. */
export function registerAuthentication(app: FastifyInstance, db: Db) {
  app.decorateRequest('actor', undefined as unknown as Actor);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/') || request.routeOptions.config?.public) return;
    const actor = await resolveActor(db, request);
    if (!actor) throw new AppError('unauthenticated', 'Log in first');
    request.actor = actor;
  });
}
