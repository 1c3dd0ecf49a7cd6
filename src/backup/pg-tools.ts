import { spawn } from 'node:child_process';
import { AppError } from '../server/errors.ts';

/** The PostgreSQL client programs that make and read `postgres` backups. */
export type PgTool = 'pg_dump' | 'pg_restore';

/**
 * The connection string without its password, and an environment that passes the password as
 * PGPASSWORD: never on the command line, where any user of the machine sees it with `ps`.
 */
export function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.toString(), env };
}

/** Runs a client program to its end: its standard output, or an error with what it printed. */
export function runPgTool(tool: PgTool, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? missingTool(tool) : new AppError('internal', `${tool}: ${error.message}`)),
    );
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(stdout).toString('utf8'));
      const said = Buffer.concat(stderr).toString('utf8').trim();
      reject(new AppError('internal', `${tool} failed (${signal ?? `exit code ${code}`})${said ? `: ${said}` : ''}`));
    });
  });
}

const missingTool = (tool: PgTool) =>
  new AppError(
    'internal',
    `${tool} was not found: install the PostgreSQL client programs of the server's version ` +
      '(Debian and Ubuntu: apt-get install postgresql-client) so that it is on PATH',
  );

/** The major version of a client program, such as 15 for `pg_dump (PostgreSQL) 15.20`. */
export async function toolMajorVersion(tool: PgTool): Promise<number> {
  const said = await runPgTool(tool, ['--version']);
  const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(said)?.[1]);
  if (!major) throw new AppError('internal', `Could not read the version of ${tool} from "${said.trim()}"`);
  return major;
}

/**
 * pg_dump refuses a server newer than itself, and pg_restore may not read an archive of a newer
 * pg_dump: say so before starting, with what to install.
 */
export async function requireToolFor(tool: PgTool, serverMajor: number): Promise<void> {
  const major = await toolMajorVersion(tool);
  if (major < serverMajor)
    throw new AppError(
      'internal',
      `${tool} is version ${major}, older than the PostgreSQL ${serverMajor} server: install the client programs ` +
        `of version ${serverMajor} or newer (Debian and Ubuntu: postgresql-client-${serverMajor}) and put them first on PATH`,
    );
}
