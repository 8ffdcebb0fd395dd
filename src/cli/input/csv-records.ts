import type { Readable } from 'node:stream';

/** What reads the records of a CSV input, one at a time, with the line each begins on. */
export interface CsvConsumer {
  /** A record (blank lines are not records). */
  record(cells: readonly string[], line: number): void;
  /** A record that the CSV parser could not read whole (an unclosed or stray quote). */
  malformed(line: number, reason: string): void;
  /** Input lines read so far. */
  lines(count: number): void;
  readonly stopped: boolean;
  drained(): Promise<void> | undefined;
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quoted field is not closed: the rest of the input was read into it',
  InvalidQuotes:
    'a quote inside a field that is not quoted (a field with quotes must be quoted whole)',
};

/**
 * Reads a CSV input with Papa Parse, streaming: records are handed over in the order of the file,
 * each with the line it begins on (a quoted field may hold line breaks, so records and lines
 * differ). Reading pauses while the consumer's output is full and stops when it says so.
 */
export async function readCsvRecords(input: Readable, consumer: CsvConsumer): Promise<void> {
  // Loaded here, not with the command: a JSON Lines report does without it.
  const { default: Papa } = await import('papaparse');
  return new Promise((resolve, reject) => {
    let line = 1;
    Papa.parse<string[]>(input as unknown as File, {
      delimiter: ',',
      skipEmptyLines: false,
      chunk(results, parser) {
        const problems = new Map<number, string>();
        for (const error of results.errors) {
          if (error.row !== undefined && error.type === 'Quotes')
            problems.set(error.row, QUOTE_PROBLEMS[error.code] ?? error.message);
        }
        results.data.forEach((cells, index) => {
          const start = line;
          for (const cell of cells) line += lineBreaksIn(cell);
          line++;
          if (consumer.stopped) return;
          const problem = problems.get(index);
          if (problem !== undefined) consumer.malformed(start, problem);
          else if (cells.length > 1 || cells[0] !== '') consumer.record(cells, start);
        });
        consumer.lines(line - 1);
        if (consumer.stopped) {
          parser.abort();
          return;
        }
        const wait = consumer.drained();
        if (wait !== undefined) {
          parser.pause();
          wait.then(() => parser.resume(), reject);
        }
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
}

function lineBreaksIn(cell: string): number {
  let count = 0;
  for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) count++;
  return count;
}
