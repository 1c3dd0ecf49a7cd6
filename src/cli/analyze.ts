import type { Command } from 'commander';
import { runAnalysis, runSummary } from '../analytics/index.ts';
import { commandLine, withDatabase } from './with-database.ts';

export function registerAnalyze(program: Command) {
  program
    .command('analyze')
    .description('Score every customer (RFM, ABC class, loyalty stage) as of a day and print the summary')
    .option('--as-of <date>', 'the day to analyse as of, YYYY-MM-DD (default: today in GUANXI_TIME_ZONE)')
    .option('--json', 'print the summary as JSON')
    .action(async (options: { asOf?: string; json?: boolean }) => {
      if (options.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf))
        throw new Error(`--as-of must be a date like 2025-12-31, not ${options.asOf}`);
      const summary = await withDatabase(async ({ db }) => {
        const run = await runAnalysis({ db, actor: commandLine, asOf: options.asOf });
        return runSummary({ db, actor: commandLine, runId: run.id });
      });
      if (options.json) return console.log(JSON.stringify(summary, null, 2));
      console.log(`Analysis ${summary.run.id} as of ${summary.run.asOf}: ${summary.run.customerCount} customers`);
      const sections: [string, { name: string; customers: number; revenue: string }[]][] = [
        ['RFM segments', summary.rfm.segments.map((row) => ({ ...row, name: row.segment }))],
        ['ABC classes', summary.abc.classes.map((row) => ({ ...row, name: row.class }))],
        ['Loyalty stages', summary.loyalty.stages.map((row) => ({ ...row, name: row.stage }))],
      ];
      for (const [title, rows] of sections) {
        console.log(`\n${title}`);
        for (const row of rows)
          console.log(`  ${row.name.padEnd(20)} ${String(row.customers).padStart(8)}  ${row.revenue}`);
      }
      if (summary.abc.topFifthRevenueShare !== null)
        console.log(`\nTop 20% of buyers bring ${(summary.abc.topFifthRevenueShare * 100).toFixed(1)}% of revenue.`);
    });
}
