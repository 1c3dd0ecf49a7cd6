import { type SQL, sql } from 'drizzle-orm';
import { type Executor, selectRows } from '../../src/db/client.ts';

export interface TableChecksum {
  rows: number;
  md5: string;
}

/**
 * Every table's row count and an md5 of all its rows (as JSON, ordered bytewise), in Guanxi's schemas
 * (public, and drizzle's record of migrations). `where` narrows a table to the rows to compare.
 */
export async function tableChecksums(db: Executor, where: Record<string, SQL> = {}) {
  const tables = await selectRows<{ schema: string; name: string }>(
    db,
    sql`SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema IN ('public', 'drizzle') ORDER BY 1, 2`,
  );
  const sums: Record<string, TableChecksum> = {};
  for (const { schema, name } of tables) {
    // Less the columns that merely calling the API updates (when a session or token was last used).
    const row = sql`(to_jsonb(t) - 'last_seen_at' - 'last_used_at')::text`;
    const [sum] = await selectRows<TableChecksum>(
      db,
      sql`SELECT count(*)::int AS rows, md5(coalesce(string_agg(${row}, E'\n' ORDER BY ${row} COLLATE "C"), '')) AS md5
          FROM ${sql.identifier(schema)}.${sql.identifier(name)} t WHERE ${where[name] ?? sql`true`}`,
    );
    sums[`${schema}.${name}`] = sum;
  }
  return sums;
}
