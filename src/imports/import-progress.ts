import type { Db } from '../db/client.ts';
import { updateImportJob } from './import-jobs.repo.ts';

export type ImportPhase = 'reading' | 'checking' | 'writing';

export interface ImportProgress {
  phase: ImportPhase;
  bytesRead: number;
  bytesTotal: number;
  rowsRead: number;
  /** Rows with a bad cell so far; the database checks add theirs at the end. */
  rowsRejected: number;
}

/** What the job says while it runs (the catalogue, src/imports/messages-zh.ts, has them in Chinese). */
export const phaseMessages: Record<ImportPhase, string> = {
  reading: 'Reading and validating the rows',
  checking: 'Checking references and repeated keys',
  writing: 'Writing the rows',
};

/**
 * Progress of a running import: to the caller (the CLI's bar) at most every `callbackMs`, and to the
 * job's row at most every `databaseMs` so the web app can poll it. Database writes are not awaited
 * by the import (one at a time); `settle` waits for the last one.
 */
export class ImportProgressReporter {
  private lastCallback = 0;
  private lastWrite = 0;
  private writing: Promise<void> = Promise.resolve();
  private pending = false;
  readonly current: ImportProgress;

  constructor(
    private readonly db: Db,
    private readonly jobId: string,
    bytesTotal: number,
    private readonly onProgress?: (progress: ImportProgress) => void,
    private readonly callbackMs = 200,
    private readonly databaseMs = 1000,
  ) {
    this.current = { phase: 'reading', bytesRead: 0, bytesTotal, rowsRead: 0, rowsRejected: 0 };
  }

  reading(bytesRead: number, rowsRead: number, rowsRejected: number) {
    Object.assign(this.current, { bytesRead, rowsRead, rowsRejected });
    const now = Date.now();
    if (this.onProgress && now - this.lastCallback >= this.callbackMs) {
      this.lastCallback = now;
      this.onProgress(this.current);
    }
    if (now - this.lastWrite >= this.databaseMs) this.write(now);
  }

  phase(phase: ImportPhase) {
    this.current.phase = phase;
    if (phase !== 'reading') this.current.bytesRead = this.current.bytesTotal;
    this.onProgress?.(this.current);
    this.write(Date.now());
  }

  private write(now: number) {
    if (this.pending) return;
    this.lastWrite = now;
    this.pending = true;
    const { bytesRead, rowsRead, rowsRejected, phase } = this.current;
    this.writing = updateImportJob(this.db, this.jobId, {
      bytesRead,
      rowsRead,
      rowsRejected,
      message: phaseMessages[phase],
    })
      .catch(() => {})
      .finally(() => {
        this.pending = false;
      });
  }

  settle() {
    return this.writing;
  }
}
