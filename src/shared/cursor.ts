import { AppError } from '../server/errors.ts';

/** Keyset cursors are opaque to clients: base64url JSON of the last row's sort value and id. */
export function encodeCursor(value: unknown, id: string): string {
  const plain = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([plain, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { value: string | null; id: string } {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[1] === 'string' &&
      (typeof parsed[0] === 'string' || parsed[0] === null)
    )
      return { value: parsed[0], id: parsed[1] };
  } catch {
    // fall through to the 400 below
  }
  throw new AppError('validation_failed', 'Invalid cursor', { cursor: 'is not a cursor from this list' });
}
