import { sql } from 'drizzle-orm';
import { type Executor, selectRows } from '../db/client.ts';

/** A restored database is Guanxi's when it has the customers table and the record of Guanxi's migrations. */
export async function isGuanxiDatabase(db: Executor): Promise<boolean> {
  const [row] = await selectRows<{ guanxi: boolean }>(
    db,
    sql`SELECT to_regclass('public.customers') IS NOT NULL
           AND to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS guanxi`,
  );
  return row.guanxi;
}
