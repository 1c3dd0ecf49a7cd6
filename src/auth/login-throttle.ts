import { and, eq, gt, lt } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { loginFailures } from '../db/schema/index.ts';
import { AppError } from '../server/errors.ts';

/** Failed logins allowed in the window, per account and per network address. */
export const loginLimits = { windowMinutes: 15, perAccount: 5, perAddress: 20 };

const windowStart = () => new Date(Date.now() - loginLimits.windowMinutes * 60_000);

/** Refuses the attempt with 429 while the account or the address has too many recent failures. */
export async function assertLoginAllowed(db: Executor, email: string, address: string) {
  const since = windowStart();
  const [byAccount, byAddress] = await Promise.all([
    db.$count(loginFailures, and(eq(loginFailures.email, email), gt(loginFailures.at, since))),
    db.$count(loginFailures, and(eq(loginFailures.address, address), gt(loginFailures.at, since))),
  ]);
  if (byAccount >= loginLimits.perAccount || byAddress >= loginLimits.perAddress)
    throw new AppError(
      'too_many_attempts',
      `Too many failed logins; try again in ${loginLimits.windowMinutes} minutes`,
    );
}

export async function recordLoginFailure(db: Executor, email: string, address: string) {
  await db.insert(loginFailures).values({ email, address });
  // Keep the table small: failures older than the window no longer count.
  await db.delete(loginFailures).where(lt(loginFailures.at, windowStart()));
}

/** A successful login clears the account's failures (the address keeps its count). */
export async function clearLoginFailures(db: Executor, email: string) {
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
}
