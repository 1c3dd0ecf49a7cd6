import { createWriteStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { holdsDatabase, writeBackup, writeWhole } from '../backup/index.ts';
import { readConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';

interface BackupOptions {
  server?: string;
  token?: string;
  force?: boolean;
}

export function registerBackup(program: Command) {
  program
    .command('backup')
    .description(
      'Back up the whole database into FILE: with DATABASE_URL an archive of pg_dump --format=custom (pg_restore reads it), ' +
        'else PGlite’s own dump of GUANXI_DATA_DIR (docs/backup.md)',
    )
    .argument('<file>', 'where to write the backup')
    .option(
      '--server <url>',
      'download it from a running Guanxi server instead, such as http://localhost:3000 (how to back up PGlite while the server runs)',
    )
    .option('--token <token>', 'an administrator’s API token for --server (default: $GUANXI_TOKEN)')
    .option('--force', 'overwrite FILE if it exists')
    .action(async (file: string, options: BackupOptions) => {
      if (existsSync(file) && !options.force)
        throw new Error(`${file} exists: choose another name, or pass --force to overwrite it`);
      const location = options.server ? await download(options.server, options.token, file) : await backUp(file);
      console.log(`Backed up ${location} to ${file} (${(await stat(file)).size} bytes)`);
    });
}

/** Backs up the configured database, which this process opens (so not a PGlite folder that a server holds). */
async function backUp(file: string): Promise<string> {
  const config = readConfig();
  if (!config.databaseUrl && !holdsDatabase(config.dataDir))
    throw new Error(`There is no database in ${resolve(config.dataDir)} (GUANXI_DATA_DIR) to back up`);
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir }).catch((error: Error) => {
    throw new Error(
      `${error.message}\nTo back up while the server runs, download the backup from the web app (Backup, for ` +
        'administrators) or run: guanxi backup FILE --server http://localhost:3000 --token <an administrator’s API token>',
    );
  });
  try {
    await writeBackup(database.db, file);
    return `the ${database.kind} database at ${database.location}`;
  } finally {
    await database.close();
  }
}

/** Downloads GET /api/v1/backup of a running server with an administrator's API token. */
async function download(server: string, token = process.env.GUANXI_TOKEN, file: string): Promise<string> {
  if (!token)
    throw new Error(
      '--server needs an administrator’s API token: pass --token or set GUANXI_TOKEN (create one on the Account page)',
    );
  const url = `${server.replace(/\/+$/, '')}/api/v1/backup`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok || !response.body) {
    const said = await response.text();
    const message = (() => {
      try {
        return JSON.parse(said).error.message as string;
      } catch {
        return said.slice(0, 200);
      }
    })();
    throw new Error(`${url} answered ${response.status}: ${message}`);
  }
  const body = Readable.fromWeb(response.body as never);
  await writeWhole(file, (partial) => pipeline(body, createWriteStream(partial)));
  return server;
}
