import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importJobs } from '../../src/db/schema/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

/** The web app's uploads: malformed bodies are the client's fault, and no upload outlives its import. */
const folder = mkdtempSync(join(tmpdir(), 'guanxi-uploads-test-'));
process.env.GUANXI_IMPORTS_DIR = folder;

let server: Awaited<ReturnType<typeof startTestServer>>;
let manager: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

const uploads = () => readdirSync(folder).filter((name) => !name.endsWith('.errors.csv'));

/** A raw request body, as a broken client or an attacker would send it. */
async function post(path: string, contentType: string | undefined, body: string | Buffer) {
  const headers: Record<string, string> = { cookie: manager.cookie ?? '', origin: server.baseUrl };
  if (contentType) headers['content-type'] = contentType;
  const response = await fetch(server.baseUrl + path, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const filePart = (content: string | Buffer) =>
  Buffer.concat([
    Buffer.from(
      '--x\r\nContent-Disposition: form-data; name="file"; filename="c.csv"\r\nContent-Type: text/csv\r\n\r\n',
    ),
    Buffer.from(content),
  ]);
const csv = 'external_id,name,kind\nU-1,上传一,person\n';

const malformed: [string, string | undefined, string | Buffer][] = [
  ['no boundary', 'multipart/form-data', Buffer.concat([filePart(csv), Buffer.from('\r\n--x--\r\n')])],
  ['a body cut off inside the file', 'multipart/form-data; boundary=x', filePart(csv)],
  ['a body cut off inside a part header', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-da'],
  ['no multipart at all', 'multipart/form-data; boundary=x', 'external_id,name\n'],
  ['a wrong content type', 'text/plain', csv],
  ['no content type', undefined, csv],
];

describe('a malformed upload', () => {
  for (const path of ['/api/v1/imports/preview?kind=customers', '/api/v1/imports?kind=customers'])
    it(`answers 400 naming the file on POST ${path.split('?')[0]}, and leaves no file behind`, async () => {
      for (const [what, contentType, body] of malformed) {
        const answer = await post(path, contentType, body);
        expect(answer.status, what).toBe(400);
        expect(answer.body.error.code, what).toBe('validation_failed');
        expect(answer.body.error.fields, what).toHaveProperty('file');
      }
      expect(uploads()).toEqual([]);
    });
});

describe('the preview', () => {
  const header = 'external_id,name,kind\n';
  const rows = (count: number) => Array.from({ length: count }, (_, i) => `P-${i},预览客户${i},person\n`).join('');

  it('reads only the first 64 KB: what comes after is neither kept nor parsed', async () => {
    // 100 KB of rows and then a body cut off: the preview shows the rows it read and does not look further.
    const answer = await post(
      '/api/v1/imports/preview?kind=customers',
      'multipart/form-data; boundary=x',
      filePart(header + rows(4000)),
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.headers).toEqual(['external_id', 'name', 'kind']);
    expect(answer.body.rows[9]).toEqual(['P-9', '预览客户9', 'person']);
  });

  it('answers a large well-formed upload, and the server goes on answering', async () => {
    const big = Buffer.concat([filePart(header + rows(200_000)), Buffer.from('\r\n--x--\r\n')]);
    expect(big.length).toBeGreaterThan(5_000_000);
    const answer = await post('/api/v1/imports/preview?kind=customers', 'multipart/form-data; boundary=x', big);
    expect(answer.status).toBe(200);
    expect(answer.body.rows).toHaveLength(10);
    expect((await manager.get('/api/v1/imports')).status).toBe(200);
  });
});

describe('uploads of imports', () => {
  const start = async (content: string, query = '') => {
    const body = Buffer.concat([filePart(content), Buffer.from('\r\n--x--\r\n')]);
    return post(`/api/v1/imports?kind=customers${query}`, 'multipart/form-data; boundary=x', body);
  };
  const finished = async (id: string) => {
    for (;;) {
      const job = (await manager.get(`/api/v1/imports/${id}`)).body;
      if (job.status !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it('are removed when the import succeeds, fails, or cannot start', async () => {
    const good = await start(csv);
    expect(good.status).toBe(202);
    expect((await finished(good.body.id)).status).toBe('succeeded');
    expect(uploads()).toEqual([]);

    const bad = await start('external_id,name,kind\nU-2,,person\n');
    expect(bad.status).toBe(202);
    expect((await finished(bad.body.id)).status).toBe('failed');
    expect(uploads()).toEqual([]);

    expect((await start('')).status).toBe(400);
    expect(uploads()).toEqual([]);
  });

  it('left by a stopped server are removed, and its running jobs settled, when the server starts', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await once(gone, 'exit');
    const alive = process.ppid;
    const left = [
      `upload-${gone.pid}-0b7e4c1a-1f0e-4c3b-9d55-2b8e6c0c9a01.csv`,
      '4f1c2d9e-7a41-4f7e-b6a2-1c3d5e7f9a0b.csv',
    ];
    const kept = [
      `upload-${alive}-6d2f8a3b-5c1e-4b7a-9e0d-3f4a5b6c7d8e.csv`,
      `upload-${gone.pid}-0b7e4c1a-1f0e-4c3b-9d55-2b8e6c0c9a01.errors.csv`,
    ];
    const errorFiles = readdirSync(folder);
    for (const name of [...left, ...kept]) writeFileSync(join(folder, name), csv);
    const [lost] = await server.db
      .insert(importJobs)
      .values({ kind: 'customers', fileName: 'lost.csv', status: 'running' })
      .returning();

    const restarted = await buildApp({ database: server.database });
    await restarted.ready();
    await restarted.close();

    expect(readdirSync(folder).sort()).toEqual([...errorFiles, ...kept].sort());
    const [settled] = await server.db.select().from(importJobs).where(eq(importJobs.id, lost.id));
    expect(settled).toMatchObject({ status: 'failed', message: expect.stringMatching(/interrupted/i) });
    for (const name of kept) rmSync(join(folder, name));
  });
});
