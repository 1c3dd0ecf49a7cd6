import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { loginThrottle } from '../db/schema/index.ts';
import { AppError } from '../server/errors.ts';
import { reservePairAttempt } from './login-throttle.ts';

/**
 * The one-time code that the first-run setup asks for, so that only whoever can read the server's console
 * or log creates the administrator. Letters and digits that cannot be mistaken for each other (no 0/O,
 * 1/I/L), in groups of four: 12 characters, about 59 bits.
 */
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function makeSetupCode(): string {
  const characters = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 4, 8].map((start) => characters.slice(start, start + 4).join('')).join('-');
}

/** What counts in a code: letters and digits, in capitals (spaces, dashes and case are forgiven). */
export const normalizeSetupCode = (code: string) => code.replace(/[^0-9a-z]/gi, '').toUpperCase();

/** GUANXI_SETUP_CODE (for automation and tests) when set, else a random code. */
export function firstRunSetupCode(fromEnvironment?: string): string {
  if (fromEnvironment === undefined) return makeSetupCode();
  if (normalizeSetupCode(fromEnvironment).length < 8)
    throw new Error('GUANXI_SETUP_CODE must have at least 8 letters or digits');
  return fromEnvironment;
}

/** What the server prints on the console and in its log while no user exists. */
export const setupCodeBanner = (code: string) =>
  `Guanxi is not set up yet: to create the administrator, open the web app and enter the setup code ${code}`;

function setupCodeMatches(expected: string, given: string): boolean {
  // Compared as digests: equal lengths, and the time taken says nothing about the code.
  const digest = (code: string) => createHash('sha256').update(normalizeSetupCode(code)).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

/**
 * Refuses a wrong setup code (403 setup_code_invalid), throttled per address like a login pair: a few free
 * attempts, then growing waits (429 too_many_attempts).
 */
export async function assertSetupCode(options: {
  db: Db;
  expected: string;
  given: string;
  address: string;
  now: Date;
}) {
  const { db, address, now } = options;
  const key = `setup:${address}`;
  await reservePairAttempt(db, key, now);
  if (!setupCodeMatches(options.expected, options.given))
    throw new AppError('setup_code_invalid', "Wrong setup code: it is printed in the server's console and log", {
      setupCode: 'is wrong',
    });
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
