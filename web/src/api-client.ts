/** A small fetch wrapper for the Guanxi REST API (JSON, cookie session). */

import { i18n, toLanguage } from './i18n/index.ts';

export type FieldErrors = Record<string, string>;

/** An error answer from the API: `{ error: { code, message, fields? } }` with its HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors | undefined;
  /** For 429: how many seconds to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(options: {
    status: number;
    code: string;
    message: string;
    fields?: FieldErrors;
    retryAfterSeconds?: number;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

type QueryValue = string | number | boolean | null | undefined;

/** Builds `path?key=value…`, leaving out empty values. */
export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (
    body as { error?: { code?: unknown; message?: unknown; fields?: unknown; retryAfterSeconds?: unknown } } | undefined
  )?.error;
  return new ApiError({
    status: response.status,
    code: typeof error?.code === 'string' ? error.code : `http_${response.status}`,
    message: typeof error?.message === 'string' ? error.message : response.statusText || `HTTP ${response.status}`,
    fields: error?.fields && typeof error.fields === 'object' ? (error.fields as FieldErrors) : undefined,
    retryAfterSeconds: typeof error?.retryAfterSeconds === 'number' ? error.retryAfterSeconds : undefined,
  });
}

/** A JSON body, or a multipart form (the browser sets its content type and boundary). */
export async function apiRequest<T>(method: string, path: string, body?: unknown): Promise<T> {
  // The server writes its messages in the account's language, else in this one: the page's.
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': toLanguage(i18n.resolvedLanguage ?? i18n.language),
  };
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'network', message: cause instanceof Error ? cause.message : String(cause) });
  }
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body ?? {}),
  postForm: <T>(path: string, form: FormData) => apiRequest<T>('POST', path, form),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  delete: (path: string) => apiRequest<void>('DELETE', path),
};
