import { describe, expect, it } from 'vitest';
import { AppError } from '../server/errors.ts';
import { dataKinds } from '../shared/domain.ts';
import { isTranslated, translate } from '../shared/translate.ts';
import { importColumns } from './columns.ts';
import { cleanCell, Invalid } from './fields.ts';
import { interruptedMessage } from './import-jobs.repo.ts';
import { failureMessage, summaryMessage } from './import-messages.ts';
import { phaseMessages } from './import-progress.ts';
import { rowProblems } from './row-problems.ts';
import { checkRecord } from './row-validation.ts';

/**
 * Every message an import stores on its job is in the Chinese catalogue, whole: the summaries in
 * each of their forms, the phases, why it stopped, and every problem a row can have (each cell
 * parser given bad cells, the SQL checks' problems with values put in).
 */
const summaries = dataKinds.flatMap((kind) =>
  [
    { rowsRead: 0, rowsRejected: 0, dryRun: false, aborted: false },
    { rowsRead: 1200, rowsRejected: 0, dryRun: true, aborted: false },
    { rowsRead: 1200, rowsRejected: 3, dryRun: true, aborted: false },
    { rowsRead: 1200, rowsRejected: 3, dryRun: true, aborted: true },
    { rowsRead: 1200, rowsRejected: 3, dryRun: false, aborted: true },
    { rowsRead: 1200, rowsRejected: 0, dryRun: false, aborted: false },
    { rowsRead: 1200, rowsRejected: 3, dryRun: false, aborted: false },
  ].map((counts) => summaryMessage({ ...counts, inserted: 1000, updated: 7, records: 1197, unit: kind })),
);

const stopped = (reason?: Error) => {
  const controller = new AbortController();
  controller.abort(reason);
  return failureMessage(new Error('canceling statement due to user request'), controller.signal);
};
const endings = [
  ...Object.values(phaseMessages),
  interruptedMessage,
  stopped(new Error('The server stopped')),
  stopped(new Error('guanxi import received SIGTERM')),
  stopped(),
  // A database's own words are kept as they are: here a SQLSTATE.
  failureMessage(new Error('57P01'), undefined),
  failureMessage(new AppError('validation_failed', 'The file is empty'), undefined),
];

const badCells = [
  'x',
  '-1',
  '0',
  '1.234',
  '1,23',
  '99999999999999999999',
  '2023-02-29',
  '2024-01-31 25:00',
  '13/31/2024',
];
const cellProblems = [
  ...dataKinds.flatMap((kind) =>
    importColumns[kind].flatMap((column) =>
      [...badCells, 'x'.repeat(10_001), Array.from({ length: 31 }, (_, i) => `t${i}`).join(';'), `${'a'.repeat(51)};b`]
        .map((cell) => column.parse(cell))
        .filter((value): value is Invalid => value instanceof Invalid)
        .map((value) => value.reason),
    ),
  ),
  ...['a\u0000b', 'a\uFFFDb'].map((cell) => (cleanCell(cell) as Invalid).reason),
  ...checkRecord(importColumns.products, [0, 1, -1, -1, 2, -1, -1], ['', 'x', '1', 'surplus'], 3).errors.map(
    (error) => error.reason,
  ),
];

const sqlProblems = Object.values(rowProblems).map((problem) =>
  problem.replace('{line}', '12').replace('{value}', '天猫'),
);

/** Latin words left in a Chinese text, but for codes, formats and examples that Chinese keeps. */
const englishIn = (chinese: string) =>
  (chinese
    .replace(/CSV|GBK|UTF-8|SIGTERM|guanxi import|NUL|SKU|1,234.50|CNY|USD|[a-z_]+(, [a-z_]+)*$/g, '')
    .match(/[A-Za-z]{3,}/g) ?? []) as string[];

describe('the import’s messages in Chinese', () => {
  it.each([
    ['summaries', summaries],
    ['phases and endings', endings],
    ['cell problems', cellProblems],
    ['problems found in SQL', sqlProblems],
  ])('has every one of its %s, whole and with no English left', (_, messages) => {
    expect(messages.length).toBeGreaterThan(3);
    for (const message of new Set(messages)) {
      expect(isTranslated(message), message).toBe(true);
      expect(englishIn(translate(message, 'zh-CN')), message).toEqual([]);
    }
  });

  it('keeps the English and renders the numbers and kinds in Chinese', () => {
    expect(summaries).toContain(
      'Imported 1,197 of 1,200 rows: 1,000 new, 7 changed, 190 unchanged orders; rows with errors: 3.',
    );
    expect(translate(summaries[summaries.length - 1], 'zh-CN')).toBe(
      '已导入 1,197 行（共 1,200 行）：订单新增 1,000 个，更改 7 个，未变 190 个；3 行有错误。',
    );
    expect(translate(stopped(new Error('The server stopped')), 'zh-CN')).toBe(
      '已中断：服务器已停止，导入未完成；此文件的数据均未写入。',
    );
    expect(translate('differs from line 3 of the same order (天猫; 京东)', 'zh-CN')).toBe(
      '与同一订单第 3 行的值（天猫; 京东）不同',
    );
  });
});
