import type { Command } from 'commander';
import { createToken, revokeToken } from '../tokens/index.ts';
import { findActor } from './users.ts';
import { commandLine, withDatabase } from './with-database.ts';

export function registerTokens(program: Command) {
  const token = program.command('token').description('Manage API tokens (Authorization: Bearer …)');

  token
    .command('create')
    .description('Create an API token for a user; prints the token once')
    .requiredOption('--email <email>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for', 'cli')
    .action(async (options: { email: string; name: string }) => {
      const created = await withDatabase(async ({ db }) =>
        createToken({ db, actor: await findActor(db, options.email), name: options.name }),
      );
      console.error(`Token ${created.id} (${created.name}) for ${options.email}; it is shown only now:`);
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
