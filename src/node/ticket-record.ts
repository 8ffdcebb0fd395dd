import type { SlaError } from '../errors/sla-error';
import type { Ticket } from '../sla/ticket-log/ticket';

/**
 * What `readTickets` gives for each ticket of an export: a ticket ready for `evaluateTicket`
 * (`rejected: false`), or one that could not even be read as a ticket (`rejected: true`). Both
 * carry the line they were found on, for the script's own messages.
 */
export type TicketRecord = ReadTicket | RejectedTicket;

/** A ticket read from an export: its values are still as the file wrote them. */
export interface ReadTicket {
  readonly rejected: false;
  /** The ticket, as `evaluateTicket` takes it: `id` always a string. */
  readonly ticket: Ticket & { readonly id: string };
  /** The line of the ticket: its JSON line, its `opened` row (events CSV) or its row. */
  readonly line: number;
  /** The line of each event (`ticket.events[i]` is on `eventLines[i]`), in an events CSV. */
  readonly eventLines?: readonly number[];
}

/**
 * A row or line that is no ticket (unreadable JSON, a row of an unknown event, the same ticket
 * twice…): counted by `sla-clock report` as a rejected ticket, with its line.
 */
export interface RejectedTicket {
  readonly rejected: true;
  /** The line where the problem was found. */
  readonly line: number;
  /** The ticket's id, when the line says it. */
  readonly ticketId: string | undefined;
  /** What is wrong, in words. */
  readonly reason: string;
  /**
   * The same as a `SlaError` (`invalid_ticket`, path `line N`, the ticket id as its value): what
   * `summary.reject` takes to count it as `sla-clock report` does.
   */
  readonly error: SlaError;
}
