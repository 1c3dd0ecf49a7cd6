import { Command } from 'commander';
import { AppError } from '../server/errors.ts';
import { registerServe } from './serve.ts';
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

// A command's module (and what it imports: the demo generator, the analyses, …) is loaded only when
// that command runs, or all of them for help, so that each command carries only what it needs.
const commands: [string, () => Promise<(program: Command) => void>][] = [
  ['user', async () => (await import('./users.ts')).registerUsers],
  ['token', async () => (await import('./tokens.ts')).registerTokens],
  ['import', async () => (await import('./import.ts')).registerImport],
  ['export', async () => (await import('./export.ts')).registerExport],
  ['demo', async () => (await import('./demo.ts')).registerDemo],
  ['analyze', async () => (await import('./analyze.ts')).registerAnalyze],
  ['rules', async () => (await import('./rules.ts')).registerRules],
  ['privacy', async () => (await import('./privacy.ts')).registerPrivacy],
  ['backup', async () => (await import('./backup.ts')).registerBackup],
  ['restore', async () => (await import('./restore.ts')).registerRestore],
];
const requested = process.argv[2];
const runsOne = [...program.commands.map((command) => command.name()), ...commands.map(([name]) => name)].includes(
  requested,
);
for (const [name, load] of commands) if (!runsOne || name === requested) (await load())(program);

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
