import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/index.ts';
import type { Db } from '../db/client.ts';
import { AppError, forbidden, notFound } from '../server/errors.ts';
import type { DataKind } from '../shared/domain.ts';
import { importColumns } from './columns.ts';
import { sampleBytes, sampleOf } from './csv-file.ts';
import type { ImportEncoding } from './encoding.ts';
import { type HeaderMapping, suggestMapping } from './headers.ts';
import { findImportJob, listImportJobs, presentJob } from './import-jobs.repo.ts';
import { mappingField } from './imports.schema.ts';
import { asUploadError, readHead } from './upload-body.ts';
import { discardUpload, newUploadPath } from './upload-files.ts';

/** Imports change many records at once: administrators and managers only. */
export function checkImporter(actor: Actor) {
  if (actor.role !== 'admin' && actor.role !== 'manager')
    throw forbidden('Only administrators and managers import data');
}

const requireMultipart = (request: FastifyRequest) => {
  if (!request.isMultipart())
    throw new AppError('validation_failed', 'Send the file as multipart/form-data', {
      file: 'must be sent as multipart/form-data',
    });
};

/**
 * The first 64 KB of the uploaded file: its encoding, headers, first rows and how they map. The rest
 * of the upload is not read into memory nor parsed (see readHead).
 */
export async function previewUpload(options: { request: FastifyRequest; kind: DataKind; encoding: ImportEncoding }) {
  requireMultipart(options.request);
  let read: { head: Buffer; cut: boolean };
  try {
    const part = await options.request.file();
    if (!part) throw new AppError('validation_failed', 'No file', { file: 'is required' });
    read = await readHead(options.request, part.file, sampleBytes);
  } catch (error) {
    throw asUploadError(error);
  }
  const sample = sampleOf(read.head, read.cut, read.head.length, options.encoding);
  const [headers = [], ...rows] = sample.records;
  if (!headers.length) throw new AppError('validation_failed', 'The file is empty', { file: 'is empty' });
  const columns = importColumns[options.kind];
  return {
    encoding: sample.encoding,
    headers,
    rows: rows.slice(0, 10),
    mapping: suggestMapping(headers, columns),
    columns: columns.map(({ name, required, aliases }) => ({ name, required, aliases: [...aliases] })),
  };
}

function parseMapping(value: string): HeaderMapping {
  try {
    const parsed = mappingField.safeParse(JSON.parse(value));
    if (parsed.success) return parsed.data;
  } catch {
    // reported below
  }
  throw new AppError('validation_failed', 'Invalid mapping', {
    mapping: 'must be a JSON object of header → column or null',
  });
}

/**
 * Streams the upload to a temporary file (never into memory); `mapping` must come before the file.
 * A malformed or cut-off body answers 400 and leaves no file behind.
 */
export async function receiveUpload(request: FastifyRequest) {
  requireMultipart(request);
  let mapping: HeaderMapping | undefined;
  let upload: { path: string; fileName: string } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname === 'mapping') mapping = parseMapping(String(part.value));
      } else if (part.fieldname === 'file' && !upload) {
        upload = { path: await newUploadPath(), fileName: part.filename || 'upload.csv' };
        await pipeline(part.file, createWriteStream(upload.path));
      } else part.file.resume();
    }
  } catch (error) {
    if (upload) await discardUpload(upload.path);
    throw asUploadError(error);
  }
  if (!upload) throw new AppError('validation_failed', 'No file', { file: 'is required' });
  return { ...upload, mapping };
}

export async function getImportJob(options: { db: Db; actor: Actor; id: string }) {
  checkImporter(options.actor);
  const row = await findImportJob(options.db, options.id);
  if (!row) throw notFound('Import');
  return row;
}

export async function listRecentImports(options: { db: Db; actor: Actor }) {
  checkImporter(options.actor);
  return { items: (await listImportJobs(options.db, 50)).map(presentJob) };
}
