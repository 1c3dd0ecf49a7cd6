import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isApiPath } from '../auth/authenticate.ts';
import { fromAcceptLanguage } from '../shared/language.ts';
import { translate } from '../shared/translate.ts';

export const webDist = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface WebAppOptions {
  /** The built app to serve; default web/dist. */
  dist?: string;
  /**
   * Serve the files as they are on disk: no precompressed variants, `max-age=0`, index.html
   * untouched. How the server served them before; the first-load benchmark's baseline.
   */
  plainFiles?: boolean;
}

/** Vite writes only content-hashed file names under assets/: a name never comes back with other content. */
const immutable = 'public, max-age=31536000, immutable';

/**
 * The document's language for a reader we know nothing of yet: what their browser asks for
 * (Accept-Language), as the app itself will pick on start unless they chose another language,
 * which it then sets. English when the header names neither of ours, as the app falls back.
 */
export const documentLanguage = (acceptLanguage: string | undefined) => fromAcceptLanguage(acceptLanguage) ?? 'en';

/** index.html with the reader's language in `<html lang>`: revalidated on every visit (no-cache, ETag). */
async function sendIndex(dist: string, request: FastifyRequest, reply: FastifyReply) {
  const html = (await readFile(resolve(dist, 'index.html'), 'utf8')).replace(
    /<html lang="[^"]*"/,
    `<html lang="${documentLanguage(request.headers['accept-language'])}"`,
  );
  const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 22)}"`;
  reply.header('cache-control', 'no-cache').header('vary', 'Accept-Language').header('etag', etag);
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply.type('text/html; charset=utf-8').send(html);
}

/**
 * Serves the built web app (files looked up per request, so a rebuild needs no restart); any other
 * non-API path gets index.html so the app's router can take it. These are public only outside the API.
 * The hashed files under assets/ are cached for a year and sent brotli- or gzip-compressed when the
 * browser accepts it, from the `.br`/`.gz` files the build wrote beside them (web/precompress.ts).
 */
export async function registerWebApp(app: FastifyInstance, options: WebAppOptions = {}) {
  const dist = options.dist ?? webDist;
  const plain = options.plainFiles ?? false;
  const built = existsSync(resolve(dist, 'index.html'));
  const index = (request: FastifyRequest, reply: FastifyReply) =>
    plain ? reply.type('text/html').sendFile('index.html') : sendIndex(dist, request, reply);
  if (built) {
    await app.register(fastifyStatic, { root: dist, serve: false, preCompressed: !plain });
    app.get<{ Params: { '*': string } }>(
      '/*',
      { config: { public: 'pages' }, schema: { hide: true } },
      (request, reply) => {
        const path = request.params['*'];
        if (plain) return reply.sendFile(path);
        if (path === '' || path === 'index.html') return index(request, reply);
        reply
          .header('vary', 'Accept-Encoding')
          .header('cache-control', path.startsWith('assets/') ? immutable : 'no-cache');
        return reply.sendFile(path, { cacheControl: false });
      },
    );
  }
  app.setNotFoundHandler((request, reply) => {
    const { language } = request;
    // Calendar feeds (`/calendar/<secret>.ics`) are not pages of the app either: a wrong one is a plain 404.
    if (isApiPath(request.url) || request.url.startsWith('/calendar/') || request.method !== 'GET') {
      const message = translate(`No route ${request.method} ${request.url.split('?')[0]}`, language);
      return reply.status(404).send({ error: { code: 'not_found', message } });
    }
    if (!built)
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(translate('The web app is not built yet: run `npm run build:web` (npm install does it too).', language));
    return index(request, reply);
  });
}
