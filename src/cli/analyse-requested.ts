import type { Db } from '../db/client.ts';
import { commandLine } from './with-database.ts';

/**
 * After `guanxi demo` or `guanxi import` wrote purchases: makes the analysis they asked for (waiting
 * for a server on the same PostgreSQL that is making one), so that Insights are current at once.
 * Loaded only now, so that the import command carries the analysis only when it runs it.
 */
export async function analyseRequested(db: Db) {
  const { runAnalysisIfDue } = await import('../analytics/index.ts');
  return runAnalysisIfDue({ db, actor: commandLine, daily: false, wait: true });
}

export function printAnalysis(run: { asOf: string; customerCount: number } | null) {
  if (run) console.log(`Analysed ${run.customerCount} customers as of ${run.asOf} (Insights show it now).`);
}
