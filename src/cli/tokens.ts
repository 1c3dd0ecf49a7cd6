import type { Command } from 'commander';
import { AppError } from '../server/errors.ts';
import { createToken, revokeToken, tokenExpiry } from '../tokens/index.ts';
import { findActor } from './users.ts';
import { commandLine, withDatabase } from './with-database.ts';

export function registerTokens(program: Command) {
  const token = program.command('token').description('Manage API tokens (Authorization: Bearer …)');

  token
    .command('create')
    .description('Create an API token for a user; prints the token once')
    .requiredOption('--email <email>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for', 'cli')
    .option('--expires-in-days <days>', 'the token stops working after this many days (default: never)')
    .action(async (options: { email: string; name: string; expiresInDays?: string }) => {
      const days = options.expiresInDays === undefined ? undefined : Number(options.expiresInDays);
      const expiresAt = describeFailure(() => tokenExpiry({ expiresInDays: days }));
      const created = await withDatabase(async ({ db }) =>
        createToken({ db, actor: await findActor(db, options.email), name: options.name, expiresAt }),
      );
      const until = created.expiresAt ? `, working until ${created.expiresAt.toISOString()}` : '';
      console.error(`Token ${created.id} (${created.name}) for ${options.email}${until}; it is shown only now:`);
      console.log(created.token);
    });

  token
    .command('revoke')
    .description('Revoke an API token by its id')
    .argument('<id>', 'the token id (printed by `token create`, listed at GET /api/v1/tokens)')
    .action(async (id: string) => {
      await withDatabase(({ db }) => revokeToken({ db, actor: commandLine, id }));
      console.log(`Revoked ${id}`);
    });
}

/** Runs `work`, turning a refusal of bad input into an error naming the option. */
function describeFailure<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof AppError && error.fields)
      throw new Error(
        Object.entries(error.fields)
          .map(([field, problem]) => `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${problem}`)
          .join('\n'),
      );
    throw error;
  }
}
