import { Command } from 'commander';
import { AppError } from '../server/errors.ts';
import { registerAnalyze } from './analyze.ts';
import { registerDemo } from './demo.ts';
import { registerExport } from './export.ts';
import { registerImport } from './import.ts';
import { registerRules } from './rules.ts';
import { registerServe } from './serve.ts';
import { registerTokens } from './tokens.ts';
import { registerUsers } from './users.ts';
import { withDatabase } from './with-database.ts';

const program = new Command('guanxi')
  .description(
    'Guanxi (关系): a relationship-first CRM. Uses DATABASE_URL if set, else PGlite in $GUANXI_DATA_DIR (./data).',
  )
  .showHelpAfterError();

registerServe(program);

program
  .command('migrate')
  .description('Apply the database migrations (serve does this at start too)')
  .action(async () => {
    await withDatabase(async (database) => console.log(`Migrated ${database.kind} database at ${database.location}`));
  });

registerUsers(program);
registerTokens(program);
registerImport(program);
registerExport(program);
registerDemo(program);
registerAnalyze(program);
registerRules(program);

// `guanxi user list | head -1`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const message = error instanceof AppError || error instanceof Error ? error.message : String(error);
  const fields =
    error instanceof AppError && error.fields
      ? ` (${Object.entries(error.fields)
          .map(([k, v]) => `${k}: ${v}`)
          .join('; ')})`
      : '';
  console.error(`error: ${message}${fields}`);
  process.exitCode = 1;
}
