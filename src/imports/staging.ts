import { sql } from 'drizzle-orm';
import type { ImportColumn } from './columns.ts';
import type { ImportSession, QueryOutcome } from './import-session.ts';
import { problemSql, rowProblems } from './row-problems.ts';

/** Runs one SQL text (identifiers and values in it come from this code, never from the file). */
export type RunSql = (text: string) => Promise<QueryOutcome>;

/**
 * The temporary tables of one import. `rows` holds every row read: good rows with their canonical
 * values, and for a bad row one entry per error (`error_column`, `error_reason`) with only its key.
 * `rejects` collects every error by line: the cell errors, then what the SQL checks find.
 */
export interface Stage {
  rows: string;
  rejects: string;
  /** Another temporary table of this import (customer keys, orders, products). */
  table(suffix: string): string;
  /** The columns the file has; absent ones are left as they are on existing records. */
  present: ReadonlySet<string>;
  /** IANA time zone for dates without an offset; checked to be a plain name before it reaches SQL. */
  timeZone: string;
  run: RunSql;
  /** Adds `SELECT line, column, reason …` to the rejects. */
  reject(select: string): Promise<number>;
}

export const stagedColumns = (columns: readonly ImportColumn[], extras: readonly string[]) => [
  'line',
  'error_column',
  'error_reason',
  ...columns.map((column) => column.name),
  ...extras,
];

export async function createStage(options: {
  session: ImportSession;
  jobId: string;
  columns: readonly ImportColumn[];
  extras: readonly string[];
  present: ReadonlySet<string>;
  timeZone: string;
}): Promise<Stage> {
  const { session, columns, extras } = options;
  if (!/^[A-Za-z0-9_+\-/]+$/.test(options.timeZone)) throw new Error(`Unsafe time zone name ${options.timeZone}`);
  const prefix = `guanxi_import_${options.jobId.replace(/-/g, '').slice(0, 16)}`;
  const run: RunSql = (text) => session.run(sql.raw(text));
  const rows = `${prefix}_rows`;
  const rejects = `${prefix}_rejects`;
  const dataColumns = [...columns.map((column) => column.name), ...extras].map((name) => `${name} text`);
  await run(
    `CREATE TEMPORARY TABLE ${rows} (line integer NOT NULL, error_column text, error_reason text, ${dataColumns.join(', ')})`,
  );
  await run(
    `CREATE TEMPORARY TABLE ${rejects} (line integer NOT NULL, column_name text NOT NULL, reason text NOT NULL)`,
  );
  return {
    rows,
    rejects,
    table: (suffix) => `${prefix}_${suffix}`,
    present: options.present,
    timeZone: options.timeZone,
    run,
    reject: async (select) => (await run(`INSERT INTO ${rejects} (line, column_name, reason) ${select}`)).count,
  };
}

/** After the rows are in: the cell errors join the rejects (the rows' tables are analysed for the checks). */
export async function collectCellErrors(stage: Stage) {
  await stage.run(`ANALYZE ${stage.rows}`);
  await stage.reject(`SELECT line, error_column, error_reason FROM ${stage.rows} WHERE error_reason IS NOT NULL`);
}

/** Lines that repeat a key of an earlier line (`keys`: SQL over the row `s`; `where` narrows the rows). */
export async function rejectRepeatedKeys(stage: Stage, options: { keys: string; column: string; where?: string }) {
  const where = `s.error_reason IS NULL${options.where ? ` AND ${options.where}` : ''}`;
  await stage.reject(`
    SELECT s.line, '${options.column}', ${problemSql(rowProblems.repeatedKey, { line: 'd.first_line' })}
    FROM ${stage.rows} s
    JOIN (SELECT ${options.keys} AS k, min(line) AS first_line FROM ${stage.rows} s WHERE ${where}
          GROUP BY 1 HAVING count(*) > 1) d ON d.k = ${options.keys}
    WHERE ${where} AND s.line <> d.first_line`);
}

/** Removes every row of a rejected line, so only good rows are merged. Returns the good rows left. */
export async function dropRejectedRows(stage: Stage): Promise<number> {
  await stage.run(`CREATE INDEX ON ${stage.rejects} (line)`);
  await stage.run(
    `DELETE FROM ${stage.rows} s WHERE s.error_reason IS NOT NULL OR EXISTS (SELECT 1 FROM ${stage.rejects} r WHERE r.line = s.line)`,
  );
  const [{ count }] = (await stage.run(`SELECT count(*)::int AS count FROM ${stage.rows}`)).rows as { count: number }[];
  return count;
}

export async function dropStage(stage: Stage, extraTables: readonly string[]) {
  for (const table of [stage.rows, stage.rejects, ...extraTables.map(stage.table)])
    await stage.run(`DROP TABLE IF EXISTS ${table}`);
}

/** A Guanxi id written where an external id goes (exports do that for records without one). */
export const uuidPattern = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;
export const asUuid = (expression: string) =>
  `(CASE WHEN ${expression} ~ ${uuidPattern} THEN (${expression})::uuid END)`;

/**
 * The SET list and the change test of an UPDATE, for the columns the file has: `pairs` are
 * [target column, new value, file column]. An unchanged row is not touched (updated_at stays).
 */
export function changeSet(stage: Stage, target: string, pairs: readonly (readonly [string, string, string])[]) {
  const used = pairs.filter(([, , fileColumn]) => stage.present.has(fileColumn));
  return {
    set: [...used.map(([column, value]) => `${column} = ${value}`), 'updated_at = now()'].join(', '),
    changed: used.length
      ? `(${used.map(([column]) => `${target}.${column}`).join(', ')}) IS DISTINCT FROM (${used.map(([, value]) => value).join(', ')})`
      : 'false',
  };
}
