import { z } from 'zod';
import { dataKinds } from '../shared/domain.ts';
import { importEncodings } from './encoding.ts';

export const kind = z.enum(dataKinds).describe('What the file holds: customers, contacts, products or orders');
const encoding = z
  .enum(importEncodings)
  .default('auto')
  .describe('auto: UTF-8 when the bytes are UTF-8 (with or without BOM), else GBK/GB18030');

export const previewQuery = z.object({ kind, encoding });

export const startImportQuery = z.object({
  kind,
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('true: read and check every row, write nothing'),
  onError: z
    .enum(['abort', 'skip'])
    .default('abort')
    .describe('abort: import nothing if a row is bad; skip: import the good rows'),
  encoding,
  timeZone: z
    .string()
    .max(64)
    .optional()
    .describe('IANA time zone of dates without an offset (default: the business time zone, Asia/Shanghai)'),
});

/** The multipart bodies, for the OpenAPI document (the route reads the parts as a stream). */
export const previewBody = z.object({
  file: z.string().meta({ format: 'binary' }).describe('The CSV file; its first 64 KB are enough'),
});
export const startImportBody = z.object({
  mapping: z
    .string()
    .optional()
    .describe('JSON object: file header → Guanxi column, or null to ignore the header. Send it before `file`.'),
  file: z.string().meta({ format: 'binary' }).describe('The CSV file'),
});

/** What the `mapping` field holds. */
export const mappingField = z.record(z.string().max(500), z.string().max(100).nullable());

export const importColumnSchema = z.object({ name: z.string(), required: z.boolean(), aliases: z.array(z.string()) });

export const importPreviewSchema = z
  .object({
    encoding: z.enum(['utf8', 'gbk']),
    headers: z.array(z.string()),
    rows: z.array(z.array(z.string())).describe('The first rows after the header (up to 10)'),
    mapping: z.record(z.string(), z.string().nullable()).describe('Header → the column it is taken for, or null'),
    columns: z.array(importColumnSchema),
  })
  .meta({ id: 'ImportPreview' });

export const importJobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(dataKinds),
    status: z.enum(['running', 'succeeded', 'failed']),
    dryRun: z.boolean(),
    onError: z.enum(['abort', 'skip']),
    fileName: z.string(),
    bytesTotal: z.number(),
    bytesRead: z.number(),
    rowsRead: z.number(),
    rowsImported: z.number().describe('Rows written; in a dry run, the rows that would be'),
    rowsRejected: z.number(),
    errors: z
      .array(z.object({ line: z.number(), column: z.string().nullable(), reason: z.string() }))
      .describe(
        'The first 100 errors (column: its key; reason: in the reader’s language); all of them are in errors.csv',
      ),
    hasErrorFile: z.boolean(),
    message: z
      .string()
      .nullable()
      .describe('What the import is doing while it runs, then its outcome, in the reader’s language'),
    startedAt: z.date(),
    finishedAt: z.date().nullable(),
  })
  .meta({ id: 'ImportJob' });

export const importJobList = z.object({ items: z.array(importJobSchema) });
