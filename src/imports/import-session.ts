import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../db/client.ts';
import * as schema from '../db/schema/index.ts';

export interface QueryOutcome {
  rows: Record<string, unknown>[];
  /** Rows inserted, updated or deleted by the statement. */
  count: number;
}

/** Bulk rows into a table: `write` returns a promise only when the caller should wait (backpressure). */
export interface CopyIn {
  write(row: string): Promise<void> | undefined;
  end(): Promise<void>;
}

/**
 * One database connection for the whole import, so its temporary tables and its transaction are its
 * own: a dedicated pooled connection on PostgreSQL (rows go in by COPY … FROM STDIN), or the PGlite
 * instance itself (rows go in by COPY … FROM '/dev/blob' in batches of a few MB).
 */
export interface ImportSession {
  kind: 'postgres' | 'pglite';
  db: Db;
  run(query: SQL): Promise<QueryOutcome>;
  copyIn(table: string, columns: readonly string[]): CopyIn;
  /** Cancels the statement running now, if any (PostgreSQL): the import stops at once, not after it. */
  cancel(): Promise<void>;
  release(): Promise<void>;
}

export const clientOf = (db: Db) => (db as unknown as { $client: pg.Pool | PGlite }).$client;

export async function openImportSession(db: Db): Promise<ImportSession> {
  const client = clientOf(db);
  if (client instanceof pg.Pool) return postgresSession(client);
  if (client instanceof PGlite) return pgliteSession(db, client);
  throw new Error('Imports need a PostgreSQL pool or a PGlite database');
}

/**
 * A killed import (SIGKILL, a crash, a lost network) must not leave its statement running on the
 * server, holding locks: the server checks every second during a statement that the client is still
 * there (PostgreSQL 14 and later), and ends a transaction left idle for a minute. The import's own
 * transaction only runs SQL, so it is never idle that long while its process lives.
 */
async function endWithItsProcess(client: pg.PoolClient) {
  await client.query(`SET idle_in_transaction_session_timeout = '60s'`);
  const { rows } = await client.query(`SELECT current_setting('server_version_num')::int AS version`);
  if (rows[0].version >= 140000) await client.query(`SET client_connection_check_interval = '1s'`);
}

export function outcome(result: unknown): QueryOutcome {
  const { rows, rowCount, affectedRows } = result as { rows?: unknown[]; rowCount?: number; affectedRows?: number };
  return { rows: (rows ?? []) as Record<string, unknown>[], count: rowCount ?? affectedRows ?? 0 };
}

async function postgresSession(pool: pg.Pool): Promise<ImportSession> {
  const client = await pool.connect();
  const db = drizzlePg({ client, schema }) as unknown as Db;
  // Sorting and hashing millions of staged rows in memory rather than in temporary files.
  await client.query(`SET work_mem = '128MB'`);
  await endWithItsProcess(client);
  return {
    kind: 'postgres',
    db,
    run: async (query) => outcome(await db.execute(query)),
    copyIn(table, columns) {
      const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
      let failure: Error | undefined;
      stream.on('error', (error) => {
        failure = error;
      });
      let buffer = '';
      return {
        write(row) {
          if (failure) throw failure;
          buffer += row;
          if (buffer.length < 65_536) return undefined;
          const flowing = stream.write(buffer);
          buffer = '';
          return flowing ? undefined : once(stream, 'drain').then(() => undefined);
        },
        async end() {
          if (failure) throw failure;
          if (buffer) stream.write(buffer);
          stream.end();
          await finished(stream);
        },
      };
    },
    async cancel() {
      // From another connection: this one is busy with the statement.
      await pool.query('SELECT pg_cancel_backend($1)', [(client as unknown as { processID: number }).processID]);
    },
    async release() {
      try {
        // Drops this import's temporary tables and its advisory lock before the pool reuses the connection.
        await client.query('DISCARD ALL');
        client.release();
      } catch (error) {
        client.release(error as Error);
      }
    },
  };
}

function pgliteSession(db: Db, pglite: PGlite): ImportSession {
  return {
    kind: 'pglite',
    db,
    run: async (query) => outcome(await db.execute(query)),
    copyIn(table, columns) {
      const statement = `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`;
      let parts: string[] = [];
      let size = 0;
      const flush = async () => {
        if (!parts.length) return;
        const blob = new Blob(parts);
        parts = [];
        size = 0;
        await pglite.query(statement, [], { blob });
      };
      return {
        write(row) {
          parts.push(row);
          size += row.length;
          return size >= 4_000_000 ? flush() : undefined;
        },
        end: flush,
      };
    },
    // PGlite runs in this process: a stopped import stops at its next check of the signal.
    cancel: async () => {},
    release: async () => {},
  };
}

/** The advisory lock an import holds while it runs: a job whose lock is free has lost its process. */
export const jobLockKey = (jobId: string) => sql`hashtextextended(${`guanxi.import:${jobId}`}, 0)`;
