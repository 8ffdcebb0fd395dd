import type { TicketEvent } from '../../index';
import { type Columns, cellOf, fieldCountProblem, idOfRecord, type RowReader } from './csv-rows';
import type { SeenIds } from './seen-ids';
import { fieldsOf } from './ticket-of-rows';
import type { TicketSink } from './ticket-sink';

/**
 * The usual desk export, one row per ticket (`id,opened_at,priority,kind,responded_at,
 * resolved_at`): the last two, when present, become a `responded` and a `resolved` event; any
 * other column is a field of the ticket.
 */
export class TicketRows implements RowReader {
  constructor(
    private readonly columns: Columns<'tickets'>,
    private readonly width: number,
    private readonly sink: TicketSink,
    private readonly seen: SeenIds,
  ) {
    this.#fieldNames = columns.fields.map(([name]) => name);
  }

  readonly #fieldNames: readonly string[];

  row(cells: readonly string[], line: number): void {
    const { columns } = this;
    const id = cellOf(cells, columns.id);
    const problem = fieldCountProblem(cells, this.width);
    if (problem !== undefined) {
      this.sink.reject(line, id || undefined, problem);
      return;
    }
    if (id === '') {
      this.sink.reject(line, undefined, 'the id is empty');
      return;
    }
    if (!this.seen.add(id)) {
      this.sink.reject(line, id, 'the same ticket id appears earlier in the input');
      return;
    }
    const events: TicketEvent[] = [];
    const responded = cellOf(cells, columns.responded_at);
    const resolved = cellOf(cells, columns.resolved_at);
    if (responded !== '') events.push({ type: 'responded', at: responded });
    if (resolved !== '') events.push({ type: 'resolved', at: resolved });
    const kind = cellOf(cells, columns.kind);
    const fields =
      columns.fields.length === 0
        ? undefined
        : fieldsOf(
            this.#fieldNames,
            columns.fields.map(([, index]) => cellOf(cells, index)),
          );
    this.sink.ticket({
      ticket: {
        id,
        openedAt: cellOf(cells, columns.opened_at),
        priority: cellOf(cells, columns.priority) as never,
        ...(kind === '' ? {} : { kind: kind as never }),
        ...(fields === undefined ? {} : { fields }),
        events,
      },
      line,
      eventLines: events.map(() => line),
    });
  }

  /** Each row is a whole ticket: a lost record takes no other ticket with it. */
  malformed(line: number, reason: string, cells: readonly string[]): void {
    const id = idOfRecord(cells, this.columns.id);
    this.sink.reject(line, id === '' ? undefined : id, reason);
  }

  flush(): void {}
}
