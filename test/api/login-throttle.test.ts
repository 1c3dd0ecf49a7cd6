import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { challengeSettings, solvesChallenge } from '../../src/auth/login-challenge.ts';
import { loginLimits } from '../../src/auth/login-throttle.ts';
import { loginFrom, requestFrom, solveChallenge } from '../helpers/requests-from.ts';
import { PASSWORD, startTestServer } from '../helpers/test-server.ts';

/**
 * Login throttling as OWASP's authentication guidance describes it: growing waits per account and address
 * pair, a proof-of-work past many failures of an account or an address, and never a lock that an attacker
 * can put on someone else. Each test is its own client address (127.0.0.x); the clock is moved, not waited for.
 */
let now = new Date();
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
});
afterAll(() => server.close());

const advance = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};
const wrong = (email: string) => ({ email, password: 'not the password' });
const statuses = (responses: { status: number }[]) => responses.map((response) => response.status);

describe('login throttling', () => {
  it('checks at most the free attempts of 40 parallel wrong passwords for one account; the rest wait', async () => {
    const target = await server.userClient('relationship_manager');
    const guesses = await Promise.all(
      Array.from({ length: 40 }, () => loginFrom(server.baseUrl, '127.0.0.10', wrong(target.user.email))),
    );
    expect(statuses(guesses).filter((status) => status === 401)).toHaveLength(loginLimits.pairFree);
    const refused = guesses.filter((guess) => guess.status === 429);
    expect(refused).toHaveLength(40 - loginLimits.pairFree);
    expect(refused[0].body.error.code).toBe('too_many_attempts');
    expect(Number(refused[0].headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('makes a pair wait longer after each further failure, and forgets it after a success', async () => {
    const target = await server.userClient('relationship_manager');
    const from = '127.0.0.11';
    for (let i = 0; i < loginLimits.pairFree; i++)
      expect((await loginFrom(server.baseUrl, from, wrong(target.user.email))).status).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const refused = await loginFrom(server.baseUrl, from, wrong(target.user.email));
      expect(refused.status).toBe(429);
      expect(refused.body.error).toMatchObject({ code: 'too_many_attempts', retryAfterSeconds: expect.any(Number) });
      const wait = Number(refused.headers.get('retry-after'));
      expect(refused.body.error.retryAfterSeconds).toBe(wait);
      waits.push(wait);
      advance(wait - 0.5);
      expect((await loginFrom(server.baseUrl, from, wrong(target.user.email))).status).toBe(429);
      advance(0.5);
      expect((await loginFrom(server.baseUrl, from, wrong(target.user.email))).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    // Even the right password waits its turn; then it logs in and the pair starts again from zero.
    const waiting = await loginFrom(server.baseUrl, from, { email: target.user.email, password: PASSWORD });
    expect(waiting.status).toBe(429);
    advance(16);
    expect((await loginFrom(server.baseUrl, from, { email: target.user.email, password: PASSWORD })).status).toBe(200);
    expect((await loginFrom(server.baseUrl, from, wrong(target.user.email))).status).toBe(401);
  });

  it('caps the wait', async () => {
    const target = await server.userClient('relationship_manager');
    const waits: number[] = [];
    while (waits.length < 12) {
      // Past the account's threshold the attempts need a challenge too: solved, so that only the pair's wait counts.
      const answer = await loginFrom(server.baseUrl, '127.0.0.12', wrong(target.user.email), { solve: true });
      if (answer.status !== 429) continue;
      waits.push(Number(answer.headers.get('retry-after')));
      advance(waits.at(-1) ?? 0);
    }
    expect(waits.slice(-3)).toEqual([512, loginLimits.maxDelaySeconds, loginLimits.maxDelaySeconds]);
  });

  it('lets the right password in from another address while an attacker hammers the account', async () => {
    const target = await server.userClient('manager');
    const attackers = ['127.0.0.20', '127.0.0.21', '127.0.0.22', '127.0.0.23'];
    const answers = [];
    for (const from of attackers)
      for (let i = 0; i < 4; i++) answers.push(await loginFrom(server.baseUrl, from, wrong(target.user.email)));
    // Past the account's threshold, every attempt needs a solved challenge, the attacker's too.
    expect(statuses(answers).filter((status) => status === 401)).toHaveLength(loginLimits.accountChallengeAfter);
    expect(answers.at(-1)?.body.error.code).toBe('challenge_required');

    const user = { email: target.user.email, password: PASSWORD };
    const plain = await loginFrom(server.baseUrl, '127.0.0.24', user);
    expect(plain.status).toBe(429);
    expect(plain.body.error.code).toBe('challenge_required');
    const solved = await loginFrom(server.baseUrl, '127.0.0.24', user, { solve: true });
    expect(solved.status).toBe(200);
    expect(solved.body.user.email).toBe(target.user.email);
    // A solved challenge buys an attempt, not a password: the attacker's is still checked and refused.
    expect((await loginFrom(server.baseUrl, '127.0.0.25', wrong(target.user.email), { solve: true })).status).toBe(401);
  });

  it('lets an address with many failures log in another user after the proof-of-work', async () => {
    const colleague = await server.userClient('service');
    const from = '127.0.0.30';
    const answers = [];
    for (let i = 0; i < loginLimits.addressChallengeAfter + 5; i++)
      answers.push(await loginFrom(server.baseUrl, from, wrong(`guess${i}@example.com`)));
    expect(statuses(answers).filter((status) => status === 401)).toHaveLength(loginLimits.addressChallengeAfter);
    expect(answers.at(-1)?.body.error.code).toBe('challenge_required');

    const user = { email: colleague.user.email, password: PASSWORD };
    expect((await loginFrom(server.baseUrl, from, user)).body.error.code).toBe('challenge_required');
    expect((await loginFrom(server.baseUrl, from, user, { solve: true })).status).toBe(200);
    // Another address is not affected at all.
    expect((await loginFrom(server.baseUrl, '127.0.0.31', user)).status).toBe(200);
  });

  it('refuses forged, unsolved, reused and expired challenges', async () => {
    const target = await server.userClient('relationship_manager');
    const from = '127.0.0.40';
    const user = { email: target.user.email, password: PASSWORD };
    const attempt = (proof: Record<string, string>) =>
      requestFrom(server.baseUrl, from, { path: '/api/v1/auth/login', body: { ...user, ...proof } });
    const issue = async () =>
      (await requestFrom(server.baseUrl, from, { path: '/api/v1/auth/challenge', body: {} })).body;

    const issued = await issue();
    expect(issued).toMatchObject({ difficulty: challengeSettings.difficulty, challenge: expect.any(String) });

    const forged = await attempt({ challenge: 'A'.repeat(32), nonce: '1' });
    expect(forged.status).toBe(400);
    expect(forged.body.error).toMatchObject({ code: 'challenge_invalid', fields: { challenge: expect.any(String) } });
    expect((await attempt({ challenge: 'not one', nonce: '1' })).body.error.code).toBe('challenge_invalid');
    const noNonce = await attempt({ challenge: issued.challenge });
    expect(noNonce.body.error).toMatchObject({ code: 'challenge_invalid', fields: { nonce: expect.any(String) } });

    let wrongNonce = 0;
    while (solvesChallenge(issued.challenge, String(wrongNonce), issued.difficulty)) wrongNonce++;
    const unsolved = await attempt({ challenge: issued.challenge, nonce: String(wrongNonce) });
    expect(unsolved.body.error).toMatchObject({ code: 'challenge_invalid', fields: { nonce: expect.any(String) } });
    // A wrong nonce spends the challenge: the server does not search nonces for anyone.
    const nonce = solveChallenge(issued.challenge, issued.difficulty);
    expect((await attempt({ challenge: issued.challenge, nonce })).body.error.code).toBe('challenge_invalid');

    const fresh = await issue();
    const freshNonce = solveChallenge(fresh.challenge, fresh.difficulty);
    expect((await attempt({ challenge: fresh.challenge, nonce: freshNonce })).status).toBe(200);
    const reused = await attempt({ challenge: fresh.challenge, nonce: freshNonce });
    expect(reused.status).toBe(400);
    expect(reused.body.error.code).toBe('challenge_invalid');

    const old = await issue();
    advance(challengeSettings.ttlSeconds + 1);
    const expired = await attempt({ challenge: old.challenge, nonce: solveChallenge(old.challenge, old.difficulty) });
    expect(expired.status).toBe(400);
    expect(expired.body.error.code).toBe('challenge_invalid');
  });
});
