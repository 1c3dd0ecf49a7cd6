import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export interface GuanxiServer {
  baseUrl: string;
  /** The first-run setup code the server printed on its console. */
  setupCode: string;
  /** What the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

const setupCodes = new Map<string, string>();

/** What the server printed as the setup code, in its console banner or log line. */
const printedSetupCode = (output: string) => /setup code ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})/.exec(output)?.[1];

/** The setup code of the server at `baseUrl` (an origin such as http://127.0.0.1:4321) started here. */
export function setupCodeOf(baseUrl: string): string {
  const code = setupCodes.get(baseUrl);
  if (!code) throw new Error(`no Guanxi server of these journeys runs at ${baseUrl}`);
  return code;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/**
 * The real server (`node bin/guanxi.js serve`) on a free port over a fresh embedded database in a temp dir.
 * The web app must have been built (`npm run build:web`); this builds nothing.
 */
export async function startGuanxiServer(): Promise<GuanxiServer> {
  if (!existsSync(join(projectRoot, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run build:web` before the browser journeys');
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'guanxi-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, GUANXI_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  // A fresh embedded database every time, even where DATABASE_URL points at a shared server.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['bin/guanxi.js', 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(killer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/v1/auth/setup`);
      // A new installation: ready once the setup code is printed too (just after the server listens).
      const setupCode = printedSetupCode(output);
      if (response.ok && setupCode) {
        setupCodes.set(baseUrl, setupCode);
        return { baseUrl, setupCode, output: () => output, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  await stop();
  throw new Error(`the server did not answer GET /api/v1/auth/setup and print its setup code within 90 s:\n${output}`);
}
