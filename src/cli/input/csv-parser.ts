import type { RecordLimit } from './record-limit';

/** What reads the records of a CSV input, one at a time, with the line each begins on. */
export interface CsvConsumer {
  /** A record (blank lines are not records). */
  record(cells: readonly string[], line: number): void;
  /**
   * A record that cannot be read whole: a quote out of place, a quoted field never closed, or
   * more characters than the limit. `cells` are those read before the problem, if any.
   */
  malformed(line: number, reason: string, cells: readonly string[]): void;
  /** Input lines read so far. */
  lines(count: number): void;
  readonly stopped: boolean;
  drained(): Promise<void> | undefined;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

const STRAY_QUOTE =
  'a quote inside a field that is not quoted (a field with quotes must be quoted whole)';

/**
 * The parser behind `readCsvRecords`. Lines without quotes are split where they stand; a line
 * with quotes, or one cut by the end of a chunk, is read character by character by a state
 * machine that carries over from one chunk to the next.
 */
export class CsvParser {
  /** The line the next character is on. */
  #line = 1;
  // The record being read character by character, when there is one.
  #inRecord = false;
  #recordLine = 1;
  #recordLength = 0;
  #cells: string[] = [];
  #cell = '';
  #quoted = false;
  #afterQuote = false;
  /** Whether the current cell holds anything yet (a quote may open it only then). */
  #cellStarted = false;
  #problem: string | undefined;
  /** How many cells were read whole before the problem. */
  #cellsBeforeProblem = 0;
  /** Over the limit: the rest of the record, up to a line break, is skipped. */
  #skipping = false;
  /** A `\r` ended the last chunk: a `\n` starting the next one ends the same line. */
  #afterCr = false;

  constructor(
    private readonly consumer: CsvConsumer,
    private readonly limit: RecordLimit,
    /** The line the first character is on: a part of a file read apart starts further on. */
    firstLine = 1,
  ) {
    this.#line = firstLine;
  }

  /**
   * Whether the text so far ends exactly after a record: no record, quoted field or skipped line
   * left open. A part of a file read apart must end so, or it was not cut where a record ends.
   */
  get idle(): boolean {
    return !this.#inRecord && !this.#afterCr && !this.#skipping;
  }

  get linesRead(): number {
    return this.#line - 1;
  }

