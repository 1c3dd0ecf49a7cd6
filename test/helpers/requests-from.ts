import { request as httpRequest } from 'node:http';
import { solvesChallenge } from '../../src/auth/login-challenge.ts';
import type { ApiResponse } from './test-server.ts';

/**
 * HTTP requests from a chosen loopback address (127.0.0.2, 127.0.0.3, …: Linux routes all of 127/8 to
 * this machine), so that tests can be different clients to the server without trusting any proxy, and
 * with any headers, Host and X-Forwarded-* included.
 */
export function requestFrom(
  baseUrl: string,
  from: string,
  options: { method?: string; path: string; body?: unknown; headers?: Record<string, string> },
): Promise<ApiResponse> {
  const url = new URL(baseUrl);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers = { ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers };
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        localAddress: from,
        method: options.method ?? 'POST',
        path: options.path,
        headers,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers))
            if (typeof value === 'string') responseHeaders.set(name, value);
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined, headers: responseHeaders });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Finds a nonce that solves a login challenge, as the web app's login page does. */
export function solveChallenge(challenge: string, difficulty: number): string {
  if (typeof challenge !== 'string' || !(difficulty >= 0 && difficulty <= 32))
    throw new Error(`not a challenge: ${JSON.stringify({ challenge, difficulty })}`);
  for (let nonce = 0; ; nonce++) if (solvesChallenge(challenge, String(nonce), difficulty)) return String(nonce);
}

/** A login from `from`; with `solve`, first asks for a challenge and sends it solved. */
export async function loginFrom(
  baseUrl: string,
  from: string,
  credentials: { email: string; password: string },
  options: { solve?: boolean; headers?: Record<string, string> } = {},
) {
  let proof = {};
  if (options.solve) {
    const issued = await requestFrom(baseUrl, from, { path: '/api/v1/auth/challenge', body: {} });
    proof = { challenge: issued.body.challenge, nonce: solveChallenge(issued.body.challenge, issued.body.difficulty) };
  }
  return requestFrom(baseUrl, from, {
    path: '/api/v1/auth/login',
    body: { ...credentials, ...proof },
    headers: options.headers,
  });
}
