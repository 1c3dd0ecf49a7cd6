import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Peak resident memory of a process so far (Linux), in kB; 0 once it has gone. */
function peakRssKb(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Runs `guanxi …` as a child process: wall time, and its peak RSS from GNU time when installed,
 * else by polling /proc/PID/status (VmHWM). Fails when the command fails.
 */
export async function runImportCli(args: string[], env: NodeJS.ProcessEnv) {
  const rssFile = join(tmpdir(), `guanxi-bench-rss-${process.pid}`);
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : 'node';
  const commandArgs = gnuTime
    ? ['-f', '%M', '-o', rssFile, 'node', 'bin/guanxi.js', ...args]
    : ['bin/guanxi.js', ...args];
  const start = process.hrtime.bigint();
  const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let polled = 0;
  const poll = setInterval(() => {
    polled = Math.max(polled, peakRssKb(child.pid ?? 0));
  }, 100);
  let summary = '';
  child.stdout.on('data', (chunk: Buffer) => {
    summary += chunk.toString();
  });
  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
  clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (code !== 0) throw new Error(`guanxi ${args.join(' ')} exited with ${code}: ${summary}`);
  const peakKb = gnuTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : polled;
  rmSync(rssFile, { force: true });
  return { seconds, peakMb: peakKb / 1024, summary: summary.trim() };
}
