import { and, eq, inArray, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client.ts';
import { loginThrottle } from '../db/schema/index.ts';
import { AppError } from '../server/errors.ts';

/**
 * How password guessing is slowed down without letting anyone lock others out (OWASP's authentication
 * guidance):
 * - per account and address pair: `pairFree` attempts, then each further one must wait 1 s, 2 s, 4 s …
 *   up to `maxDelaySeconds` after the one before (429 with Retry-After);
 * - per account (from every address) and per address (for every account): past `accountChallengeAfter`
 *   and `addressChallengeAfter` failures, an attempt must carry a solved proof-of-work challenge
 *   (login-challenge.ts), which a real user's browser solves in about a second. Never a hard lock.
 * A key's count starts again `forgetAfterMinutes` after its last attempt.
 */
export const loginLimits = {
  pairFree: 5,
  maxDelaySeconds: 15 * 60,
  accountChallengeAfter: 10,
  addressChallengeAfter: 20,
  forgetAfterMinutes: 60,
};

/** The rows of login_throttle that an attempt counts against. */
export function throttleKeys(account: string, address: string) {
  return { pair: `pair:${account}|${address}`, account: `account:${account}`, address: `address:${address}` };
}

const forgetBefore = (now: Date) => new Date(now.getTime() - loginLimits.forgetAfterMinutes * 60_000);

/** After the `failures`-th failure of a pair, the next attempt waits until this moment (none while still free). */
export function pairDelayUntil(failures: number, now: Date): Date | null {
  if (failures < loginLimits.pairFree) return null;
  const seconds = Math.min(2 ** Math.min(failures - loginLimits.pairFree, 30), loginLimits.maxDelaySeconds);
  return new Date(now.getTime() + seconds * 1000);
}

const tooManyAttempts = (seconds: number) =>
  new AppError(
    'too_many_attempts',
    `Too many failed attempts; try again in ${seconds} second${seconds === 1 ? '' : 's'}`,
    undefined,
    seconds,
  );

/**
 * Counts an attempt of a pair as failed before its secret is checked, in one statement that also refuses it
 * while the pair must wait: parallel guesses queue on the row and only the free ones get through.
 */
export async function reservePairAttempt(db: Executor, key: string, now: Date) {
  const stale = lt(loginThrottle.updatedAt, forgetBefore(now));
  const [counted] = await db
    .insert(loginThrottle)
    .values({ key, failures: 1, blockedUntil: pairDelayUntil(1, now), updatedAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`CASE WHEN ${stale} THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
        blockedUntil: null,
        updatedAt: now,
      },
      setWhere: or(stale, isNull(loginThrottle.blockedUntil), lte(loginThrottle.blockedUntil, now)),
    })
    .returning({ failures: loginThrottle.failures });
  if (!counted) {
    const [row] = await db
      .select({ blockedUntil: loginThrottle.blockedUntil })
      .from(loginThrottle)
      .where(eq(loginThrottle.key, key));
    const waitMs = (row?.blockedUntil?.getTime() ?? now.getTime()) - now.getTime();
    throw tooManyAttempts(Math.max(1, Math.ceil(waitMs / 1000)));
  }
  const blockedUntil = pairDelayUntil(counted.failures, now);
  if (blockedUntil) await db.update(loginThrottle).set({ blockedUntil }).where(eq(loginThrottle.key, key));
}

/** Counts an attempt against a shared key; false (and nothing counted) when it is past `limit` failures. */
async function countSharedAttempt(db: Executor, key: string, now: Date, limit?: number) {
  const stale = lt(loginThrottle.updatedAt, forgetBefore(now));
  const counted = await db
    .insert(loginThrottle)
    .values({ key, failures: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: { failures: sql`CASE WHEN ${stale} THEN 1 ELSE ${loginThrottle.failures} + 1 END`, updatedAt: now },
      setWhere: limit === undefined ? undefined : (or(stale, lt(loginThrottle.failures, limit)) as SQL),
    })
    .returning({ failures: loginThrottle.failures });
  return counted.length > 0;
}

const challengeRequired = () =>
  new AppError(
    'challenge_required',
    'Too many failed logins for this account or from this address: solve a challenge from POST /api/v1/auth/challenge and send it with the login',
  );

export interface LoginAttempt {
  /** Marks the attempt failed: it stays counted; stale counts of others are forgotten. */
  failed(): Promise<void>;
  /** Marks it successful: the pair starts again from zero, the shared counts take the attempt back. */
  succeeded(): Promise<void>;
}

/**
 * Reserves a login attempt of `account` (the lowercased email) from `address`, counted as a failure until it
 * succeeds, or refuses it: 429 too_many_attempts while the pair must wait, 429 challenge_required when the
 * account's or the address's failures need a solved challenge and `challengeSolved` is false.
 */
export async function reserveLoginAttempt(
  db: Db,
  attempt: { account: string; address: string; now: Date; challengeSolved: boolean },
): Promise<LoginAttempt> {
  const { now } = attempt;
  const keys = throttleKeys(attempt.account, attempt.address);
  const limitUnlessSolved = (limit: number) => (attempt.challengeSolved ? undefined : limit);
  // One transaction, locking pair, account, address in that order: a refusal counts nothing.
  await db.transaction(async (tx) => {
    await reservePairAttempt(tx, keys.pair, now);
    if (!(await countSharedAttempt(tx, keys.account, now, limitUnlessSolved(loginLimits.accountChallengeAfter))))
      throw challengeRequired();
    if (!(await countSharedAttempt(tx, keys.address, now, limitUnlessSolved(loginLimits.addressChallengeAfter))))
      throw challengeRequired();
  });
  return {
    failed: () => forgetStaleThrottles(db, now),
    async succeeded() {
      await db.delete(loginThrottle).where(eq(loginThrottle.key, keys.pair));
      await db
        .update(loginThrottle)
        .set({ failures: sql`greatest(${loginThrottle.failures} - 1, 0)` })
        .where(inArray(loginThrottle.key, [keys.account, keys.address]));
    },
  };
}

/** Deletes the rows nobody needs any more: counts past the forgetting time whose wait is over. */
export async function forgetStaleThrottles(db: Executor, now: Date) {
  await db
    .delete(loginThrottle)
    .where(
      and(
        lt(loginThrottle.updatedAt, forgetBefore(now)),
        or(isNull(loginThrottle.blockedUntil), lt(loginThrottle.blockedUntil, now)),
      ),
    );
}