  push(text: string): void {
    // An empty chunk would forget a `\r` that ended the previous one.
    if (text === '') return;
    let at = 0;
    const lfAfterCr = this.#afterCr && text.charCodeAt(0) === LF;
    this.#afterCr = false;
    // A record still open holds the `\r` in a quoted field: its `\n` is part of the field.
    if (this.#inRecord) at = this.#continue(text, 0, lfAfterCr);
    else if (lfAfterCr) at = 1;
    const maxLength = this.limit.characters;
    let nextQuote = text.indexOf('"', at);
    let nextCr = text.indexOf('\r', at);
    let nextLf = text.indexOf('\n', at);
    if (nextQuote === -1 && nextCr === -1) at = this.#plainLines(text, at);
    while (at < text.length && !this.consumer.stopped) {
      // Each search starts where the last one found its character: every character once.
      if (nextQuote !== -1 && nextQuote < at) nextQuote = text.indexOf('"', at);
      if (nextCr !== -1 && nextCr < at) nextCr = text.indexOf('\r', at);
      if (nextLf !== -1 && nextLf < at) nextLf = text.indexOf('\n', at);
      const lf = nextLf;
      const end = nextCr === -1 || (lf !== -1 && lf < nextCr) ? lf : nextCr;
      // The quick way: a whole line, no quote, not over the limit.
      if (end !== -1 && (nextQuote === -1 || nextQuote > end) && end - at <= maxLength) {
        if (end > at) this.consumer.record(text.slice(at, end).split(','), this.#line);
        at = this.#lineBreak(text, end);
        continue;
      }
      this.#begin();
      at = this.#continue(text, at);
    }
  }

  /**
   * The lines of a chunk without quotes or `\r` (the usual case), split at once; returns where
   * the last line, cut by the chunk's end, begins.
   */
  #plainLines(text: string, start: number): number {
    const lines = (start === 0 ? text : text.slice(start)).split('\n');
    const maxLength = this.limit.characters;
    let at = start;
    const complete = lines.length - 1;
    for (let index = 0; index < complete && !this.consumer.stopped; index++) {
      const line = lines[index] as string;
      if (line.length > maxLength) return at;
      if (line !== '') this.consumer.record(line.split(','), this.#line);
      this.#line++;
      at += line.length + 1;
    }
    return at;
  }

  /** The input ended: a record still open is handed over as it stands. */
  end(): void {
    if (!this.#inRecord) return;
    if (this.#quoted && !this.#skipping)
      this.#fail('a quoted field is not closed: the rest of the input was read into it');
    this.#finish();
    this.#line++;
  }

  /** Counts the line break at `at` (`\r\n` is one); returns where the next line begins. */
  #lineBreak(text: string, at: number): number {
    this.#line++;
    if (text.charCodeAt(at) !== CR) return at + 1;
    if (text.charCodeAt(at + 1) === LF) return at + 2;
    // A `\n` at the start of the next chunk would belong to this `\r`.
    if (at + 1 === text.length) this.#afterCr = true;
    return at + 1;
  }

  #begin(): void {
    this.#inRecord = true;
    this.#recordLine = this.#line;
    this.#recordLength = 0;
    this.#cells = [];
    this.#cell = '';
    this.#quoted = false;
    this.#afterQuote = false;
    this.#cellStarted = false;
    this.#problem = undefined;
    this.#skipping = false;
  }

  /**
   * Reads the current record from `start`, character by character; returns where it stopped:
   * the end of the chunk, or the start of the line after the record.
   */
  #continue(text: string, start: number, lfAfterCr = false): number {
    const room = this.limit.characters - this.#recordLength;
    let piece = start;
    let at = start;
    for (; at < text.length; at++) {
      const code = text.charCodeAt(at);
      const breaksLine = code === LF || code === CR;
      // The `\n` of a `\r\n` cut by the chunks was judged with its `\r`.
      const continuesCrLf = lfAfterCr && at === 0;
      if (
        !this.#skipping &&
        at - start >= room &&
        (this.#quoted || !breaksLine) &&
        !continuesCrLf
      ) {
        this.#skipping = true;
        // This reason says more than an earlier one; the cells read before either stay valid.
        if (this.#problem === undefined) this.#cellsBeforeProblem = this.#cells.length;
        this.#problem = `longer than ${this.limit.describe()}${this.#quoted ? ' (a quoted field that is never closed?)' : ''}: skipped up to the next line break`;
      }
      if (this.#skipping) {
        if (breaksLine) return this.#endRecord(text, at);
        continue;
      }
      if (this.#quoted) {
        if (code === QUOTE) {
          this.#cell += text.slice(piece, at);
          this.#quoted = false;
          this.#afterQuote = true;
          piece = at + 1;
        } else if (breaksLine && !continuesCrLf) {
          // A line break inside quotes is part of the field, and still a line of the input.
          at = this.#lineBreak(text, at) - 1;
        }
        continue;
      }
      if (this.#afterQuote) {
        this.#afterQuote = false;
        if (code === QUOTE) {
          // `""` inside quotes: one quote, and the field goes on.
          this.#cell += '"';
          this.#quoted = true;
          piece = at + 1;
          continue;
        }
        if (code !== COMMA && !breaksLine) this.#fail(STRAY_QUOTE);
      }
      if (code === COMMA) {
        this.#cells.push(this.#cell + text.slice(piece, at));
        this.#cell = '';
        this.#cellStarted = false;
        piece = at + 1;
      } else if (breaksLine) {
        this.#cell += text.slice(piece, at);
        return this.#endRecord(text, at);
      } else if (code === QUOTE) {
        if (this.#cellStarted || at > piece) this.#fail(STRAY_QUOTE);
        else {
          this.#quoted = true;
          this.#cellStarted = true;
          piece = at + 1;
        }
      }
    }
    this.#recordLength += at - start;
    if (!this.#skipping) {
      this.#cell += text.slice(piece, at);
      if (this.#cell !== '') this.#cellStarted = true;
    }
    return at;
  }

  /** The record ends at the line break at `at`; returns where the next line begins. */
  #endRecord(text: string, at: number): number {
    this.#finish();
    return this.#lineBreak(text, at);
  }

  #fail(reason: string): void {
    if (this.#problem !== undefined) return;
    this.#problem = reason;
    this.#cellsBeforeProblem = this.#cells.length;
  }

  #finish(): void {
    this.#inRecord = false;
    const cells = this.#cells;
    cells.push(this.#cell);
    this.#cell = '';
    if (this.#problem !== undefined) {
      this.consumer.malformed(
        this.#recordLine,
        this.#problem,
        cells.slice(0, this.#cellsBeforeProblem),
      );
    } else if (cells.length > 1 || cells[0] !== '') {
      this.consumer.record(cells, this.#recordLine);
    }
  }
}
