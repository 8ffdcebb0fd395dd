import {
  type DetailColumn,
  detailColumnsOf,
  detailsOf,
  type EventRow,
  NO_CELLS,
} from './csv-event-rows';
import {
  type Columns,
  cellOf,
  fieldCountProblem,
  idOfRecord,
  notOpenedFirst,
  type RowReader,
  secondOpened,
} from './csv-rows';
import { type FieldCode, fewValues, isoInstant, plainText } from './field-codes';
import { HeldRows } from './held-rows';
import { ticketOfRows } from './ticket-of-rows';
import type { TicketSink } from './ticket-sink';

/** Tickets handed over between two waits for the output (the `--tickets` file) to drain. */
const TICKETS_BETWEEN_WAITS = 1024;

/**
 * One row per event, in any order (an export sorted by time, say): each ticket's rows are held
 * (compactly, see `HeldRows`) until the input ends, then every ticket is handed over with all its
 * rows, in the order of the file, tickets in the order they first appear. A ticket's first row
 * must still be its `opened` row. A record that cannot be read takes the ticket its id cell
 * names with it when that cell could be read, and is rejected alone otherwise: in this order a
 * row without a ticket cannot be said to belong to any ticket.
 */
export class HeldEventRows implements RowReader {
  /** Event type, instant, priority, kind, the optional columns the header has, then the fields. */
  readonly #held: HeldRows;
  readonly #detailColumns: readonly [DetailColumn, number][];
  readonly #fieldNames: readonly string[];

  constructor(
    private readonly columns: Columns<'events'>,
    private readonly width: number,
    private readonly sink: TicketSink,
  ) {
    this.#detailColumns = detailColumnsOf(columns);
    // A field value may be anything; the other optional cells take few values (statuses, names).
    const detailCodes = this.#detailColumns.map(
      ([name]): FieldCode => (name === 'value' ? plainText : fewValues()),
    );
    this.#fieldNames = columns.fields.map(([name]) => name);
    // Fields (a customer, a region) take few values too; only `opened` rows hold them.
    const fieldCodes = columns.fields.map((): FieldCode => fewValues());
    this.#held = new HeldRows([
      fewValues(),
      isoInstant,
      fewValues(),
      fewValues(),
      ...detailCodes,
      ...fieldCodes,
    ]);
  }

  row(cells: readonly string[], line: number): void {
    const id = cellOf(cells, this.columns.ticket);
    if (id === '') {
      this.sink.reject(line, undefined, 'the ticket id is empty');
      return;
    }
    const fields = this.#fieldsOf(cells);
    const problem = fieldCountProblem(cells, this.width);
    const type = fields[0] as string;
    let ticket = this.#held.find(id);
    if (ticket === -1) {
      ticket = this.#held.addTicket(id, line, fields);
      if (problem !== undefined) this.#reject(ticket, id, line, problem);
      else if (type !== 'opened') {
        this.#reject(ticket, id, line, notOpenedFirst(type));
      }
      return;
    }
    if (this.#held.isRejected(ticket)) return;
    if (problem !== undefined) this.#reject(ticket, id, line, problem);
    else if (type === 'opened') {
      const first = this.#held.firstLine(ticket);
      this.#reject(ticket, id, line, secondOpened(first));
    } else this.#held.addRow(ticket, line, fields);
  }

  malformed(line: number, reason: string, cells: readonly string[]): void {
    const id = idOfRecord(cells, this.columns.ticket);
    if (id === '') {
      this.sink.reject(line, undefined, reason);
      return;
    }
    let ticket = this.#held.find(id);
    if (ticket === -1) ticket = this.#held.addTicket(id, line, this.#emptyFields());
    else if (this.#held.isRejected(ticket)) return;
    this.#reject(ticket, id, line, reason);
  }

  async flush(): Promise<void> {
    const count = this.#held.ticketCount;
    for (let ticket = 0; ticket < count && !this.sink.stopped; ticket++) {
      if (ticket % TICKETS_BETWEEN_WAITS === 0) await this.sink.drained();
      if (this.#held.isRejected(ticket)) continue;
      const rows = this.#held.rowsOf(ticket).map(({ line, fields }) => this.#rowOf(line, fields));
      const input = ticketOfRows(this.#held.idOf(ticket), rows, this.#fieldNames);
      if (input !== undefined) this.sink.ticket(input);
    }
  }

  /** The fields kept of a row: event type, instant, priority, kind, the optional columns. */
  #fieldsOf(cells: readonly string[]): string[] {
    const { columns } = this;
    const fields = [
      cellOf(cells, columns.event),
      cellOf(cells, columns.at),
      cellOf(cells, columns.priority),
      cellOf(cells, columns.kind),
    ];
    for (const [, index] of this.#detailColumns) fields.push(cellOf(cells, index));
    const opened = fields[0] === 'opened';
    for (const [, index] of this.columns.fields) fields.push(opened ? cellOf(cells, index) : '');
    return fields;
  }

  #emptyFields(): string[] {
    const width = 4 + this.#detailColumns.length + this.#fieldNames.length;
    return Array.from({ length: width }, () => '');
  }

  /** A held row back as an event row: its optional cells in the order of `#detailColumns`. */
  #rowOf(line: number, fields: readonly string[]): EventRow {
    const [type = '', at = '', priority = '', kind = ''] = fields;
    const details = detailsOf(
      fields,
      this.#detailColumns.map(([name], position) => [name, 4 + position] as const),
    );
    const first = 4 + this.#detailColumns.length;
    const fieldCells =
      type === 'opened' && this.#fieldNames.length > 0 ? fields.slice(first) : NO_CELLS;
    return { type, at, priority, kind, line, details, fieldCells };
  }

  #reject(ticket: number, id: string, line: number, reason: string): void {
    this.#held.reject(ticket);
    this.sink.reject(line, id, reason);
  }
}
