import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { isApiPath } from '../auth/authenticate.ts';

export const webDist = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/**
 * Serves the built web app (files looked up per request, so a rebuild needs no restart); any other
 * non-API path gets index.html so the app's router can take it. These are public only outside the API.
 */
export async function registerWebApp(app: FastifyInstance) {
  const built = existsSync(resolve(webDist, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: webDist, serve: false });
    app.get<{ Params: { '*': string } }>(
      '/*',
      { config: { public: 'pages' }, schema: { hide: true } },
      (request, reply) => reply.sendFile(request.params['*']),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    // Calendar feeds (`/calendar/<secret>.ics`) are not pages of the app either: a wrong one is a plain 404.
    if (isApiPath(request.url) || request.url.startsWith('/calendar/') || request.method !== 'GET')
      return reply
        .status(404)
        .send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` } });
    if (!built)
      return reply
        .status(503)
        .type('text/plain')
        .send('The web app is not built yet: run `npm run build:web` (npm install does it too).');
    return reply.type('text/html').sendFile('index.html');
  });
}
