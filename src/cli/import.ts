import { basename, dirname, extname, join } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { businessTimeZone } from '../config.ts';
// The import's own modules rather than the context's index, which also loads its HTTP routes (Fastify,
// multipart, zod schemas): the command carries only what it runs.
import { importEncodings } from '../imports/encoding.ts';
import { settleInterruptedJobs } from '../imports/import-jobs.repo.ts';
import type { ImportProgress } from '../imports/import-progress.ts';
import { type ImportResult, startImport } from '../imports/import-runner.ts';
import { type DataKind, dataKinds } from '../shared/domain.ts';
import { analyseRequested, printAnalysis } from './analyse-requested.ts';
import { commandLine, withDatabase } from './with-database.ts';

interface ImportOptions {
  dryRun?: boolean;
  onError: string;
  errors?: string;
  encoding: string;
  timeZone: string;
}

const phaseLabels = { reading: 'reading', checking: 'checking', writing: 'writing' };

/**
 * A bar with rows/s and ETA at a terminal; elsewhere (logs, pipes) a plain line on standard error
 * every two seconds. Both count from the first rows read, not from opening the database.
 */
function progressDisplay(fileName: string) {
  let started: number | undefined;
  const rate = (progress: ImportProgress) => {
    started ??= Date.now();
    const seconds = (Date.now() - started) / 1000;
    return seconds < 0.5 ? '…' : Math.round(progress.rowsRead / seconds).toLocaleString('en-US');
  };
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${fileName} {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted} | {phase}`,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    let shown = false;
    return {
      update(progress: ImportProgress) {
        const payload = {
          rows: progress.rowsRead.toLocaleString('en-US'),
          rate: rate(progress),
          phase: phaseLabels[progress.phase],
        };
        if (!shown) bar.start(Math.max(progress.bytesTotal, 1), 0, payload);
        shown = true;
        bar.update(progress.bytesRead, payload);
      },
      stop: () => shown && bar.stop(),
    };
  }
  let lastLine: number | undefined;
  return {
    update(progress: ImportProgress) {
      lastLine ??= Date.now();
      const perSecond = rate(progress);
      if (Date.now() - lastLine < 2000) return;
      lastLine = Date.now();
      const percent = progress.bytesTotal ? Math.floor((100 * progress.bytesRead) / progress.bytesTotal) : 100;
      console.error(`progress: ${progress.rowsRead} rows read (${percent}%), ${perSecond} rows/s, ${progress.phase}`);
    },
    stop() {},
  };
}

/**
 * Ctrl-C or `kill` stops the import cleanly: its running statement is cancelled on the server (not
 * left running there, holding locks), and its job is recorded as failed. A second signal ends the
 * process at once.
 */
function stopOnSignals() {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the import…`);
    controller.abort(new Error(`guanxi import received ${signal}`));
  };
  const signals = ['SIGINT', 'SIGTERM'] as const;
  for (const signal of signals) process.once(signal, stop);
  const done = () => {
    for (const signal of signals) process.off(signal, stop);
  };
  return { signal: controller.signal, done };
}

const defaultErrorFile = (file: string) => join(dirname(file), `${basename(file, extname(file))}.errors.csv`);

function printResult(file: string, { job, seconds }: ImportResult, errorFile: string) {
  const rate = Math.round(job.rowsRead / Math.max(seconds, 0.001));
  for (const error of job.errors.slice(0, 20))
    console.error(`line ${error.line}${error.column ? `, ${error.column}` : ''}: ${error.reason}`);
  if (job.rowsRejected > 20) console.error(`… and more: ${job.rowsRejected} rows have errors`);
  if (job.hasErrorFile) console.error(`The bad rows are in ${errorFile}`);
  console.log(`${basename(file)}: ${job.message} (${seconds.toFixed(1)} s, ${rate.toLocaleString('en-US')} rows/s)`);
}

export function registerImport(program: Command) {
  program
    .command('import')
    .description('Import customers, contacts, products or orders from a CSV file (columns: docs/import.md)')
    .argument('<kind>', dataKinds.join(' | '))
    .argument('<file>', 'a CSV file in UTF-8 or GBK with one header row')
    .option('--dry-run', 'read and check every row, write nothing')
    .option('--on-error <mode>', 'abort: import nothing when a row is bad; skip: import the good rows', 'abort')
    .option('--errors <file>', 'where to write the bad rows with line, column and reason (default: FILE.errors.csv)')
    .option('--encoding <encoding>', importEncodings.join(' | '), 'auto')
    .option('--time-zone <zone>', 'time zone of dates and times without an offset', businessTimeZone)
    .addHelpText(
      'after',
      '\nExit status: 0 all rows imported (or would be, with --dry-run); 2 some rows rejected; 1 nothing imported.',
    )
    .action(async (kind: string, file: string, options: ImportOptions) => {
      if (!dataKinds.includes(kind as DataKind)) throw new Error(`kind must be one of ${dataKinds.join(', ')}`);
      if (!['abort', 'skip'].includes(options.onError)) throw new Error('--on-error must be abort or skip');
      if (!importEncodings.includes(options.encoding as never))
        throw new Error(`--encoding must be one of ${importEncodings.join(', ')}`);
      const display = progressDisplay(basename(file));
      const stopping = stopOnSignals();
      const result = await withDatabase(async ({ db }) => {
        await settleInterruptedJobs(db);
        const started = await startImport({
          db,
          actor: commandLine,
          kind: kind as DataKind,
          file,
          fileName: basename(file),
          encoding: options.encoding as (typeof importEncodings)[number],
          timeZone: options.timeZone,
          onError: options.onError as 'abort' | 'skip',
          dryRun: Boolean(options.dryRun),
          errorFile: options.errors ?? defaultErrorFile(file),
          onProgress: display.update,
          signal: stopping.signal,
        });
        let result: ImportResult;
        try {
          result = await started.result;
        } finally {
          display.stop();
        }
        printResult(file, result, options.errors ?? defaultErrorFile(file));
        // Orders written ask for the analysis; it is made now, after the import's own report.
        if (kind === 'orders' && result.inserted + result.updated > 0) printAnalysis(await analyseRequested(db));
        return result;
      }).finally(stopping.done);
      const { job } = result;
      process.exitCode = job.status === 'failed' ? 1 : job.rowsRejected ? 2 : 0;
    });
}
