import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Db } from '../db/client.ts';

/** What a backup is made from: the embedded database's client, or the PostgreSQL server's connection string. */
export type DatabaseConnection = { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; url: string };

/** The connection behind a Drizzle database (Drizzle keeps its client as `$client`). */
export function connectionOf(db: Db): DatabaseConnection {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof PGlite) return { kind: 'pglite', client };
  if (client instanceof pg.Pool && client.options.connectionString)
    return { kind: 'postgres', url: client.options.connectionString };
  throw new Error('A backup needs a PGlite database or a PostgreSQL server given by a connection string');
}
