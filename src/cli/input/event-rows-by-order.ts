import { GroupedEventRows } from './csv-event-rows';
import { type Columns, cellOf, idOfRecord, type RowReader } from './csv-rows';
import { HeldEventRows } from './held-event-rows';
import { SeenIds } from './seen-ids';
import type { TicketSink } from './ticket-sink';

/**
 * Rows looked at before the order of an event export is decided. An export sorted by time shows
 * it within a few rows (a ticket's second event comes after another ticket's opening); one
 * grouped by ticket shows nothing, and streams once these rows are read.
 */
export const ROWS_BEFORE_DECIDING = 10_000;

/**
 * How the rows of an event export are read: `auto` decides from the first rows; `grouped` takes
 * them as grouped by ticket from the start (a ticket that comes back is `RowsNotGrouped`).
 */
export type RowOrder = 'auto' | 'any' | 'grouped';

type HeldRecord =
  | { readonly cells: readonly string[]; readonly line: number }
  | { readonly cells: readonly string[]; readonly line: number; readonly problem: string };

/**
 * One row per event, in whatever order the export has. The first rows are kept aside until the
 * order shows: as soon as a ticket comes back after another ticket's row, every ticket's rows
 * are held until the end (`HeldEventRows`); when none has after `ROWS_BEFORE_DECIDING` rows, or
 * at the end of a smaller input, tickets are read one group of rows after another
 * (`GroupedEventRows`), in constant memory. With `any`, rows are held from the start.
 */
export class EventRowsByOrder implements RowReader {
  #reader: RowReader | undefined;
  #kept: HeldRecord[] | undefined = [];
  #finished: Set<string> | undefined = new Set();
  #current: string | undefined;

  constructor(
    private readonly columns: Columns<'events'>,
    private readonly width: number,
    private readonly sink: TicketSink,
    order: RowOrder,
    private readonly rowsBeforeDeciding = ROWS_BEFORE_DECIDING,
    private readonly seen = new SeenIds(),
  ) {
    if (order === 'any') this.#decide('held');
    else if (order === 'grouped') this.#decide('grouped');
  }

  row(cells: readonly string[], line: number): void {
    if (this.#reader !== undefined) {
      this.#reader.row(cells, line);
      return;
    }
    this.#keep({ cells, line }, cellOf(cells, this.columns.ticket));
  }

  malformed(line: number, reason: string, cells: readonly string[]): void {
    if (this.#reader !== undefined) this.#reader.malformed(line, reason, cells);
    else this.#keep({ cells, line, problem: reason }, idOfRecord(cells, this.columns.ticket));
  }

  /** Keeps a record aside, and decides as soon as its ticket id shows the order. */
  #keep(record: HeldRecord, id: string): void {
    const kept = this.#kept as HeldRecord[];
    kept.push(record);
    if (id !== '' && id !== this.#current) {
      const finished = this.#finished as Set<string>;
      if (finished.has(id)) {
        this.#decide('held');
        return;
      }
      if (this.#current !== undefined) finished.add(this.#current);
      this.#current = id;
    }
    if (kept.length >= this.rowsBeforeDeciding) this.#decide('grouped');
  }

  async flush(): Promise<void> {
    if (this.#reader === undefined) this.#decide('grouped');
    await this.#reader?.flush();
  }

  #decide(order: 'held' | 'grouped'): void {
    const reader =
      order === 'held'
        ? new HeldEventRows(this.columns, this.width, this.sink)
        : new GroupedEventRows(this.columns, this.width, this.sink, this.seen);
    this.#reader = reader;
    const kept = this.#kept ?? [];
    this.#kept = undefined;
    this.#finished = undefined;
    for (const record of kept) {
      if (this.sink.stopped) return;
      if ('problem' in record) reader.malformed(record.line, record.problem, record.cells);
      else reader.row(record.cells, record.line);
    }
  }
}
