import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import {
  backupKindOf,
  checkGuanxiArchive,
  holdsFiles,
  restorePglite,
  restorePostgres,
  wrongKindMessage,
} from '../backup/index.ts';
import { readConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { commandLine } from './with-database.ts';

export function registerRestore(program: Command) {
  program
    .command('restore')
    .description(
      'Replace the database with a backup made by `guanxi backup` (or the web app): into DATABASE_URL with pg_restore, ' +
        'or into GUANXI_DATA_DIR, whose old folder is moved aside. Stop the server first (docs/backup.md)',
    )
    .argument('<file>', 'the backup to restore')
    .option('--yes', 'do not ask before replacing the data')
    .action(async (file: string, options: { yes?: boolean }) => {
      if (!existsSync(file)) throw new Error(`There is no file ${file}`);
      const kind = await backupKindOf(file);
      if (!kind)
        throw new Error(
          `${file} is not a Guanxi backup: neither an archive of pg_dump --format=custom nor a PGlite dump (.tar.gz)`,
        );
      const { databaseUrl, dataDir } = readConfig();
      if (kind !== (databaseUrl ? 'postgres' : 'pglite')) throw new Error(wrongKindMessage(file, kind));
      if (databaseUrl) await restoreIntoServer(file, databaseUrl, options.yes);
      else await restoreIntoFolder(file, resolve(dataDir), options.yes);
    });
}

async function restoreIntoServer(file: string, url: string, yes = false) {
  await checkGuanxiArchive(file);
  const database = await openDatabase({ url });
  try {
    await confirm(`Restoring ${file} replaces all the data in ${database.location}`, yes);
    await restorePostgres({ database, url, file, actor: commandLine });
    console.log(`Restored ${file} into ${database.location}`);
  } finally {
    await database.close();
  }
}

async function restoreIntoFolder(file: string, dataDir: string, yes = false) {
  if (holdsFiles(dataDir))
    await confirm(
      `Restoring ${file} replaces the database in ${dataDir} (the folder is moved aside, not deleted)`,
      yes,
    );
  const { movedAside } = await restorePglite({ file, dataDir, actor: commandLine });
  console.log(`Restored ${file} into ${dataDir}`);
  if (movedAside) console.log(`The previous database is in ${movedAside}: delete it once you no longer need it.`);
}

/** Asks at a terminal; elsewhere (scripts, cron) only --yes goes ahead. */
async function confirm(what: string, yes: boolean) {
  if (yes) return;
  if (!process.stdin.isTTY) throw new Error(`${what}: run again with --yes to confirm`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`${what}. Stop the Guanxi server first. Type yes to go on: `);
  prompt.close();
  if (answer.trim().toLowerCase() !== 'yes') throw new Error('Cancelled: nothing was restored');
}
