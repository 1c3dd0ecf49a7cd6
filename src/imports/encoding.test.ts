import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../server/errors.ts';
import { chooseEncoding, decodeSample, detectEncoding } from './encoding.ts';

const text = '客户编号,客户名称\nC-1,北京华强电子有限公司\n';

describe('encodings', () => {
  it('tells UTF-8, with or without a byte order mark, from GBK', () => {
    expect(detectEncoding(Buffer.from(text))).toBe('utf8');
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe('utf8');
    expect(detectEncoding(iconv.encode(text, 'gbk'))).toBe('gbk');
    expect(detectEncoding(iconv.encode(text, 'gb18030'))).toBe('gbk');
    expect(detectEncoding(Buffer.from('plain,ascii\n'))).toBe('utf8');
  });

  it('does not take a character cut off at the end of the sample for GBK', () => {
    const bytes = Buffer.from(text);
    const cut = bytes.subarray(0, bytes.indexOf(Buffer.from('华')) + 1);
    expect(detectEncoding(cut)).toBe('utf8');
  });

  it('refuses UTF-16 with a clear message', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    expect(() => detectEncoding(utf16)).toThrow(AppError);
    expect(() => detectEncoding(utf16)).toThrow(/UTF-16/);
  });

  it('decodes a sample without its byte order mark, as detected or as told', () => {
    expect(decodeSample(Buffer.from(`\uFEFF${text}`), 'utf8')).toBe(text);
    expect(decodeSample(iconv.encode(text, 'gbk'), 'gbk')).toBe(text);
    expect(decodeSample(iconv.encode('龍鳳茶樓', 'gbk'), chooseEncoding('auto', iconv.encode('龍鳳茶樓', 'gbk')))).toBe(
      '龍鳳茶樓',
    );
    expect(chooseEncoding('gbk', Buffer.from(text))).toBe('gbk');
  });
});
