import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { fromAcceptLanguage, type Language } from '../shared/language.ts';
import { isTranslated, translate, translateFields } from '../shared/translate.ts';
import { issueMessage } from './validation-messages.ts';

export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_many_attempts'
  | 'totp_required'
  | 'totp_enrolment_required'
  | 'challenge_required'
  | 'challenge_invalid'
  | 'setup_code_invalid'
  | 'internal';

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many_attempts: 429,
  /** The password was right; the account has two-factor sign-in: log in again with `totpCode`. */
  totp_required: 401,
  /** An administrator without two-factor sign-in while it is required: only setting it up is allowed. */
  totp_enrolment_required: 403,
  /** Too many failed logins for the account or the address: the next attempt must carry a solved challenge. */
  challenge_required: 429,
  /** A login's proof-of-work challenge is unknown, used, expired or not solved. */
  challenge_invalid: 400,
  /** The first-run setup code is wrong. */
  setup_code_invalid: 403,
  internal: 500,
};

/** The one error type of the application; the error handler turns it into `{ error: { code, message, fields? } }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    /** When to try again, for 429: sent as the Retry-After header and in the error body. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get status(): number {
    return statusOf[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError('forbidden', message);
export const invalid = (fields: Record<string, string>) =>
  new AppError('validation_failed', `Invalid ${Object.keys(fields).join(', ')}`, fields);

/** Postgres error codes that are the caller's fault, mapped to a 4xx instead of a 500. */
function fromDatabaseError(error: unknown): AppError | undefined {
  const cause = (error as { cause?: { code?: string; detail?: string; constraint?: string } })?.cause ?? error;
  const code = (cause as { code?: string })?.code;
  if (code === '23505') {
    const detail = (cause as { detail?: string }).detail ?? '';
    const column = /Key \(([^)]+)\)/.exec(detail)?.[1];
    const field = column ? camelCase(column) : undefined;
    return new AppError(
      'conflict',
      field ? `${field} is already in use` : 'Already exists',
      field ? { [field]: 'already in use' } : undefined,
    );
  }
  if (code === '23503') return new AppError('validation_failed', 'A referenced record does not exist');
  if (code === '22P02' || code === '22007' || code === '22008')
    return new AppError('validation_failed', 'A value is malformed');
  if (code === '22021' || code === '22P05')
    return new AppError('validation_failed', 'A text contains a character that cannot be stored (such as NUL)');
  return undefined;
}

const camelCase = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The reader's language, also for a request that failed before its user was known. */
const languageOf = (request: FastifyRequest): Language =>
  (request as { language?: Language }).language ?? fromAcceptLanguage(request.headers['accept-language']) ?? 'en';

/**
 * Errors as `{ error: { code, message, fields? } }`: the code for programs, the message and each
 * field's problem in the reader's language (the account's choice, else Accept-Language).
 */
export function errorHandler(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  const language = languageOf(request);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: Record<string, string> = {};
    for (const issue of error.validation) {
      const params = issue.params as { issue?: { path?: PropertyKey[] } } | undefined;
      const path =
        params?.issue?.path?.map(String).join('.') || issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
      fields[path || error.validationContext || 'body'] = issueMessage(issue, language);
    }
    const message = translate(`Invalid ${Object.keys(fields).join(', ')}`, language);
    return reply.status(400).send({ error: { code: 'validation_failed', message, fields } });
  }
  const appError = error instanceof AppError ? error : fromDatabaseError(error);
  if (appError) {
    const { code, fields, retryAfterSeconds } = appError;
    if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
    const message = translate(appError.message, language);
    return reply
      .status(appError.status)
      .send({ error: { code, message, fields: translateFields(fields, language), retryAfterSeconds } });
  }
  const status = (error as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) {
    const code = clientCode(status);
    // Fastify's own messages (a malformed body, a wrong content type) are English; in Chinese, what kind of problem.
    const message =
      language === 'en' || isTranslated(error.message) ? translate(error.message, language) : translate(code, language);
    return reply.status(status).send({ error: { code, message } });
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({ error: { code: 'internal', message: translate('Internal server error', language) } });
}

function clientCode(status: number): string {
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  return 'bad_request';
}
