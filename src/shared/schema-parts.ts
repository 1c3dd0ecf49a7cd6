import { z } from 'zod';
import { languages } from './language.ts';

/** An optional free-text field: trimmed; empty or missing is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => value === '' || z.email().safeParse(value).success, 'must be an email address')
  .nullish()
  .transform((value) => (value ? value : null));

export const optionalPhone = z
  .string()
  .trim()
  .max(40, 'must be at most 40 characters')
  .refine((value) => value === '' || /^[0-9+()\-\s./#*extEXT]{3,}$/.test(value), 'must be a phone number')
  .nullish()
  .transform((value) => (value ? value : null));

export const id = (what: string) => z.uuid({ message: `must be a ${what} id` });

export const idParams = z.object({ id: id('record') });

/** `limit` and `cursor` of every keyset-paged list. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1, 'must be 1 to 200').max(200, 'must be 1 to 200').default(50),
  cursor: z.string().max(500).optional(),
};

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** An exact amount of money: a decimal string (or a JSON number) with at most two decimals, kept as a string. */
export const money = z
  .union([z.string().trim(), z.number()])
  .transform((value) => String(value))
  .refine((value) => /^-?\d{1,14}(\.\d{1,2})?$/.test(value), 'must be an amount with at most two decimals');

/** An ISO 4217 currency code such as CNY or USD. */
export const currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as CNY');

/** A calendar day, YYYY-MM-DD (in the business time zone where it bounds a period). */
export const day = z.iso.date({ message: 'must be a date like 2024-01-31' });

/** A moment with its offset, as ISO 8601. */
export const moment = z.iso.datetime({
  offset: true,
  message: 'must be a date and time like 2024-01-31T10:00:00+08:00',
});

/**
 * The language of a downloaded file's texts (a plain link sends no Accept-Language, so the web app
 * names its own): default the reader's, their account's language else their browser's.
 */
export const fileLanguage = z
  .enum(languages, { message: 'must be zh-CN or en' })
  .optional()
  .describe('zh-CN or en: the language of the file’s headers and texts (default: the reader’s)');
