import type { Ticket } from '../../index';

/** A ticket as an input file gives it: values are still text, the library will judge them. */
export interface InputTicket {
  readonly ticket: Ticket & { readonly id: string };
  /** The line of the ticket (its JSON line, its `opened` row or its row). */
  readonly line: number;
  /** The line of each event, when events have rows of their own. */
  readonly eventLines?: readonly number[];
}

/** Where the readers of the three input forms send what they read. */
export interface TicketSink {
  /** A complete ticket, to evaluate. */
  ticket(input: InputTicket): void;
  /** A row or ticket that cannot be evaluated: one rejected ticket. */
  reject(line: number, ticketId: string | undefined, reason: string): void;
  /** Input lines read so far (for the progress line). */
  lines(count: number): void;
  /** `true` once the run stops (`--strict` after a rejection): readers stop reading. */
  readonly stopped: boolean;
  /** Resolves when the output has room again; readers wait for it between chunks. */
  drained(): Promise<void> | undefined;
}
