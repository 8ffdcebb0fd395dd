import type { TicketEvent } from '../../index';
import { type Columns, cellOf, fieldCountProblem, type RowReader } from './csv-rows';
import type { SeenIds } from './seen-ids';
import type { TicketSink } from './ticket-sink';

interface EventRow {
  readonly type: string;
  readonly at: string;
  readonly priority: string;
  readonly kind: string;
  readonly line: number;
}

/** The rows of one ticket, while they are read. */
interface Group {
  readonly id: string;
  readonly rows: EventRow[];
  /** Set once the ticket is rejected: its other rows are skipped. */
  rejected: boolean;
}

/**
 * One row per event (`ticket,event,at,priority,kind`): a ticket's rows are consecutive and the
 * first is `opened` (with the priority and kind); `priority-changed` rows carry the new
 * priority. A ticket is complete when a row of another ticket comes. Values stay text, for the
 * library to judge; only the shape of each ticket's rows is checked here.
 */
export class EventRows implements RowReader {
  #group: Group | undefined;

  constructor(
    private readonly columns: Columns<'events'>,
    private readonly width: number,
    private readonly sink: TicketSink,
    private readonly seen: SeenIds,
  ) {}

  row(cells: readonly string[], line: number): void {
    const { columns } = this;
    const id = cellOf(cells, columns.ticket);
    const type = cellOf(cells, columns.event);
    const problem = fieldCountProblem(cells, this.width);
    if (id === '') {
      this.sink.reject(line, undefined, 'the ticket id is empty');
      this.abandon(line, 'the row on this line has no ticket id and may be one of its rows');
      return;
    }
    if (this.#group === undefined || id !== this.#group.id) {
      this.flush();
      this.#group = { id, rows: [], rejected: false };
      if (!this.seen.add(id))
        this.#reject(
          line,
          'the rows of this ticket are not consecutive: it appears earlier in the input',
        );
      else if (type !== 'opened' && problem === undefined)
        this.#reject(
          line,
          `its first row is "${type}": a ticket's rows must begin with an "opened" row`,
        );
    }
    const group = this.#group;
    if (group.rejected) return;
    if (problem !== undefined) {
      this.#reject(line, problem);
      return;
    }
    if (type === 'opened' && group.rows.length > 0) {
      this.#reject(line, `a second "opened" row (the first is on line ${group.rows[0]?.line})`);
      return;
    }
    group.rows.push({
      type,
      at: cellOf(cells, columns.at),
      priority: cellOf(cells, columns.priority),
      kind: cellOf(cells, columns.kind),
      line,
    });
  }

  flush(): void {
    const group = this.#group;
    this.#group = undefined;
    if (group === undefined || group.rejected) return;
    const [opened, ...rows] = group.rows;
    if (opened === undefined) return;
    this.sink.ticket({
      ticket: {
        id: group.id,
        openedAt: opened.at,
        priority: opened.priority as never,
        ...(opened.kind === '' ? {} : { kind: opened.kind as never }),
        events: rows.map(eventOf),
      },
      line: opened.line,
      eventLines: rows.map((row) => row.line),
    });
  }

  /** Rejects the ticket being read; it stays current, so that its other rows are skipped. */
  abandon(line: number, reason: string): void {
    this.#reject(line, reason);
  }

  #reject(line: number, reason: string): void {
    const group = this.#group;
    if (group === undefined || group.rejected) return;
    group.rejected = true;
    this.sink.reject(line, group.id, reason);
  }
}

function eventOf(row: EventRow): TicketEvent {
  const { type, at, priority } = row;
  const event =
    type === 'priority-changed' && priority !== '' ? { type, at, priority } : { type, at };
  return event as TicketEvent;
}
