import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginLimits } from '../../src/auth/login-throttle.ts';
import { trustProxyOption } from '../../src/server/trusted-proxies.ts';
import { loginFrom, requestFrom } from '../helpers/requests-from.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * X-Forwarded-For, -Host and -Proto are believed only from the proxies in GUANXI_TRUSTED_PROXIES (none by
 * default): a client that writes them itself neither changes its address for the login throttle nor the
 * address in the URLs the server hands out.
 */
let direct: Awaited<ReturnType<typeof startTestServer>>;
let proxied: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  direct = await startTestServer();
  proxied = await startTestServer({ trustedProxies: ['127.0.0.1'] });
});
afterAll(async () => {
  await direct?.close();
  await proxied?.close();
});

const randomAddress = () => `203.0.113.${Math.floor(Math.random() * 254) + 1}`;

/** A bearer token of a new user (a token needs no Origin, so any Host can be tried). */
async function tokenOf(server: typeof direct) {
  const user = await server.userClient('relationship_manager');
  return (await user.post('/api/v1/tokens', { name: 'calendar' })).body.token as string;
}

describe('without trusted proxies', () => {
  it('counts failed logins by the connection, whatever X-Forwarded-For says', async () => {
    const answers = [];
    for (let i = 0; i < 60; i++)
      answers.push(
        await loginFrom(
          direct.baseUrl,
          '127.0.0.60',
          { email: `someone${i}@example.com`, password: 'guess' },
          { headers: { 'x-forwarded-for': randomAddress() } },
        ),
      );
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(60 - loginLimits.addressChallengeAfter);
    expect(refused[0].body.error.code).toBe('challenge_required');
  });

  it('never puts X-Forwarded-Host in a calendar feed URL, and refuses a Host that is not a host', async () => {
    const token = await tokenOf(direct);
    const feed = await requestFrom(direct.baseUrl, '127.0.0.61', {
      path: '/api/v1/calendar-feed',
      headers: {
        authorization: `Bearer ${token}`,
        'x-forwarded-host': 'evil.example.com',
        'x-forwarded-proto': 'https',
      },
    });
    expect(feed.status).toBe(201);
    expect(feed.body.url).toMatch(new RegExp(`^${direct.baseUrl}/calendar/[A-Za-z0-9_-]+\\.ics$`));

    const injected = await requestFrom(direct.baseUrl, '127.0.0.61', {
      path: '/api/v1/calendar-feed',
      headers: { authorization: `Bearer ${token}`, host: 'evil.example.com/phish?' },
    });
    expect(injected.status).toBe(400);
    expect(injected.body.error.fields).toHaveProperty('host');
  });
});

describe('behind a trusted proxy', () => {
  it('throttles the address the proxy forwards for', async () => {
    const target = await proxied.userClient('manager');
    const guess = (forwardedFor: string) =>
      loginFrom(
        proxied.baseUrl,
        '127.0.0.1',
        { email: target.user.email, password: 'guess' },
        { headers: { 'x-forwarded-for': forwardedFor } },
      );
    for (let i = 0; i < loginLimits.pairFree; i++) expect((await guess('198.51.100.7')).status).toBe(401);
    expect((await guess('198.51.100.7')).status).toBe(429);
    expect((await guess('198.51.100.8')).status).toBe(401);
  });

  it("builds the calendar feed URL from the proxy's X-Forwarded-Host and -Proto", async () => {
    const feed = await requestFrom(proxied.baseUrl, '127.0.0.1', {
      path: '/api/v1/calendar-feed',
      headers: {
        authorization: `Bearer ${await tokenOf(proxied)}`,
        'x-forwarded-host': 'crm.example.com',
        'x-forwarded-proto': 'https',
      },
    });
    expect(feed.body.url).toMatch(/^https:\/\/crm\.example\.com\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  });

  it('believes no one else', async () => {
    const feed = await requestFrom(proxied.baseUrl, '127.0.0.62', {
      path: '/api/v1/calendar-feed',
      headers: { authorization: `Bearer ${await tokenOf(proxied)}`, 'x-forwarded-host': 'evil.example.com' },
    });
    expect(feed.body.url).not.toContain('evil');
  });
});

describe('GUANXI_TRUSTED_PROXIES', () => {
  it('takes addresses, CIDR ranges and named ranges, and names a wrong entry', () => {
    expect(trustProxyOption([])).toBe(false);
    expect(trustProxyOption(['10.0.0.0/8', '::1', 'fd00::/8', 'loopback'])).toEqual([
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    expect(() => trustProxyOption(['10.0.0.0/8', 'proxy.local'])).toThrow(/"proxy.local"/);
    expect(() => trustProxyOption(['10.0.0.0/33'])).toThrow(/GUANXI_TRUSTED_PROXIES/);
  });
});
