import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';
import { AppError } from '../server/errors.ts';

/**
 * The password rules (NIST SP 800-63B, section 3.1.1.2): length is what counts, so there are no
 * composition rules; a password must not be on a list of common and breached passwords, and must not
 * be the account's own email or name. The list ships with the package (zxcvbn-ts, 49,233 passwords):
 * nothing is looked up over the network.
 */
export const passwordLimits = { min: 10, max: 256 };

let commonPasswords: Set<string> | undefined;
const commonList = () => {
  commonPasswords ??= new Set(dictionary['passwords-common'] as string[]);
  return commonPasswords;
};

/**
 * Whether a password is on the list, ignoring case, surrounding spaces and up to four trailing digits
 * or symbols (the usual way around a list: `password12`, `iloveyou2024!`).
 */
export function isCommonPassword(password: string): boolean {
  const folded = password.trim().toLowerCase();
  const base = folded.replace(/[\d\p{P}\p{S}]{1,4}$/u, '');
  return commonList().has(folded) || (base.length > 0 && commonList().has(base));
}

// Unicode "Cc": C0 and C1 control characters, such as NUL, tab and newline.
const controlCharacter = /\p{Cc}/u;

/** The rules that need nothing but the password itself, as the schema part of every form that sets one. */
export const password = z
  .string()
  .min(passwordLimits.min, `must be at least ${passwordLimits.min} characters`)
  .max(passwordLimits.max, `must be at most ${passwordLimits.max} characters`)
  .refine((value) => !controlCharacter.test(value), 'must not contain control characters (such as tab or NUL)')
  .refine((value) => value.trim().length > 0, 'must not be only spaces')
  .refine((value) => !isCommonPassword(value), 'is too common: it is on a list of common or leaked passwords');

const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The message when the password is the account's own email, the part before its @, or name; undefined if not. */
export function personalPasswordProblem(password: string, account: { email: string; name: string }) {
  const candidate = fold(password);
  const guessable = [account.email, account.email.split('@')[0], account.name].map(fold);
  return guessable.includes(candidate) ? 'must not be your email or name' : undefined;
}

/** Refuses a password that is the account's own email or name, naming `field`. */
export function assertPasswordNotPersonal(password: string, account: { email: string; name: string }, field: string) {
  const problem = personalPasswordProblem(password, account);
  if (problem) throw new AppError('validation_failed', `Invalid ${field}`, { [field]: problem });
}
