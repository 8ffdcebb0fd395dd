import { EVENT_DETAIL_COLUMNS } from './csv-columns';
import {
  type Columns,
  cellOf,
  fieldCountProblem,
  idOfRecord,
  notOpenedFirst,
  type RowReader,
  secondOpened,
} from './csv-rows';
import type { SeenIds } from './seen-ids';
import { ticketOfRows } from './ticket-of-rows';
import type { TicketSink } from './ticket-sink';

export interface EventRow {
  readonly type: string;
  readonly at: string;
  readonly priority: string;
  readonly kind: string;
  readonly line: number;
  /** The cells of the optional columns the header has (`status`, `by`, …), trimmed. */
  readonly details: EventDetails;
  /** An `opened` row's cells of the field columns, in their order; none for other rows. */
  readonly fieldCells: readonly string[];
}

/** The field cells of rows that are not `opened` rows: fields are read from the opening. */
export const NO_CELLS: readonly string[] = Object.freeze([]);

/** The cells of the field columns (`columns.fields`), in their order. */
export function fieldCellsOf(cells: readonly string[], columns: Columns<'events'>): string[] {
  return columns.fields.map(([, index]) => cellOf(cells, index));
}

export type DetailColumn = (typeof EVENT_DETAIL_COLUMNS)[number];
export type EventDetails = Readonly<Partial<Record<DetailColumn, string>>>;

/** The optional columns a header has, each with its index. */
export function detailColumnsOf(columns: Columns<'events'>): readonly [DetailColumn, number][] {
  return EVENT_DETAIL_COLUMNS.filter((name) => columns[name] >= 0).map((name) => [
    name,
    columns[name],
  ]);
}

const NO_DETAILS: EventDetails = Object.freeze({});

/** The cells of the optional columns, by name (one shared empty object when there are none). */
export function detailsOf(
  cells: readonly string[],
  detailColumns: readonly (readonly [DetailColumn, number])[],
): EventDetails {
  if (detailColumns.length === 0) return NO_DETAILS;
  const details: Partial<Record<DetailColumn, string>> = {};
  for (const [name, index] of detailColumns) details[name] = cellOf(cells, index);
  return details;
}

/** The rows of one ticket, while they are read. */
interface Group {
  readonly id: string;
  readonly rows: EventRow[];
  /** Set once the ticket is rejected: its other rows are skipped. */
  rejected: boolean;
}

/**
 * A ticket whose rows come back after another ticket's, read as if rows were grouped by ticket:
 * what was already counted of it would be wrong, so the reading stops.
 */
export class RowsNotGrouped extends Error {
  override readonly name = 'RowsNotGrouped';
  /** Whether the input can be read again from its start (a file), once the reader knows. */
  canReadAgain: boolean | undefined;
  /** Which of the command's inputs it is in (its index), once the reading knows. */
  input: number | undefined;

  constructor(
    readonly line: number,
    readonly ticketId: string,
  ) {
    super(`line ${line}: ticket ${ticketId}: its rows are not consecutive`);
  }
}

/**
 * One row per event (`ticket,event,at,priority,kind`), grouped by ticket: a ticket's rows are
 * consecutive and the first is `opened` (with the priority and kind); `priority-changed` rows
 * carry the new priority. A ticket is complete, and handed over, when a row of another ticket
 * comes: memory does not grow with the input. Values stay text, for the library to judge; only
 * the shape of each ticket's rows is checked here.
 */
export class GroupedEventRows implements RowReader {
  #group: Group | undefined;
  readonly #detailColumns: readonly [DetailColumn, number][];
  readonly #fieldNames: readonly string[];

  constructor(
    private readonly columns: Columns<'events'>,
    private readonly width: number,
    private readonly sink: TicketSink,
    private readonly seen: SeenIds,
  ) {
    this.#detailColumns = detailColumnsOf(columns);
    this.#fieldNames = columns.fields.map(([name]) => name);
  }

  row(cells: readonly string[], line: number): void {
    const { columns } = this;
    const id = cellOf(cells, columns.ticket);
    const type = cellOf(cells, columns.event);
    const problem = fieldCountProblem(cells, this.width);
    if (id === '') {
      this.sink.reject(line, undefined, 'the ticket id is empty');
      this.#reject(line, 'the row on this line has no ticket id and may be one of its rows');
      return;
    }
    const group = this.#groupOf(id, line);
    if (group.rows.length === 0 && type !== 'opened' && problem === undefined) {
      this.#reject(line, notOpenedFirst(type));
    }
    if (group.rejected) return;
    if (problem !== undefined) {
      this.#reject(line, problem);
      return;
    }
    if (type === 'opened' && group.rows.length > 0) {
      this.#reject(line, secondOpened(group.rows[0]?.line));
      return;
    }
    group.rows.push({
      type,
      at: cellOf(cells, columns.at),
      priority: cellOf(cells, columns.priority),
      kind: cellOf(cells, columns.kind),
      line,
      details: detailsOf(cells, this.#detailColumns),
      fieldCells:
        type === 'opened' && columns.fields.length > 0 ? fieldCellsOf(cells, columns) : NO_CELLS,
    });
  }

  malformed(line: number, reason: string, cells: readonly string[]): void {
    const id = idOfRecord(cells, this.columns.ticket);
    if (id !== '') {
      this.#groupOf(id, line);
      this.#reject(line, reason);
      return;
    }
    // Not even its ticket id could be read: it may belong to the ticket being read.
    this.sink.reject(line, undefined, reason);
    this.#reject(line, 'the record on this line cannot be read and may be one of its rows');
  }

  /** The group of `id`: the current one, or a new one once the current ticket is handed over. */
  #groupOf(id: string, line: number): Group {
    if (this.#group !== undefined && this.#group.id === id) return this.#group;
    this.flush();
    if (!this.seen.add(id)) throw new RowsNotGrouped(line, id);
    this.#group = { id, rows: [], rejected: false };
    return this.#group;
  }

  flush(): void {
    const group = this.#group;
    this.#group = undefined;
    if (group === undefined || group.rejected) return;
    const ticket = ticketOfRows(group.id, group.rows, this.#fieldNames);
    if (ticket !== undefined) this.sink.ticket(ticket);
  }

  /** Rejects the ticket being read; it stays current, so that its other rows are skipped. */
  #reject(line: number, reason: string): void {
    const group = this.#group;
    if (group === undefined || group.rejected) return;
    group.rejected = true;
    this.sink.reject(line, group.id, reason);
  }
}
