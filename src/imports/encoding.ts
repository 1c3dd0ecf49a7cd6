import iconv from 'iconv-lite';
import { AppError } from '../server/errors.ts';

/** What the caller may ask for; `auto` sniffs the first bytes. */
export const importEncodings = ['auto', 'utf8', 'gbk'] as const;
export type ImportEncoding = (typeof importEncodings)[number];
/** How a file is read: UTF-8, or GBK read as GB18030 (its superset, which Excel in China writes). */
export type FileEncoding = 'utf8' | 'gbk';

const utf8Bom = [0xef, 0xbb, 0xbf];

export const hasUtf8Bom = (head: Uint8Array) => utf8Bom.every((byte, i) => head[i] === byte);

/**
 * The encoding of a file from its first bytes (64 KB is plenty): a UTF-8 byte order mark, or bytes
 * that are valid UTF-8, mean UTF-8; anything else is read as GB18030. UTF-16 is refused clearly.
 */
export function detectEncoding(head: Uint8Array): FileEncoding {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    throw new AppError('validation_failed', 'The file is UTF-16; save it as CSV (UTF-8) or CSV (GBK)', {
      file: 'is UTF-16',
    });
  if (hasUtf8Bom(head)) return 'utf8';
  try {
    // `stream: true` tolerates a character cut off at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf8';
  } catch {
    return 'gbk';
  }
}

export function chooseEncoding(requested: ImportEncoding, head: Uint8Array): FileEncoding {
  return requested === 'auto' ? detectEncoding(head) : requested;
}

/** Decodes a sample (a file's first bytes) to text, without its byte order mark. */
export function decodeSample(head: Uint8Array, encoding: FileEncoding): string {
  const text =
    encoding === 'utf8'
      ? new TextDecoder('utf-8').decode(head, { stream: true })
      : iconv.decode(Buffer.from(head), 'gb18030');
  return text.replace(/^\uFEFF/, '');
}

/**
 * A stream that turns GB18030 bytes into text, or null for UTF-8, which the CSV parser reads itself.
 * Bytes that are not valid UTF-8 become U+FFFD, which the row validation reports.
 */
export function decoderFor(encoding: FileEncoding): NodeJS.ReadWriteStream | null {
  return encoding === 'gbk' ? iconv.decodeStream('gb18030') : null;
}

/** Marks the character that replaced bytes a decoder could not read. */
export const undecodable = '\uFFFD';
