import type { Db } from '../db/client.ts';
import { runRulesPass } from './rules.service.ts';

/** Seconds between passes of the rule runner inside the server (GUANXI_RULES_INTERVAL_SECONDS, `off` to stop it). */
export function rulesIntervalSeconds(env: NodeJS.ProcessEnv = process.env): number | null {
  const setting = env.GUANXI_RULES_INTERVAL_SECONDS?.trim() || '60';
  if (setting === 'off') return null;
  const seconds = Number(setting);
  if (!Number.isFinite(seconds) || seconds < 1)
    throw new Error(`GUANXI_RULES_INTERVAL_SECONDS must be a number of seconds (1 or more) or off, not ${setting}`);
  return seconds;
}

/**
 * Runs a pass of the contact rules (and sends the emails it causes) now and then every interval,
 * one pass at a time; returns a function that stops it.
 */
export function startRuleRunner(options: {
  db: Db;
  intervalSeconds: number;
  onPass?: (pass: Awaited<ReturnType<typeof runRulesPass>>) => void;
  onError: (error: unknown) => void;
}) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      options.onPass?.(await runRulesPass({ db: options.db }));
    } catch (error) {
      options.onError(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(run, options.intervalSeconds * 1000);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
