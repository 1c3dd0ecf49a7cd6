import { systemActor } from '../auth/actor.ts';
import { readConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';

/** Commands act as the system, trusted like an administrator: whoever runs them runs the server. */
export const commandLine = systemActor('command line');

/** Runs a command against the configured database (migrated), and closes it afterwards. */
export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = readConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    return await work(database);
  } finally {
    await database.close();
  }
}
