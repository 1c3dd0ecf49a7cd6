import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../server/errors.ts';

/**
 * What went wrong while reading a multipart upload, as the client should hear it: a body that is
 * not well-formed multipart/form-data (no boundary, cut off, a broken part header) is the client's
 * fault, a 400 naming `file`. Errors of the disk (they carry a `syscall`) stay server errors, and
 * the plugin's own 4xx (a file over the size limit: 413) keep their status.
 */
export function asUploadError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Error) || 'syscall' in error) return error;
  const status = (error as { statusCode?: number }).statusCode;
  if (status !== undefined && status !== 400) return error;
  return new AppError('validation_failed', `The upload is not well-formed multipart/form-data: ${error.message}`, {
    file: 'must be sent as a complete multipart/form-data part',
  });
}

/**
 * Reads the first `bytes` of a file part (and one more, to tell whether the file goes on), then
 * stops: the part is destroyed, which detaches the request from the multipart parser, and the rest
 * of the request is read and thrown away unparsed, so the request ends cleanly and the client can
 * read the answer. Nothing past the head is kept, parsed or even checked for being well-formed.
 */
export async function readHead(request: FastifyRequest, file: Readable, bytes: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of file) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > bytes) break; // leaving the loop destroys the part
  }
  const head = Buffer.concat(chunks);
  if (head.length > bytes) {
    // Detach the request from the parser (which would otherwise go on reading the rest, and let go
    // of it only later, pausing it), then let the rest flow into nothing until the request ends:
    // its end, not stream.finished, since a request closes only after its answer is sent.
    const raw = request.raw;
    raw.unpipe();
    if (!raw.readableEnded) {
      const ended = new Promise((resolve) => {
        raw.once('end', resolve);
        raw.once('close', resolve);
      });
      raw.resume();
      await ended;
    }
  }
  return { head: head.subarray(0, bytes), cut: head.length > bytes };
}
