import cliProgress from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { demoLimits, loadDemoData } from '../demo/index.ts';
import { analyseRequested, printAnalysis } from './analyse-requested.ts';
import { commandLine, withDatabase } from './with-database.ts';

const roleLabels = {
  admin: '管理员 admin',
  manager: '总经理 general manager',
  relationship_manager: '关系经理 relationship manager',
  service: '客服 service',
};

const wholeNumber = (what: string, limits?: { min: number; max: number }) => (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || (limits && (number < limits.min || number > limits.max)))
    throw new InvalidArgumentError(
      limits
        ? `${what} must be a whole number from ${limits.min} to ${limits.max}.`
        : `${what} must be a whole number.`,
    );
  return number;
};

export function registerDemo(program: Command) {
  program
    .command('demo')
    .description('Load a demo company (team, catalogue, customers, years of purchases) into an empty database')
    .option(
      '--customers <n>',
      `how many customers (${demoLimits.customers.min}–${demoLimits.customers.max})`,
      wholeNumber('--customers', demoLimits.customers),
      demoLimits.customers.default,
    )
    .option('--seed <s>', 'the same seed gives the same company', wholeNumber('--seed'), 1)
    .option(
      '--years <y>',
      `years of purchase history, ending today (${demoLimits.years.min}–${demoLimits.years.max})`,
      wholeNumber('--years', demoLimits.years),
      demoLimits.years.default,
    )
    .action(async (options: { customers: number; seed: number; years: number }) => {
      const started = Date.now();
      const bar = process.stdout.isTTY
        ? new cliProgress.SingleBar(
            { format: 'Customers {bar} {value}/{total} {percentage}% ETA {eta}s' },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
      bar?.start(options.customers, 0);
      const { summary, run } = await withDatabase(async ({ db }) => {
        const loaded = await loadDemoData({
          db,
          actor: commandLine,
          ...options,
          onProgress: (written) => bar?.update(written),
        }).finally(() => bar?.stop());
        // The analysis the load asked for, made now: a server started later (or running beside this
        // command on PostgreSQL) shows Insights at once.
        return { summary: loaded, run: await analyseRequested(db) };
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`Loaded the demo company ${summary.company} in ${seconds} s (seed ${options.seed}):`);
      console.log(
        `  ${summary.customers} customers with ${summary.contacts} contacts, ${summary.products} products, ` +
          `${summary.orders} orders with ${summary.orderLines} lines since ${summary.from.toISOString().slice(0, 10)}`,
      );
      console.log(`Users, all with the password ${summary.password} (shown only now):`);
      for (const user of summary.users)
        console.log(`  ${user.email.padEnd(32)} ${user.name}\t${roleLabels[user.role]}`);
      printAnalysis(run);
    });
}
