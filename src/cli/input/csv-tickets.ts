import { readHeader } from './csv-columns';
import type { CsvConsumer } from './csv-parser';
import type { RowReader } from './csv-rows';
import { TicketRows } from './csv-ticket-rows';
import { EventRowsByOrder, type RowOrder } from './event-rows-by-order';
import { SeenIds } from './seen-ids';
import type { TicketSink } from './ticket-sink';

/**
 * Turns the records of a CSV input into tickets. Its header says the form: one row per event or
 * one row per ticket; the rows then go to the reader of that form.
 */
export class CsvTickets implements CsvConsumer {
  /** Why the header cannot be read, if it cannot (a usage error: the wrong file). */
  headerProblem: string | undefined;
  #rows: RowReader | undefined;
  #sawRow = false;
  #lastLine = 0;

  constructor(
    private readonly sink: TicketSink,
    private readonly order: RowOrder,
    /** The ticket ids read: kept by the caller when it compares them with another reading's. */
    private readonly seen = new SeenIds(),
  ) {}

  get stopped(): boolean {
    return this.headerProblem !== undefined || this.sink.stopped;
  }

  drained(): Promise<void> | undefined {
    return this.sink.drained();
  }

  lines(count: number): void {
    this.#lastLine = count;
    this.sink.lines(count);
  }

  record(cells: readonly string[], line: number): void {
    if (this.#rows !== undefined) {
      this.#sawRow = true;
      this.#rows.row(cells, line);
      return;
    }
    // The first record is the header (once it is refused, the reading stops).
    const header = readHeader(cells);
    if ('problem' in header) this.headerProblem = `line ${line}: ${header.problem}`;
    else if (header.form === 'events')
      this.#rows = new EventRowsByOrder(
        header.columns,
        header.width,
        this.sink,
        this.order,
        undefined,
        this.seen,
      );
    else this.#rows = new TicketRows(header.columns, header.width, this.sink, this.seen);
  }

  malformed(line: number, reason: string, cells: readonly string[]): void {
    if (this.#rows === undefined) this.sink.reject(line, undefined, reason);
    else {
      this.#sawRow = true;
      this.#rows.malformed(line, reason, cells);
    }
  }

  /** Hands over the tickets still held: the end of a part of a file, read apart. */
  async endPart(): Promise<void> {
    await this.#rows?.flush();
  }

  /** Hands over the tickets still held; says so if the input had no header or no ticket. */
  async end(): Promise<void> {
    await this.#rows?.flush();
    if (this.#rows === undefined) this.sink.reject(1, undefined, 'the input is empty');
    else if (!this.#sawRow)
      this.sink.reject(this.#lastLine + 1, undefined, 'no ticket after the header');
  }
}
