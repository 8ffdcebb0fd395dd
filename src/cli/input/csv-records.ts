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
): Promise<void> {
  const parser = new CsvParser(consumer, limit);
  for await (const chunk of chunks) {
    parser.push(chunk);
    consumer.lines(parser.linesRead);
    if (consumer.stopped) return;
    await consumer.drained();
  }
  parser.end();
  consumer.lines(parser.linesRead);
}
