import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { type ExportFormat, exportFormats, exportStream } from '../exports/index.ts';
import { type DataKind, dataKinds } from '../shared/domain.ts';
import { commandLine, withDatabase } from './with-database.ts';

/** Everything of a kind, archived customers and inactive products included (the shell sees all). */
const everything = {
  customers: { kind: 'customers', query: { archived: 'all' } },
  contacts: { kind: 'contacts', query: { archived: 'all' } },
  products: { kind: 'products', query: { active: 'all' } },
  orders: { kind: 'orders', query: {} },
} as const;

export function registerExport(program: Command) {
  program
    .command('export')
    .description('Export customers, contacts, products or orders as CSV (the columns `guanxi import` reads) or JSON')
    .argument('<kind>', dataKinds.join(' | '))
    .option('--format <format>', exportFormats.join(' | '), 'csv')
    .option('--output <file>', 'write to this file instead of standard output')
    .action(async (kind: string, options: { format: string; output?: string }) => {
      if (!dataKinds.includes(kind as DataKind)) throw new Error(`kind must be one of ${dataKinds.join(', ')}`);
      if (!exportFormats.includes(options.format as ExportFormat))
        throw new Error(`--format must be one of ${exportFormats.join(', ')}`);
      await withDatabase(async ({ db }) => {
        const stream = await exportStream({
          db,
          actor: commandLine,
          request: everything[kind as DataKind] as never,
          format: options.format as ExportFormat,
        });
        await pipeline(stream, options.output ? createWriteStream(options.output) : process.stdout);
      });
    });
}
