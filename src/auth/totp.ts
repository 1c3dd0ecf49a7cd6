import { sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { type Executor, selectRows } from '../db/client.ts';

/**
 * Time-based one-time passwords (RFC 6238, with otpauth): 6 digits, 30-second steps, SHA-1, as every
 * authenticator app (Google Authenticator, Microsoft Authenticator, 1Password, …) expects.
 */
const issuer = 'Guanxi';

const totpFor = (secret: string, label = '') => new TOTP({ issuer, label, secret: Secret.fromBase32(secret) });

/** A new random secret (160 bits, base32), as the authenticator app is given it. */
export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The otpauth:// URI of the secret, for a QR code. */
export const totpUri = (secret: string, email: string) => totpFor(secret, email).toString();

/**
 * The time step that `code` belongs to, if it is the code of the current step or of the one before or
 * after (clocks drift, people type slowly), else undefined.
 */
export function totpStep(secret: string, code: string, now: Date): number | undefined {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const totp = totpFor(secret);
  const delta = totp.validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? undefined : totp.counter({ timestamp: now.getTime() }) + delta;
}

/**
 * Records that the user has used the code of `step`; false if that step or a later one was already
 * used, so a code (seen over a shoulder, or replayed) works once. The last step is kept in
 * app_settings under `totp-last-step:<user id>`, and the conditional upsert makes the check atomic
 * across processes sharing one PostgreSQL.
 */
export async function claimTotpStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const key = `totp-last-step:${userId}`;
  const claimed = await selectRows<{ key: string }>(
    db,
    sql`
    INSERT INTO app_settings (key, value, updated_at) VALUES (${key}, to_jsonb(${step}::bigint), now())
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
      WHERE (app_settings.value #>> '{}')::bigint < (excluded.value #>> '{}')::bigint
    RETURNING key`,
  );
  return claimed.length > 0;
}

/** Forgets the user's last used step (their second factor was removed or reset). */
export async function forgetTotpSteps(db: Executor, userId: string) {
  await db.execute(sql`DELETE FROM app_settings WHERE key = ${`totp-last-step:${userId}`}`);
}
