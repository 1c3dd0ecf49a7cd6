import { sql } from 'drizzle-orm';
import { bigint, boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { dataKinds } from '../../shared/domain.ts';
import { users } from './users.ts';

export const importStatuses = ['running', 'succeeded', 'failed'] as const;

/** One import of a CSV file, from the web app or the shell: its options, progress and outcome. */
export const importJobs = pgTable('import_jobs', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  kind: text('kind', { enum: dataKinds }).notNull(),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
  status: text('status', { enum: importStatuses }).notNull().default('running'),
  dryRun: boolean('dry_run').notNull().default(false),
  onError: text('on_error', { enum: ['abort', 'skip'] })
    .notNull()
    .default('abort'),
  fileName: text('file_name').notNull(),
  bytesTotal: bigint('bytes_total', { mode: 'number' }).notNull().default(0),
  bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
  rowsRead: integer('rows_read').notNull().default(0),
  rowsImported: integer('rows_imported').notNull().default(0),
  rowsRejected: integer('rows_rejected').notNull().default(0),
  /** The first errors (line, column, reason); the full list is in the error file. */
  errors: jsonb('errors').$type<{ line: number; column: string; reason: string }[]>().notNull().default([]),
  errorFile: text('error_file'),
  message: text('message'),
  startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
});
