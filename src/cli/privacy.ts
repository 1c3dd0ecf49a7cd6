import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { commandLine, withDatabase } from './with-database.ts';

const kinds = ['customer', 'contact'] as const;
type Kind = (typeof kinds)[number];

function checkKind(kind: string, id: string): Kind {
  if (!kinds.includes(kind as Kind)) throw new Error(`the first argument must be customer or contact, not ${kind}`);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    throw new Error(`the ${kind}'s id must be a UUID such as 3f2c…, not ${id}`);
  return kind as Kind;
}

export function registerPrivacy(program: Command) {
  const privacy = program
    .command('privacy')
    .description("A person's data (PIPL/GDPR): export, erase, and the retention of contacts (docs/privacy.md)");

  privacy
    .command('retention')
    .description(
      'Anonymise the contacts of customers archived longer ago than the retention setting (the server does this daily)',
    )
    .option('--as-of <moment>', 'count the years back from this date (ISO 8601, e.g. 2026-01-01); default now')
    .option('--json', 'print the outcome as JSON')
    .action(async (options: { asOf?: string; json?: boolean }) => {
      const asOf = options.asOf === undefined ? undefined : new Date(options.asOf);
      if (asOf && Number.isNaN(asOf.getTime()))
        throw new Error(`--as-of must be a date like 2026-01-01, not ${options.asOf}`);
      const { applyContactRetention } = await import('../privacy/index.ts');
      const run = await withDatabase(({ db }) => applyContactRetention({ db, caller: commandLine, asOf }));
      if (options.json) return console.log(JSON.stringify(run, null, 2));
      if (run.years === null)
        return console.log('No retention is set (Settings → Privacy in the web app): contacts are kept.');
      console.log(
        `Anonymised ${run.contacts} contacts of customers archived at least ${run.years} years before ${run.asOf.toISOString()}`,
      );
    });

  privacy
    .command('export')
    .description('Write everything held about a person customer or a contact as one JSON file (audited)')
    .argument('<kind>', 'customer or contact')
    .argument('<id>', 'the customer’s or contact’s id')
    .option('-o, --output <file>', 'the file to write (default: standard output)')
    .action(async (kind: string, id: string, options: { output?: string }) => {
      const what = checkKind(kind, id);
      const { exportContactData, exportCustomerData } = await import('../privacy/index.ts');
      const document = await withDatabase<object>(({ db }) =>
        what === 'customer'
          ? exportCustomerData({ db, caller: commandLine, id })
          : exportContactData({ db, caller: commandLine, id }),
      );
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (options.output) writeFileSync(options.output, text, { mode: 0o600 });
      else process.stdout.write(text);
    });

  privacy
    .command('erase')
    .description("Irreversibly anonymise a person customer or a contact everywhere (orders' amounts stay)")
    .argument('<kind>', 'customer or contact')
    .argument('<id>', 'the customer’s or contact’s id')
    .requiredOption('--confirm-name <name>', "the person's current name, typed again to confirm")
    .action(async (kind: string, id: string, options: { confirmName: string }) => {
      const what = checkKind(kind, id);
      const { eraseContact, eraseCustomer } = await import('../privacy/index.ts');
      const erasure = await withDatabase(({ db }) =>
        (what === 'customer' ? eraseCustomer : eraseContact)({
          db,
          caller: commandLine,
          id,
          confirmName: options.confirmName,
        }),
      );
      const counts = Object.entries(erasure.erased)
        .map(([records, count]) => `${count} ${records}`)
        .join(', ');
      console.log(`Erased ${what} ${id}, now "${erasure.name}" (changed: ${counts})`);
    });
}
