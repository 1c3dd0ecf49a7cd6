import { describe, expect, it } from 'vitest';
import { importColumns } from './columns.ts';
import { copyRow } from './copy-text.ts';
import { sniffDelimiter } from './csv-file.ts';
import { cleanCell, Invalid, tagSeparator } from './fields.ts';
import { resolveColumns } from './headers.ts';
import { checkRecord, isBlankRecord } from './row-validation.ts';

const headers = ['external_id', 'name', 'kind', 'phone', 'email', 'source', 'tags', 'level'];
const { positions } = resolveColumns(headers, importColumns.customers);
const check = (record: string[]) => checkRecord(importColumns.customers, positions, record, headers.length);
const value = (record: string[], column: string) =>
  check(record).values[importColumns.customers.findIndex((spec) => spec.name === column)];

describe('rows', () => {
  it('take English codes and Chinese labels, and canonical values', () => {
    const row = [
      'C-1',
      ' 华为 ',
      '组织',
      '０７５５-8888 6666',
      'Sales@Huawei.Example',
      '客户推荐',
      '重点；华南,重点',
      '伙伴型',
    ];
    expect(check(row).errors).toEqual([]);
    expect(value(row, 'name')).toBe('华为');
    expect(value(row, 'kind')).toBe('organization');
    expect(value(row, 'phone')).toBe('0755-8888 6666');
    expect(value(row, 'email')).toBe('sales@huawei.example');
    expect(value(row, 'source')).toBe('referral');
    expect(value(row, 'tags')).toBe(['重点', '华南'].join(tagSeparator));
    expect(value(row, 'level')).toBe('partnership');
    expect(value(['C-2', 'x', 'Person', '', '', 'Own Network', '', ''], 'source')).toBe('own_network');
  });

  it('name every bad cell', () => {
    expect(check(['', 'x', 'robot', 'call me', 'nope', '', '', '']).errors).toEqual([
      { column: 'external_id', reason: 'is required' },
      { column: 'kind', reason: 'must be one of organization, person' },
      { column: 'phone', reason: 'is not a phone number' },
      { column: 'email', reason: 'is not an email address' },
    ]);
    expect(check(['C-1', 'a\u0000b']).errors).toEqual([{ column: 'name', reason: 'contains a NUL character' }]);
    expect(check(['C-1', '\uFFFD']).errors[0].reason).toMatch(/not text in this encoding/);
    expect(check(['C-1', 'x', '', '', '', '', '', '', 'extra']).errors).toEqual([
      { column: '', reason: 'has 9 fields; the header has 8' },
    ]);
  });

  it('allow short rows, empty trailing cells and blank lines', () => {
    expect(check(['C-1', 'x']).errors).toEqual([]);
    expect(check(['C-1', 'x', '', '', '', '', '', '', '', '']).errors).toEqual([]);
    expect(isBlankRecord(['', ' ', ''])).toBe(true);
    expect(isBlankRecord(['', 'x'])).toBe(false);
  });

  it('take the formula quote of an export off again', () => {
    expect(cleanCell("'=1+1")).toBe('=1+1');
    expect(cleanCell("'+86 138")).toBe('+86 138');
    expect(cleanCell("'quoted")).toBe("'quoted");
    expect(cleanCell('a\u0000')).toBeInstanceOf(Invalid);
  });
});

describe('COPY text and delimiters', () => {
  it('escape what COPY reads specially', () => {
    expect(copyRow(['1', null, 'a\tb\\c\nd\re'])).toBe('1\t\\N\ta\\tb\\\\c\\nd\\re\n');
  });

  it('sniff the delimiter from the header line', () => {
    expect(sniffDelimiter('a,b,c')).toBe(',');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('a;b;c')).toBe(';');
    expect(sniffDelimiter('name')).toBe(',');
  });
});
