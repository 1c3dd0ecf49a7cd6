import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { AppError } from '../server/errors.ts';
import { fromAcceptLanguage, type Language } from '../shared/language.ts';
import type { Actor } from './actor.ts';
import { actorFromSession, actorFromToken, type SignedInUser } from './sessions.repo.ts';
import { enrolmentRoutes, mustEnrolTotp } from './two-factor.service.ts';

export const SESSION_COOKIE = 'guanxi_session';

const kActor = Symbol('guanxi.actor');

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in user. Reading it on a request that has none answers 401: no handler runs without one. */
    readonly actor: Actor;
    /**
     * The language to answer in: the user's own choice, else the request's Accept-Language, else
     * English. Server messages, titles made by rules and exports are rendered in it.
     */
    readonly language: Language;
    [kActor]: Actor | null;
  }
  interface FastifyContextConfig {
    /**
     * Who may call the route without logging in: `true`, anyone (setup, login, the calendar feed by its
     * secret); `'pages'`, anyone for paths outside the API (the web app's files and its index.html).
     * Every other route needs a user, and so does every request the router matched to no route.
     */
    public?: boolean | 'pages';
  }
}

const unauthenticated = () => new AppError('unauthenticated', 'Log in first');

async function resolveActor(db: Db, request: FastifyRequest): Promise<SignedInUser | undefined> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    return token ? actorFromToken(db, token) : undefined;
  }
  const secret = request.cookies[SESSION_COOKIE];
  return secret ? actorFromSession(db, secret) : undefined;
}

/**
 * Whether a request's path is in the API as a browser or a proxy would read it: percent-decoded,
 * dot segments resolved, slashes folded, any case. Only used to refuse more: matching itself is the router's.
 */
export function isApiPath(url: string): boolean {
  let path = url.split('?')[0].replace(/\\/g, '/');
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(path); i++) {
    try {
      path = decodeURIComponent(path);
    } catch {
      return true; // undecodable: treat as the API, which refuses it without a user
    }
  }
  const resolved = new URL(path.replace(/\/{2,}/g, '/'), 'http://guanxi.invalid').pathname.toLowerCase();
  return resolved === '/api' || resolved.startsWith('/api/');
}

/**
 * Every route requires a live session cookie or API token unless the route itself is declared public
 * (`config: { public }`). The decision uses the route the router matched, never the URL's text.
 */
export function registerAuthentication(app: FastifyInstance, db: Db) {
  app.decorateRequest(kActor, null);
  app.decorateRequest('actor', {
    getter(this: FastifyRequest) {
      const actor = this[kActor];
      if (!actor) throw unauthenticated();
      return actor;
    },
  });
  app.decorateRequest('language', {
    getter(this: FastifyRequest) {
      return this[kActor]?.language ?? fromAcceptLanguage(this.headers['accept-language']) ?? 'en';
    },
  });
  // The OpenAPI document says which operations need no login.
  app.addHook('onRoute', (route) => {
    if (route.config?.public === true && route.schema) route.schema = { ...route.schema, security: [] };
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.public;
    if (access === true) return;
    if ((access === 'pages' || request.is404) && !isApiPath(request.url)) return;
    const user = await resolveActor(db, request);
    if (!user) throw unauthenticated();
    // An administrator without a second factor, while the setting requires one, may only set it up.
    if (!enrolmentRoutes.has(request.routeOptions.url ?? '') && (await mustEnrolTotp(db, user)))
      throw new AppError('totp_enrolment_required', 'Set up two-factor sign-in first: administrators must use it');
    const { totpEnabled: _, ...actor } = user;
    request[kActor] = actor;
  });
}
