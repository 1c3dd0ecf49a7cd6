import { availableParallelism, cpus, totalmem } from 'node:os';

/** Latencies of one case, in milliseconds, in the order measured. */
export interface Sample {
  case: string;
  latencies: number[];
  /** Average number of customers per answer: a search that finds nothing is not a fair search. */
  rowsPerAnswer: number;
}

export const percentile = (values: number[], p: number) => {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Runs `work` once per item, one after another, timing each; `work` returns the number of rows it got. */
export async function measure<T>(name: string, items: T[], work: (item: T) => Promise<number>): Promise<Sample> {
  const latencies: number[] = [];
  let rows = 0;
  for (const item of items) {
    const started = performance.now();
    rows += await work(item);
    latencies.push(performance.now() - started);
  }
  return { case: name, latencies, rowsPerAnswer: items.length ? rows / items.length : 0 };
}

/** `count` items taken round-robin from `pool`. */
export const cycle = <T>(pool: T[], count: number) => Array.from({ length: count }, (_, i) => pool[i % pool.length]);

export const GOAL_P95_MS = 50;

const ms = (value: number) => (Number.isNaN(value) ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (baseline: number, guanxi: number) =>
  Number.isNaN(baseline) ? '—' : `${(baseline / guanxi).toFixed(baseline / guanxi < 10 ? 1 : 0)}×`;

/** A Markdown table: Guanxi through HTTP against the baseline measured in the same run. */
export function resultTable(rows: { guanxi: Sample; baseline?: Sample; baselineName?: string }[]): string {
  const lines = [
    '| case | n | rows/answer | p50 ms | p95 ms | goal p95 < 50 ms | baseline | n | p50 ms | p95 ms | ratio p50 | ratio p95 |',
    '|---|--:|--:|--:|--:|:-:|---|--:|--:|--:|--:|--:|',
  ];
  for (const { guanxi, baseline, baselineName } of rows) {
    const [p50, p95] = [percentile(guanxi.latencies, 50), percentile(guanxi.latencies, 95)];
    const [b50, b95] = baseline
      ? [percentile(baseline.latencies, 50), percentile(baseline.latencies, 95)]
      : [Number.NaN, Number.NaN];
    lines.push(
      `| ${guanxi.case} | ${guanxi.latencies.length} | ${guanxi.rowsPerAnswer.toFixed(0)} | ${ms(p50)} | ${ms(p95)} | ` +
        `${p95 < GOAL_P95_MS ? 'met' : 'MISSED'} | ${baselineName ?? '—'} | ${baseline?.latencies.length ?? '—'} | ` +
        `${ms(b50)} | ${ms(b95)} | ${ratio(b50, p50)} | ${ratio(b95, p95)} |`,
    );
  }
  return lines.join('\n');
}

export function describeMachine(database: string): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = (totalmem() / 2 ** 30).toFixed(1);
  return `${availableParallelism()} CPUs (${model}), ${memory} GiB memory, Node ${process.version}, ${database}`;
}
