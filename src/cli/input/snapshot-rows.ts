import type { CsvConsumer } from './csv-parser';
import { RowProblem, type SnapshotRow } from './snapshot-cells';
import { type SnapshotColumns, snapshotColumnsOf } from './snapshot-columns';
import { snapshotInstant } from './snapshot-instant';
import type { SnapshotMap } from './snapshot-map';
import { type TimedRow, ticketOfSnapshots } from './snapshot-ticket';
import type { TicketSink } from './ticket-sink';

/**
 * A row as held: its mapped cells joined by NUL (an input holding one is refused before it is
 * read) into one fresh string, so that no chunk of the input stays alive through a cell, and how
 * many cells the row had (a short row lacks the cells past its end).
 */
interface HeldRow {
  readonly line: number;
  readonly width: number;
  readonly text: string;
}

const SEPARATOR = '\0';

/** The rows held of one ticket, or the row that already rejected it. */
interface HeldTicket {
  rows: HeldRow[];
  rejected?: { readonly line: number; readonly reason: string };
}

/**
 * Reads the records of a snapshot export: the header is matched against the mapping, then every
 * row is held by ticket (the mapped cells only) until the end of the input, since a ticket's rows
 * may come anywhere and in any order. At the end each ticket's rows are put in time order
 * (stable: rows of one instant stay in the order of the input) and turned into one ticket, in
 * the order each ticket first appeared.
 */
export class SnapshotRows implements CsvConsumer {
  /** Why the header cannot be read, if it cannot (a usage error: the wrong file or mapping). */
  headerProblem: string | undefined;
  #columns: SnapshotColumns | undefined;
  readonly #tickets = new Map<string, HeldTicket>();
  #sawRow = false;
  #lastLine = 0;

  constructor(
    private readonly sink: TicketSink,
    private readonly map: SnapshotMap,
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
    if (this.#columns === undefined) {
      const columns = snapshotColumnsOf(cells, this.map);
      if ('problem' in columns) this.headerProblem = `line ${line}: ${columns.problem}`;
      else this.#columns = columns;
      return;
    }
    this.#sawRow = true;
    const { kept } = this.#columns;
    // Array.prototype.join makes a flat copy: the cells (slices of the input) are let go.
    const text = kept.map((index) => cells[index] ?? '').join(SEPARATOR);
    // The ticket is the first column kept: its id is taken from the copy too.
    const end = text.indexOf(SEPARATOR);
    const held = this.#held(end === -1 ? text : text.slice(0, end), line);
    if (held === undefined || held.rejected !== undefined) return;
    held.rows.push({ line, width: cells.length, text });
  }

  malformed(line: number, reason: string, cells: readonly string[]): void {
    if (this.#columns === undefined) {
      this.sink.reject(line, undefined, reason);
      return;
    }
    this.#sawRow = true;
    const held = this.#held(cells[this.#columns.kept[this.#columns.ticket] as number] ?? '', line);
    if (held !== undefined) held.rejected ??= { line, reason };
  }

  /** The ticket of a row by its id cell, or `undefined` (then rejected) when the row names none. */
  #held(cell: string, line: number): HeldTicket | undefined {
    const id = cell.trim();
    if (id === '' || this.map.empty.has(id)) {
      this.sink.reject(line, undefined, `${this.map.ticket}: empty: the row names no ticket`);
      return undefined;
    }
    let held = this.#tickets.get(id);
    if (held === undefined) {
      held = { rows: [] };
      this.#tickets.set(id, held);
    }
    return held;
  }

  /** Hands over every ticket held; says so if the input had no header or no row. */
  async end(): Promise<void> {
    const columns = this.#columns;
    if (columns === undefined) {
      this.sink.reject(1, undefined, 'the input is empty');
      return;
    }
    if (!this.#sawRow) {
      this.sink.reject(this.#lastLine + 1, undefined, 'no ticket after the header');
      return;
    }
    let count = 0;
    for (const [id, held] of this.#tickets) {
      this.#tickets.delete(id);
      if (held.rejected !== undefined)
        this.sink.reject(held.rejected.line, id, held.rejected.reason);
      else this.#handOver(id, held.rows, columns);
      if (this.sink.stopped) return;
      if (++count % 1024 === 0) await this.sink.drained();
    }
  }

  #handOver(id: string, held: readonly HeldRow[], columns: SnapshotColumns): void {
    try {
      const rows = held.map((row) => rowOf(row, columns));
      const timed: TimedRow[] = rows.map((row) => {
        const cell = row.cells[columns.at];
        if (cell === undefined) {
          throw new RowProblem(
            row.line,
            `the row ends before the column ${JSON.stringify(this.map.at.column)}`,
          );
        }
        const text = cell.trim();
        if (text === '' || this.map.empty.has(text)) {
          throw new RowProblem(row.line, `${this.map.at.column}: empty: the row has no instant`);
        }
        const instant = snapshotInstant(text, this.map.at);
        if ('problem' in instant) throw new RowProblem(row.line, instant.problem);
        return { ...row, at: instant.iso, ms: Date.parse(instant.iso) };
      });
      // Array.prototype.sort is stable: rows of one instant keep the order of the input.
      timed.sort((a, b) => a.ms - b.ms);
      this.sink.ticket(ticketOfSnapshots(id, timed, columns, this.map));
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      this.sink.reject(error.line, id, error.reason);
    }
  }
}

/** A held row's cells again: those past the end of a short row are missing. */
function rowOf(held: HeldRow, columns: SnapshotColumns): SnapshotRow {
  const texts = held.text.split(SEPARATOR);
  const cells = columns.kept.map((index, position) =>
    index < held.width ? texts[position] : undefined,
  );
  return { line: held.line, cells: cells as string[] };
}
