import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder of the web app's uploads and error files: `GUANXI_IMPORTS_DIR`, else `guanxi-imports`
 * in the system's temporary folder. Uploads may be 20 GiB, so it must sit on a disk with room.
 */
export const importsFolder = () => process.env.GUANXI_IMPORTS_DIR || join(tmpdir(), 'guanxi-imports');

/** Uploads are named after the process that receives and imports them: `upload-<pid>-<random>.csv`. */
const uploadName = /^upload-(\d+)-[0-9a-f-]+\.csv$/;

/** The uploads this process is receiving or importing. */
const inUse = new Set<string>();

/** A new upload's path in the imports folder (created if need be); its error file is `errorFileOf` it. */
export async function newUploadPath() {
  await mkdir(importsFolder(), { recursive: true });
  const path = join(importsFolder(), `upload-${process.pid}-${randomUUID()}.csv`);
  inUse.add(path);
  return path;
}

/** Removes an upload once its import ended or failed, or its upload broke off. */
export async function discardUpload(path: string) {
  await rm(path, { force: true });
  inUse.delete(path);
}

export const errorFileOf = (upload: string) => upload.replace(/\.csv$/, '.errors.csv');

function processIsAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * At start-up: removes the uploads that no running import owns, those left by a process that
 * stopped (killed, crashed, restarted) before it finished. Uploads of another live process sharing
 * the folder (a second server) are left alone; error files stay for download until `sweepOldFiles`.
 * Files from before uploads carried their process (`<uuid>.csv`) are removed too.
 */
export async function removeLeftoverUploads() {
  const names = await readdir(importsFolder()).catch(() => [] as string[]);
  for (const name of names) {
    if (name.endsWith('.errors.csv') || !name.endsWith('.csv')) continue;
    const path = join(importsFolder(), name);
    const owner = Number(uploadName.exec(name)?.[1]);
    // Our own pid on a file we do not use is a reused one (a restarted container's server is often pid 1).
    if (owner === process.pid ? inUse.has(path) : owner && processIsAlive(owner)) continue;
    await rm(path, { force: true });
  }
}

/** Error files (and any other file) older than a week are removed when a new import starts. */
export async function sweepOldFiles(maxAgeMs = 7 * 24 * 3600 * 1000) {
  const names = await readdir(importsFolder()).catch(() => [] as string[]);
  for (const name of names) {
    const path = join(importsFolder(), name);
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > maxAgeMs) await rm(path, { force: true });
  }
}
