import type { Command } from 'commander';

/** Placeholder: `guanxi demo` is being written. */
export function registerDemo(_program: Command) {}
