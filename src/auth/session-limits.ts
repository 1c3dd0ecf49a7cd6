/**
 * How long a login lasts: a session ends after `idleMinutes` without a request (the count restarts with
 * each use), and after `days` whatever its use. Read once at start from GUANXI_SESSION_IDLE_MINUTES and
 * GUANXI_SESSION_DAYS.
 */
export interface SessionLimits {
  idleMinutes: number;
  days: number;
}

export const defaultSessionLimits: SessionLimits = { idleMinutes: 8 * 60, days: 14 };

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new Error(`${name} must be a whole number from 1 to ${max}, not "${text}"`);
  return value;
}

export function readSessionLimits(env: NodeJS.ProcessEnv = process.env): SessionLimits {
  return {
    idleMinutes: wholeNumber(env, 'GUANXI_SESSION_IDLE_MINUTES', defaultSessionLimits.idleMinutes, 60 * 24 * 366),
    days: wholeNumber(env, 'GUANXI_SESSION_DAYS', defaultSessionLimits.days, 366),
  };
}

export const sessionLimits = readSessionLimits();

/** A session's last use is written at most this often, so that a busy page does not write on every request. */
export const lastSeenResolutionMs = 60_000;
