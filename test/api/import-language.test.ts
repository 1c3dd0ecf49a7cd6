import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/db/client.ts';
import { download, importOverHttp } from '../fixtures/import/http.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * An import's texts in the reader's language: the job keeps its summary and its rows' problems in
 * English (it may run in the background), and each reader reads them, the error file and the
 * templates in their own language, when they read them.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let manager: Awaited<ReturnType<typeof server.userClient>>;
beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager', '总经理');
});
afterAll(() => server.close());

/** The manager's requests as from a browser in `language` (the account has no language of its own). */
const as = (language: 'zh-CN' | 'en') => {
  manager.acceptLanguage = language;
  return manager;
};
const records = (text: string) => parse(text, { bom: true, relax_column_count: true }) as string[][];

const badCustomers =
  'external_id,name,kind,email,owner_email\n' +
  'LG-1,好客户,person,good@example.com,\n' +
  'LG-2,,person,,\n' +
  'LG-3,坏邮箱,robot,not-an-email,\n' +
  'LG-1,重复,person,,\n';

describe('an import read in the reader’s language', () => {
  it('renders the stored summary and row problems per reader, when read', async () => {
    const job = await importOverHttp(as('en'), 'customers', badCustomers, { query: { onError: 'skip' } });
    expect(job.message).toBe('Imported 1 of 4 rows: 1 new, 0 changed, 0 unchanged customers; rows with errors: 3.');
    const [stored] = await selectRows<{ message: string }>(
      server.db,
      sql`SELECT message FROM import_jobs WHERE id = ${job.id}`,
    );
    expect(stored.message).toBe(job.message);

    const zh = (await as('zh-CN').get(`/api/v1/imports/${job.id}`)).body;
    expect(zh.message).toBe('已导入 1 行（共 4 行）：客户新增 1 个，更改 0 个，未变 0 个；3 行有错误。');
    expect(zh.errors).toEqual([
      { line: 3, column: 'name', reason: '必填' },
      { line: 4, column: 'email', reason: '不是有效的邮箱地址' },
      { line: 4, column: 'kind', reason: '必须是以下之一：organization, person' },
      { line: 5, column: 'external_id', reason: '与第 2 行重复（同一编号在文件中出现了两次）' },
    ]);
    const list = (await as('zh-CN').get('/api/v1/imports')).body.items;
    expect(list.find((item: { id: string }) => item.id === job.id).message).toBe(zh.message);
    expect((await as('en').get(`/api/v1/imports/${job.id}`)).body).toEqual(job);
  });

  it('writes the error file in the reader’s language, or the one the link names', async () => {
    const job = await importOverHttp(as('en'), 'customers', badCustomers, { query: { onError: 'skip' } });
    const chinese = [
      ['错误行号', '错误列', '错误原因', 'external_id', 'name', 'kind', 'email', 'owner_email'],
      ['3', '客户名称', '必填', 'LG-2', '', 'person', '', ''],
      [
        '4',
        '邮箱；类型',
        '不是有效的邮箱地址；必须是以下之一：organization, person',
        'LG-3',
        '坏邮箱',
        'robot',
        'not-an-email',
        '',
      ],
      ['5', '客户编号', '与第 2 行重复（同一编号在文件中出现了两次）', 'LG-1', '重复', 'person', '', ''],
    ];
    const byBrowser = await download(as('zh-CN'), `/api/v1/imports/${job.id}/errors.csv`);
    expect(byBrowser.text.startsWith('\uFEFF')).toBe(true);
    expect(records(byBrowser.text)).toEqual(chinese);
    expect(records((await download(as('en'), `/api/v1/imports/${job.id}/errors.csv?language=zh-CN`)).text)).toEqual(
      chinese,
    );
    const english = await download(as('zh-CN'), `/api/v1/imports/${job.id}/errors.csv?language=en`);
    expect(english.text.split('\r\n')[2]).toBe(
      '4,email; kind,"is not an email address; must be one of organization, person",LG-3,坏邮箱,robot,not-an-email,',
    );
    expect((await download(as('en'), `/api/v1/imports/${job.id}/errors.csv?language=fr`)).status).toBe(400);
  });

  it('says why an interrupted import stopped in the reader’s language', async () => {
    const [{ id }] = await selectRows<{ id: string }>(
      server.db,
      sql`INSERT INTO import_jobs (kind, file_name) VALUES ('orders', 'lost.csv') RETURNING id`,
    );
    expect((await as('zh-CN').get(`/api/v1/imports/${id}`)).body).toMatchObject({
      status: 'failed',
      message: '已中断：运行导入的进程在完成前停止了；此文件的数据均未写入。',
    });
    expect((await as('en').get(`/api/v1/imports/${id}`)).body.message).toMatch(/^Interrupted: the process/);
  });

  it('offers templates in the reader’s language that import as they are', async () => {
    const zh = records((await download(as('zh-CN'), '/api/v1/imports/templates/customers')).text);
    expect(zh[0]).toEqual([
      '客户编号',
      '客户名称',
      '类型',
      '电话',
      '邮箱',
      '行业',
      '地区',
      '线索来源',
      '关系经理邮箱',
      '标签',
      '关系层次',
    ]);
    expect(zh[1]).toEqual(expect.arrayContaining(['组织', '客户推荐', '伙伴型']));
    const en = records((await download(as('zh-CN'), '/api/v1/imports/templates/customers?language=en')).text);
    expect(en[0].slice(0, 3)).toEqual(['External ID', 'Name', 'Kind']);
    expect(en[1]).toEqual(expect.arrayContaining(['Organization', 'Referral by a customer', 'Partnership']));
    for (const language of ['zh-CN', 'en'] as const)
      for (const kind of ['customers', 'contacts', 'products', 'orders']) {
        const template = await download(as(language), `/api/v1/imports/templates/${kind}`);
        const job = await importOverHttp(manager, kind, template.text);
        expect(job.rowsRejected, `${language} ${kind}: ${JSON.stringify(job.errors)}`).toBe(0);
        expect(job.status).toBe('succeeded');
      }
  });
});
