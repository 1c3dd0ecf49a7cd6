import type { Command } from 'commander';

/** Placeholder: `guanxi import` is being written. */
export function registerImport(_program: Command) {}
