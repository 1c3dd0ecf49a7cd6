import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { zhCN } from '../../web/src/i18n/zh-cn.ts';
import { columnLabelKey } from '../../web/src/pages/imports/import-column-label.ts';
import { download, postForm } from '../fixtures/import/http.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

/**
 * Every column the server's import names (the wizard's preview, the rows' errors) has a label in
 * both languages of the web app, and it is the header an export in that language gives the column:
 * the wizard speaks the user's language and the same words as the files.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let manager: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
}, 180_000);
afterAll(() => server.close());

/** The text at a dotted key of a language's resources, if there is one. */
const textAt = (resources: object, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);

const kinds = ['customers', 'contacts', 'products', 'orders'] as const;
const resources = { en, 'zh-CN': zhCN } as const;

describe('the import wizard’s column labels', () => {
  it.each(kinds)('label every %s column the server names, as the export in that language heads it', async (kind) => {
    const preview = await postForm(manager, `/api/v1/imports/preview?kind=${kind}`, { file: 'x\n1\n' });
    expect(preview.status).toBe(200);
    const columns = (preview.body.columns as { name: string }[]).map((column) => column.name);
    expect(columns.length).toBeGreaterThan(5);
    for (const language of ['en', 'zh-CN'] as const) {
      const labels = columns.map((column) => textAt(resources[language], columnLabelKey(kind, column)));
      const unlabelled = columns.filter((_, at) => typeof labels[at] !== 'string' || !labels[at]);
      expect(unlabelled, `${language} labels missing for ${kind}`).toEqual([]);
      const exported = await download(manager, `/api/v1/exports/${kind}?language=${language}`);
      const header = exported.text
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]
        .split(',');
      expect(labels, language).toEqual(header);
    }
  });
});
