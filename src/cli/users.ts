import type { Command } from 'commander';
import type { z } from 'zod';
import type { Actor } from '../auth/index.ts';
import { resetTotp } from '../auth/two-factor.service.ts';
import { roles } from '../db/schema/index.ts';
import { createUser, createUserBody, findUserWithPassword, listUsers, updateUser } from '../users/index.ts';
import { readSecret } from './prompt.ts';
import { commandLine, withDatabase } from './with-database.ts';

/** Turns a zod failure into one readable line per field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('\n');
}

export async function findActor(db: Parameters<typeof findUserWithPassword>[0], email: string): Promise<Actor> {
  const user = await findUserWithPassword(db, email);
  if (!user) throw new Error(`No user with email ${email}`);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function registerUsers(program: Command) {
  const user = program.command('user').description('Manage users (the shell acts as an administrator)');

  user
    .command('add')
    .description('Add a user; the password is prompted, or read from the first line of stdin')
    .requiredOption('--email <email>', 'login email')
    .requiredOption('--name <name>', 'display name')
    .option('--role <role>', `one of ${roles.join(', ')}`, 'relationship_manager')
    .action(async (options: { email: string; name: string; role: string }) => {
      const password = await readSecret('Password (at least 10 characters): ');
      const parsed = createUserBody.safeParse({ ...options, password });
      if (!parsed.success) throw new Error(describeIssues(parsed.error));
      const created = await withDatabase(({ db }) => createUser({ db, actor: commandLine, input: parsed.data }));
      console.log(`Added ${created.role} ${created.name} <${created.email}> (${created.id})`);
    });

  user
    .command('list')
    .description('List users')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const rows = await withDatabase(({ db }) => listUsers(db));
      if (options.json) return console.log(JSON.stringify(rows, null, 2));
      if (!rows.length) return console.log('No users yet: add one with `guanxi user add --role admin …`.');
      for (const row of rows)
        console.log([row.email, row.name, row.role, row.disabled ? 'disabled' : 'active', row.id].join('\t'));
    });

  user
    .command('reset-totp')
    .description("Remove a user's two-factor sign-in (say after a lost phone): they log in with the password alone")
    .argument('<email>', 'the user')
    .action(async (email: string) => {
      await withDatabase(async ({ db }) => {
        const target = await findActor(db, email);
        await resetTotp({ db, actor: commandLine, userId: target.id });
      });
      console.log(`Two-factor sign-in removed for ${email}`);
    });

  user
    .command('disable')
    .description('Disable a user: they cannot log in and their sessions end')
    .argument('<email>', 'the user to disable')
    .action(async (email: string) => {
      await withDatabase(async ({ db }) => {
        const target = await findActor(db, email);
        await updateUser({ db, actor: commandLine, id: target.id, input: { disabled: true } });
      });
      console.log(`Disabled ${email}`);
    });
}
