import type { TicketEvent } from '../../index';
import { type HeaderReading, readHeader } from './csv-columns';
import type { CsvConsumer } from './csv-records';
import type { SeenIds } from './seen-ids';
import type { InputTicket, TicketSink } from './ticket-sink';

type Columns<Form> = Extract<HeaderReading, { form: Form }>['columns'];

interface EventRow {
  readonly type: string;
  readonly at: string;
  readonly priority: string;
  readonly kind: string;
  readonly line: number;
}

/** The rows of one ticket in the one-row-per-event form, while they are read. */
interface Group {
  readonly id: string;
  readonly rows: EventRow[];
  /** Set once the ticket is rejected: its other rows are skipped. */
  rejected: boolean;
}

/**
 * Turns the records of a CSV input into tickets. The header says the form: one row per event
 * (`ticket,event,at,priority,kind`, a ticket's rows consecutive, `opened` first) or one row per
 * ticket (`id,opened_at,priority,kind,responded_at,resolved_at`). Values are passed on as text,
 * for the library to judge; only the shape of the file is checked here.
 */
export class CsvTickets implements CsvConsumer {
  /** Why the header cannot be read, if it cannot (a usage error: the wrong file). */
  headerProblem: string | undefined;
  #header: HeaderReading | undefined;
  #group: Group | undefined;
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
    const header = this.#header;
    if (header === undefined) {
      this.#header = readHeader(cells);
      if ('problem' in this.#header) this.headerProblem = `line ${line}: ${this.#header.problem}`;
      return;
    }
    if ('problem' in header) return;
    if (header.form === 'tickets') this.#ticketRow(header.columns, header.width, cells, line);
    else this.#eventRow(header.columns, header.width, cells, line);
  }

  malformed(line: number, reason: string): void {
    // The record cannot be trusted, not even its ticket id: the ticket being read ends here.
    this.#flush();
    this.sink.reject(line, undefined, reason);
  }

  /** Hands over the last ticket; says so if the input had no header or no ticket. */
  end(): void {
    this.#flush();
    if (this.#header === undefined) this.sink.reject(1, undefined, 'the input is empty');
    else if (!this.#sawRow && !('problem' in this.#header))
      this.sink.reject(this.#lastLine + 1, undefined, 'no ticket after the header');
  }

  #sawRow = false;

  #ticketRow(
    columns: Columns<'tickets'>,
    width: number,
    cells: readonly string[],
    line: number,
  ): void {
    this.#sawRow = true;
    const cell = (index: number) => (index < 0 ? '' : (cells[index] ?? '').trim());
    const id = cell(columns.id);
    if (cells.length !== width) {
      this.sink.reject(
        line,
        id || undefined,
        `has ${cells.length} fields, the header has ${width}`,
      );
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
    const responded = cell(columns.responded_at);
    const resolved = cell(columns.resolved_at);
    if (responded !== '') events.push({ type: 'responded', at: responded });
    if (resolved !== '') events.push({ type: 'resolved', at: resolved });
    const kind = cell(columns.kind);
    this.sink.ticket({
      ticket: {
        id,
        openedAt: cell(columns.opened_at),
        priority: cell(columns.priority) as never,
        ...(kind === '' ? {} : { kind: kind as never }),
        events,
      },
      line,
      eventLines: events.map(() => line),
    });
  }

  #eventRow(
    columns: Columns<'events'>,
    width: number,
    cells: readonly string[],
    line: number,
  ): void {
    this.#sawRow = true;
    const cell = (index: number) => (index < 0 ? '' : (cells[index] ?? '').trim());
    const id = cell(columns.ticket);
    if (this.#group === undefined || id !== this.#group.id) {
      this.#flush();
      this.#group = { id, rows: [], rejected: false };
      const type = cell(columns.event);
      if (id === '') this.#rejectGroup(line, 'the ticket id is empty');
      else if (!this.seen.add(id))
        this.#rejectGroup(
          line,
          `the rows of this ticket are not consecutive: it appears earlier in the input`,
        );
      else if (type !== 'opened' && cells.length === width)
        this.#rejectGroup(
          line,
          `its first row is "${type}": a ticket's rows must begin with an "opened" row`,
        );
    }
    const group = this.#group;
    if (group.rejected) return;
    if (cells.length !== width) {
      this.#rejectGroup(line, `has ${cells.length} fields, the header has ${width}`);
      return;
    }
    const row: EventRow = {
      type: cell(columns.event),
      at: cell(columns.at),
      priority: cell(columns.priority),
      kind: cell(columns.kind),
      line,
    };
    if (row.type === 'opened' && group.rows.length > 0) {
      this.#rejectGroup(
        line,
        `a second "opened" row (the first is on line ${group.rows[0]?.line})`,
      );
      return;
    }
    group.rows.push(row);
  }

  #rejectGroup(line: number, reason: string): void {
    const group = this.#group;
    if (group === undefined || group.rejected) return;
    group.rejected = true;
    this.sink.reject(line, group.id || undefined, reason);
  }

  #flush(): void {
    const group = this.#group;
    this.#group = undefined;
    if (group === undefined || group.rejected) return;
    const [opened, ...rows] = group.rows;
    if (opened === undefined) return;
    const events = rows.map(
      (row): TicketEvent =>
        (row.type === 'priority-changed'
          ? {
              type: row.type,
              at: row.at,
              ...(row.priority === '' ? {} : { priority: row.priority }),
            }
          : { type: row.type, at: row.at }) as TicketEvent,
    );
    const input: InputTicket = {
      ticket: {
        id: group.id,
        openedAt: opened.at,
        priority: opened.priority as never,
        ...(opened.kind === '' ? {} : { kind: opened.kind as never }),
        events,
      },
      line: opened.line,
      eventLines: rows.map((row) => row.line),
    };
    this.sink.ticket(input);
  }
}
