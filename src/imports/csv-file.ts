import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { CsvError, Parser } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { AppError } from '../server/errors.ts';
import { chooseEncoding, decoderFor, decodeSample, type FileEncoding, type ImportEncoding } from './encoding.ts';

export const sampleBytes = 65_536;
/** How much of a file is read (and parsed) at a time. */
const readChunkBytes = 65_536;

/** The first bytes of a file, decoded: enough to tell its encoding and delimiter, and to preview it. */
export interface CsvSample {
  encoding: FileEncoding;
  delimiter: string;
  /** The first records (the header first), as far as the sample holds them whole. */
  records: string[][];
  bytesTotal: number;
}

/** The delimiter of the header line: a comma unless tabs or semicolons are more frequent there. */
export function sniffDelimiter(firstLine: string): string {
  const counts = [',', '\t', ';'].map((delimiter) => [delimiter, firstLine.split(delimiter).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ',';
}

export async function readSample(path: string, requested: ImportEncoding, maxRecords = 11): Promise<CsvSample> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(sampleBytes);
    const { bytesRead } = await handle.read(buffer, 0, sampleBytes, 0);
    const { size } = await handle.stat();
    return sampleOf(buffer.subarray(0, bytesRead), size > bytesRead, size, requested, maxRecords);
  } finally {
    await handle.close();
  }
}

/** A sample from the first bytes of a file; `cut` says the file goes on after them. */
export function sampleOf(
  head: Buffer,
  cut: boolean,
  bytesTotal: number,
  requested: ImportEncoding,
  maxRecords = 11,
): CsvSample {
  const encoding = chooseEncoding(requested, head);
  let text = decodeSample(head, encoding);
  // A cut-off sample ends inside a row: keep only whole lines.
  if (cut && text.includes('\n')) text = text.slice(0, text.lastIndexOf('\n') + 1);
  const lineEnd = text.indexOf('\n');
  const delimiter = sniffDelimiter(lineEnd === -1 ? text : text.slice(0, lineEnd));
  return { encoding, delimiter, records: parseSample(text, delimiter, maxRecords), bytesTotal };
}

function parseSample(text: string, delimiter: string, maxRecords: number): string[][] {
  const options = { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, to: maxRecords };
  try {
    return parseSync(text, options) as string[][];
  } catch {
    // A quoted field running past the sample: the header line alone still tells the columns.
    try {
      return parseSync(text.slice(0, text.indexOf('\n') + 1 || undefined), options) as string[][];
    } catch {
      return [];
    }
  }
}

export interface CsvRecord {
  /** The line the record starts on (the header is line 1). */
  line: number;
  fields: string[];
}

/**
 * The records of a file in order, with their line numbers, in batches (fewer hops per row); the
 * byte count read so far is for progress.
 */
export function readRecords(path: string, encoding: FileEncoding, delimiter: string) {
  // The parser turns a whole chunk into records at once, and they live until the rows are staged. A
  // small chunk (about 800 rows) keeps them young: 1 MB chunks (10,000+ rows each) outlived V8's young
  // generation, so every row's strings were promoted and piled up as old garbage (+100 MB of RSS).
  const file = createReadStream(path, { highWaterMark: readChunkBytes });
  const parser = new Parser({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: 1_000_000,
  });
  const decoder = decoderFor(encoding);
  const stages: (Readable | NodeJS.ReadWriteStream)[] = decoder ? [file, decoder, parser] : [file, parser];
  pipeline(stages as unknown as [Readable, NodeJS.WritableStream], () => {});
  async function* batches(): AsyncGenerator<CsvRecord[]> {
    let line = 1;
    let batch: CsvRecord[] = [];
    try {
      for await (const fields of parser as AsyncIterable<string[]>) {
        const start = line;
        line += 1;
        for (const field of fields) if (field.includes('\n')) line += field.split('\n').length - 1;
        batch.push({ line: start, fields });
        if (batch.length === 1024) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    } catch (error) {
      if (error instanceof CsvError)
        throw new AppError('validation_failed', `The file is not valid CSV near line ${line}: ${error.message}`, {
          file: `not valid CSV near line ${line}`,
        });
      throw error;
    } finally {
      file.destroy();
    }
  }
  return { batches: batches(), bytesRead: () => file.bytesRead };
}

/** Splits the header off a file's batches: its cells, and the batches of the rows after it. */
export async function splitHeader(batches: AsyncGenerator<CsvRecord[]>) {
  const first = await batches.next();
  if (first.done || !first.value.length) return undefined;
  const [header, ...rest] = first.value;
  async function* rows() {
    if (rest.length) yield rest;
    yield* batches;
  }
  return { headers: header.fields, rows: rows() };
}
