import type { Command } from 'commander';

/** Placeholder: `guanxi export` is being written. */
export function registerExport(_program: Command) {}
