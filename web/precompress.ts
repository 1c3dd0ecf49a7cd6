import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Text the browser downloads as it is; index.html is not here: the server writes its language in first. */
const compressible = /\.(js|mjs|css|svg|json|txt|webmanifest)$/;
/** Below this, headers cost more than compression saves. */
const minimumBytes = 1024;

/**
 * Writes `file.br` and `file.gz` beside each compressible file at its best (brotli 11, gzip 9), once,
 * at build time, so that the server sends them without compressing anything per request. A variant
 * is kept only when it is clearly smaller than the file.
 */
export async function precompressFiles(folder: string, files: string[]) {
  const written: string[] = [];
  await Promise.all(
    files
      .filter((file) => compressible.test(file))
      .map(async (file) => {
        const path = join(folder, file);
        const original = await readFile(path);
        if (original.length < minimumBytes) return;
        const variants = [
          [
            '.br',
            await brotli(original, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
              },
            }),
          ],
          ['.gz', await gzipped(original, { level: constants.Z_BEST_COMPRESSION })],
        ] as const;
        for (const [extension, compressed] of variants) {
          if (compressed.length > original.length * 0.9) continue;
          await writeFile(path + extension, compressed);
          written.push(file + extension);
        }
      }),
  );
  return written.sort();
}

/** The Vite plugin: precompresses what the build wrote into the output folder. */
export function precompress(): Plugin {
  return {
    name: 'guanxi-precompress',
    apply: 'build',
    async writeBundle(output, bundle) {
      if (output.dir) await precompressFiles(output.dir, Object.keys(bundle));
    },
  };
}
