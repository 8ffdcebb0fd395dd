import { type CsvConsumer, CsvParser } from './csv-parser';
import type { RecordLimit } from './record-limit';

/**
 * Reads CSV (RFC 4180, with `\r\n`, `\n` or a lone `\r` ending a line, mixed freely) from text
 * chunks, in one pass: every character is looked at once, whatever the length of a line or of a
 * chunk. Records go to the consumer in the order of the input, each with the line it begins on
 * (a quoted field may hold line breaks, so records and lines differ). Reading waits while the
 * consumer's output is full and ends when it says so.
 */
export async function readCsvRecords(
  chunks: AsyncIterable<string>,
  consumer: CsvConsumer,
  limit: RecordLimit,
  /** The line of the first character: the last part of a file read apart starts further on. */
  firstLine = 1,
): Promise<void> {
  const parser = new CsvParser(consumer, limit, firstLine);
  for await (const chunk of chunks) {
    parser.push(chunk);
    consumer.lines(parser.linesRead);
    if (consumer.stopped) return;
    await consumer.drained();
  }
  parser.end();
  consumer.lines(parser.linesRead);
}

/**
 * Reads the CSV of one part of a file, cut after a line break, without ending it: the records of
 * the part go to the consumer, numbered from `firstLine`.
 *
 * @returns Whether the part ended where a record ends (see `CsvParser.idle`), and the last line
 * read, for the caller to check that the cut was where it thought.
 */
export async function readCsvPart(
  chunks: AsyncIterable<string>,
  consumer: CsvConsumer,
  limit: RecordLimit,
  firstLine: number,
): Promise<{ readonly idle: boolean; readonly lastLine: number }> {
  const parser = new CsvParser(consumer, limit, firstLine);
  for await (const chunk of chunks) {
    parser.push(chunk);
    consumer.lines(parser.linesRead);
    if (consumer.stopped) break;
    await consumer.drained();
  }
  return { idle: parser.idle, lastLine: parser.linesRead };
}
