import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFiles } from '../../web/precompress.ts';
import { startTestServer } from '../helpers/test-server.ts';

/** A built app as Vite writes it: index.html, and content-hashed files under assets/. */
const indexHtml =
  '<!doctype html>\n<html lang="en">\n<head><title>Guanxi</title></head><body><div id="root"></div></body></html>\n';
const script = `export const texts = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `关系 text number ${i}`))};\n`;
const tinyScript = 'export const x = 1;\n';

let dist: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'guanxi-web-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), indexHtml);
  await writeFile(join(dist, 'assets/app-B4x9Qz1k.js'), script);
  await writeFile(join(dist, 'assets/tiny-C7d2Lm0p.js'), tinyScript);
  await writeFile(join(dist, 'robots.txt'), 'User-agent: *\n');
  await precompressFiles(dist, ['index.html', 'assets/app-B4x9Qz1k.js', 'assets/tiny-C7d2Lm0p.js', 'robots.txt']);
  server = await startTestServer({ webApp: { dist } });
});
afterAll(async () => {
  await server.close();
  await rm(dist, { recursive: true, force: true });
});

/** A GET with exactly these headers (fetch would add Accept-Encoding and undo the encoding). */
function get(path: string, headers: Record<string, string> = {}) {
  const url = new URL(server.baseUrl);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the web app’s files', () => {
  it('are written brotli- and gzip-compressed at build time, where that saves bytes', async () => {
    expect((await readdir(join(dist, 'assets'))).sort()).toEqual([
      'app-B4x9Qz1k.js',
      'app-B4x9Qz1k.js.br',
      'app-B4x9Qz1k.js.gz',
      'tiny-C7d2Lm0p.js',
    ]);
    expect((await readdir(dist)).sort(), 'index.html is sent with its language written in').not.toContain(
      'index.html.br',
    );
  });

  it('are sent in the encoding the browser accepts, brotli first, varying by Accept-Encoding', async () => {
    const path = '/assets/app-B4x9Qz1k.js';
    const brotli = await get(path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(script);
    expect(brotli.body.length).toBeLessThan(script.length / 3);

    const gzip = await get(path, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await get(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);

    const small = await get('/assets/tiny-C7d2Lm0p.js', { 'accept-encoding': 'br, gzip' });
    expect(small.headers['content-encoding'], 'no variant was written for a small file').toBeUndefined();
    expect(small.body.toString()).toBe(tinyScript);
  });

  it('are cached for a year when their names are hashed, and revalidated otherwise', async () => {
    for (const path of ['/assets/app-B4x9Qz1k.js', '/assets/tiny-C7d2Lm0p.js'])
      expect((await get(path, { 'accept-encoding': 'br' })).headers['cache-control'], path).toBe(
        'public, max-age=31536000, immutable',
      );
    expect((await get('/robots.txt')).headers['cache-control']).toBe('no-cache');
    for (const path of ['/', '/index.html', '/customers/123', '/login']) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      expect(page.headers['cache-control'], path).toBe('no-cache');
      expect(page.headers['content-type'], path).toMatch(/^text\/html/);
    }
  });

  it('say the document’s language as the browser asks for it (Accept-Language), English by default', async () => {
    const lang = async (acceptLanguage?: string) => {
      const page = await get('/work', acceptLanguage ? { 'accept-language': acceptLanguage } : {});
      expect(page.headers.vary).toMatch(/accept-language/i);
      return /<html lang="([^"]+)"/.exec(page.body.toString())?.[1];
    };
    expect(await lang('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(await lang('zh-TW')).toBe('zh-CN');
    expect(await lang('en-US,en;q=0.9')).toBe('en');
    expect(await lang('fr-FR, zh;q=0.5')).toBe('zh-CN');
    expect(await lang('fr-FR')).toBe('en');
    expect(await lang()).toBe('en');
  });

  it('answer a revalidation of an unchanged index.html with 304', async () => {
    const first = await get('/', { 'accept-language': 'zh-CN' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"/);
    expect((await get('/', { 'accept-language': 'zh-CN', 'if-none-match': etag })).status).toBe(304);
    expect((await get('/', { 'accept-language': 'en', 'if-none-match': etag })).status, 'another language').toBe(200);
  });
});
