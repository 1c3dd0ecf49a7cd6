import { isIP } from 'node:net';

const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (namedRanges.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return isIP(prefix) === 4 && version === 4; // 10.0.0.0/255.0.0.0
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * Fastify's `trustProxy` for GUANXI_TRUSTED_PROXIES: only connections from these addresses may say, in
 * X-Forwarded-For, -Host and -Proto, whom and where they forward for. None (the default): no one may, and a
 * request's address is its connection's. A malformed entry stops the server with a message naming it.
 */
export function trustProxyOption(trustedProxies: string[]): false | string[] {
  const wrong = trustedProxies.filter((entry) => !isAddressOrRange(entry));
  if (wrong.length > 0)
    throw new Error(
      `GUANXI_TRUSTED_PROXIES: ${wrong.map((entry) => `"${entry}"`).join(', ')} is not an IP address, a CIDR range (10.0.0.0/8) or loopback, linklocal, uniquelocal`,
    );
  return trustedProxies.length > 0 ? trustedProxies : false;
}
