import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * What the web app (React, antd's CSS-in-JS, ECharts on canvas) needs and nothing more: scripts only
 * from the app's own files, no framing, no plugins, requests only to its own origin. antd writes its
 * styles into <style> elements at run time, hence 'unsafe-inline' for styles (scripts never).
 */
export const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Security headers on every answer (helmet): the CSP above, no framing, no MIME sniffing, no referrer
 * leaving the origin. HSTS only when the request came over HTTPS (directly, or from a trusted proxy),
 * since a plain-HTTP install must stay reachable. Answers other than the web app's own files (the
 * API, exports, the calendar feed) carry personal data: no cache may keep them.
 */
export async function registerSecurityHeaders(app: FastifyInstance) {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (request.routeOptions.config?.public !== 'pages' && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
  });
}
