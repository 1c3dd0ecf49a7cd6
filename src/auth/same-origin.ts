import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../server/errors.ts';
import { SESSION_COOKIE } from './authenticate.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origins of the app's own pages: GUANXI_PUBLIC_URL's, and the one the request was sent to. */
function ownOrigins(request: FastifyRequest, publicUrl?: string) {
  const origins = [`${request.protocol}://${request.host}`];
  if (publicUrl) origins.push(new URL(publicUrl).origin);
  return origins;
}

/**
 * Cross-site request forgery: a browser sends the session cookie with requests that other sites make
 * it send. Every browser sends `Origin` (or at least `Sec-Fetch-Site`) with a POST, PUT, PATCH or
 * DELETE, so a state-changing request that carries the cookie must show that it comes from the app's
 * own pages. Requests with an Authorization header (API tokens, which browsers never add by
 * themselves) and requests without any cookie or browser header (a script logging in) are unaffected.
 */
export function registerSameOriginCheck(app: FastifyInstance, options: { publicUrl?: string }) {
  app.addHook('onRequest', async (request) => {
    if (safeMethods.has(request.method) || request.headers.authorization !== undefined) return;
    const origin = request.headers.origin;
    const site = request.headers['sec-fetch-site'];
    if (origin !== undefined) {
      if (ownOrigins(request, options.publicUrl).includes(origin)) return;
    } else if (site === 'same-origin' || (site === undefined && request.cookies[SESSION_COOKIE] === undefined)) {
      return;
    }
    throw new AppError('forbidden', 'A request from another site was refused: use the app itself, or an API token');
  });
}
