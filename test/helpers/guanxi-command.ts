import { execFile } from 'node:child_process';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `guanxi …` as a user does, as its own process with this environment. */
export function runGuanxi(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = execFile('node', ['bin/guanxi.js', ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}
