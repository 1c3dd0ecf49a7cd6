import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/** A host name, an IPv4 address or a bracketed IPv6 address, with an optional port: no path, user or spaces. */
const hostPattern =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * Where users reach the app, for URLs the server hands out: GUANXI_PUBLIC_URL when set. Otherwise the
 * address the request was sent to: its Host header, or X-Forwarded-Host and -Proto when the connection
 * comes from a trusted proxy (GUANXI_TRUSTED_PROXIES; Fastify ignores them from anyone else). A direct
 * client's Host only reaches the answer to that same client, so it must merely be a plain host[:port].
 */
export function requestBaseUrl(request: FastifyRequest, publicUrl?: string): string {
  if (publicUrl) return publicUrl;
  const { protocol, host } = request;
  if ((protocol !== 'http' && protocol !== 'https') || !hostPattern.test(host))
    throw new AppError(
      'validation_failed',
      "The request's host is not a plain host name and port; set GUANXI_PUBLIC_URL to say where users reach the app",
      { host: 'is not a host name' },
    );
  return `${protocol}://${host}`;
}
