import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, like, lt } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { loginThrottle } from '../db/schema/index.ts';
import { AppError } from '../server/errors.ts';

/**
 * Proof-of-work challenges for logins past the account's or the address's failure threshold: the client
 * finds a nonce such that SHA-256(challenge + nonce) starts with `difficulty` zero bits (about 2^difficulty
 * hashes: a second in a browser), and sends both with the login. Each challenge is stored as a
 * `challenge:<id>` row of login_throttle (`failures` holds its difficulty, `blocked_until` its expiry), so it
 * works with several server processes on one database, and is deleted when used: single use.
 */
export const challengeSettings = { difficulty: 16, ttlSeconds: 300 };

const keyPrefix = 'challenge:';
const challengePattern = /^[A-Za-z0-9_-]{32}$/;

export async function issueChallenge(db: Executor, now: Date) {
  // Expired challenges are dropped as new ones are made, so unused ones cannot pile up.
  await db
    .delete(loginThrottle)
    .where(and(like(loginThrottle.key, `${keyPrefix}%`), lt(loginThrottle.blockedUntil, now)));
  const challenge = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + challengeSettings.ttlSeconds * 1000);
  const { difficulty } = challengeSettings;
  await db
    .insert(loginThrottle)
    .values({ key: keyPrefix + challenge, failures: difficulty, blockedUntil: expiresAt, updatedAt: now });
  return { challenge, difficulty, expiresAt };
}

/** How many zero bits the digest starts with. */
export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export function solvesChallenge(challenge: string, nonce: string, difficulty: number): boolean {
  return (
    leadingZeroBits(
      createHash('sha256')
        .update(challenge + nonce, 'utf8')
        .digest(),
    ) >= difficulty
  );
}

/** The refusal, naming the one field at fault and its problem. */
function invalid(fields: { challenge: string } | { nonce: string }) {
  const [field, problem] = Object.entries(fields)[0] as [string, string];
  return new AppError('challenge_invalid', `The login challenge was refused: ${field} ${problem}`, fields);
}

/**
 * Uses up a challenge, or refuses it (400 challenge_invalid): unknown, already used, expired, or the nonce
 * does not solve it. It is deleted before the nonce is checked, so a wrong nonce spends it too.
 */
export async function redeemChallenge(db: Executor, proof: { challenge?: string; nonce?: string }, now: Date) {
  const { challenge = '', nonce = '' } = proof;
  if (!challengePattern.test(challenge)) throw invalid({ challenge: 'is not a challenge from POST /auth/challenge' });
  if (!nonce) throw invalid({ nonce: 'is required with a challenge' });
  const [stored] = await db
    .delete(loginThrottle)
    .where(and(eq(loginThrottle.key, keyPrefix + challenge), gt(loginThrottle.blockedUntil, now)))
    .returning({ difficulty: loginThrottle.failures });
  if (!stored) throw invalid({ challenge: 'is unknown, already used or expired' });
  if (!solvesChallenge(challenge, nonce, stored.difficulty)) throw invalid({ nonce: 'does not solve the challenge' });
}
