import { readHeader } from './csv-columns';
import { EventRows } from './csv-event-rows';
import type { CsvConsumer } from './csv-records';
import type { RowReader } from './csv-rows';
import { TicketRows } from './csv-ticket-rows';
import type { SeenIds } from './seen-ids';
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
    private readonly seen: SeenIds,
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
      this.#rows = new EventRows(header.columns, header.width, this.sink, this.seen);
    else this.#rows = new TicketRows(header.columns, header.width, this.sink, this.seen);
  }

  malformed(line: number, reason: string): void {
    // The record cannot be trusted, not even its ticket id, so it may belong to the ticket
    // being read.
    this.sink.reject(line, undefined, reason);
    this.#rows?.abandon(line, 'the record on this line cannot be read and may be one of its rows');
  }

  /** Hands over the last ticket; says so if the input had no header or no ticket. */
  end(): void {
    this.#rows?.flush();
    if (this.#rows === undefined) this.sink.reject(1, undefined, 'the input is empty');
    else if (!this.#sawRow)
      this.sink.reject(this.#lastLine + 1, undefined, 'no ticket after the header');
  }
}
