import type { Command } from 'commander';
import { withDatabase } from './with-database.ts';

export function registerRules(program: Command) {
  const rules = program.command('rules').description('The contact rules that make tasks by themselves');
  rules
    .command('run')
    .description('Run one pass of the enabled contact rules (the server also does this every minute)')
    .option(
      '--as-of <moment>',
      'run as of this date or date and time (ISO 8601), e.g. 2025-06-01 or 2025-06-01T09:00:00+08:00',
    )
    .option('--json', 'print the summary as JSON')
    .action(async (options: { asOf?: string; json?: boolean }) => {
      const asOf = options.asOf === undefined ? undefined : new Date(options.asOf);
      if (asOf && Number.isNaN(asOf.getTime()))
        throw new Error(`--as-of must be a date like 2025-06-01 or 2025-06-01T09:00:00+08:00, not ${options.asOf}`);
      const { runRulesPass } = await import('../contact-rules/index.ts');
      const pass = await withDatabase(({ db }) => runRulesPass({ db, asOf }));
      if (options.json) return console.log(JSON.stringify(pass, null, 2));
      for (const rule of pass.rules)
        console.log(
          `${String(rule.tasks).padStart(7)} tasks  ${String(rule.notifications).padStart(7)} notifications  ${rule.name}`,
        );
      console.log(
        `Contact rules as of ${pass.asOf.toISOString()}: ${pass.events} events, ${pass.tasks} tasks, ${pass.notifications} notifications, ${pass.emails} emails in ${pass.durationMs} ms`,
      );
    });
}
