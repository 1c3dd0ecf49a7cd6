import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Uploads and error files of the web app's imports. */
export const importsFolder = join(tmpdir(), 'guanxi-imports');

/** Imports change many records at once: administrators and managers only. */
export function checkImporter(actor: Actor) {
  if (actor.role !== 'admin' && actor.role !== 'manager')
    throw forbidden('Only administrators and managers import data');
}

const requireMultipart = (request: FastifyRequest) => {
  if (!request.isMultipart())
    throw new AppError('validation_failed', 'Send the file as multipart/form-data', { file: 'is required' });
};

/** The first 64 KB of the uploaded file: its encoding, headers, first rows and how they map. */
export async function previewUpload(options: { request: FastifyRequest; kind: DataKind; encoding: ImportEncoding }) {
  requireMultipart(options.request);
  const part = await options.request.file();
  if (!part) throw new AppError('validation_failed', 'No file', { file: 'is required' });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file) {
    if (size < sampleBytes) chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  const head = Buffer.concat(chunks).subarray(0, sampleBytes);
  const sample = sampleOf(head, size >= sampleBytes, size, options.encoding);
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

/** Streams the upload to a temporary file (never into memory); `mapping` must come before the file. */
export async function receiveUpload(request: FastifyRequest) {
  requireMultipart(request);
  await mkdir(importsFolder, { recursive: true });
  let mapping: HeaderMapping | undefined;
  let upload: { path: string; fileName: string } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname === 'mapping') mapping = parseMapping(String(part.value));
      } else if (part.fieldname === 'file' && !upload) {
        upload = { path: join(importsFolder, `${randomUUID()}.csv`), fileName: part.filename || 'upload.csv' };
        await pipeline(part.file, createWriteStream(upload.path));
      } else part.file.resume();
    }
  } catch (error) {
    if (upload) await rm(upload.path, { force: true });
    throw error;
  }
  if (!upload) throw new AppError('validation_failed', 'No file', { file: 'is required' });
  return { ...upload, mapping };
}

/** Error files of imports older than a week are removed when a new import starts. */
export async function sweepOldFiles(maxAgeMs = 7 * 24 * 3600 * 1000) {
  const names = await readdir(importsFolder).catch(() => [] as string[]);
  for (const name of names) {
    const path = join(importsFolder, name);
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > maxAgeMs) await rm(path, { force: true });
  }
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
