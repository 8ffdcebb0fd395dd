import { SlaError } from '../errors/sla-error';
import { type InstantInput, toEpochMs } from '../instant/instant-input';
import { PRIORITIES, type Priority, REQUEST_KINDS, type RequestKind } from './priority';

/** The event types of a ticket's log. */
export const TICKET_EVENT_TYPES = Object.freeze([
  'responded',
  'paused',
  'resumed',
  'priority-changed',
  'resolved',
  'reopened',
] as const);

/** What happened to a ticket. */
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

/** One entry of a ticket's event log; `priority` is the new priority of a `priority-changed`. */
export interface TicketEvent {
  readonly type: TicketEventType;
  readonly at: InstantInput;
  readonly priority?: Priority;
}

/** A ticket as the SLA functions read it. */
export interface Ticket {
  /** Names the ticket in reports and in the errors of a summary; the clocks ignore it. */
  readonly id?: string | number;
  readonly openedAt: InstantInput;
  readonly priority: Priority;
  readonly kind?: RequestKind;
  /** The log, in time order: at most `MAX_TICKET_EVENTS` (100,000) entries, holes included. */
  readonly events?: readonly TicketEvent[];
}

/** A validated ticket event, in epoch milliseconds. */
export interface ParsedEvent {
  readonly index: number;
  readonly type: TicketEventType;
  readonly at: number;
  /** `at` as the caller wrote it, for messages that quote it. */
  readonly atInput: unknown;
  readonly priority?: Priority;
}

/** A validated ticket's opening, priority and kind, each read once from the caller's object. */
export interface TicketHead {
  readonly openedAt: number;
  /** `openedAt` as the caller wrote it, for messages that quote it. */
  readonly openedAtInput: unknown;
  readonly priority: Priority;
  readonly kind?: RequestKind;
}

export function isPriority(value: unknown): value is Priority {
  return (PRIORITIES as readonly unknown[]).includes(value);
}

/**
 * Validates the parts of a ticket every clock needs.
 *
 * @throws {SlaError} `invalid_instant` for `openedAt`, `invalid_ticket` for the rest.
 */
export function parseTicketHead(ticket: Ticket): TicketHead {
  if (typeof ticket !== 'object' || ticket === null) {
    throw new SlaError(
      'invalid_ticket',
      'ticket',
      ticket,
      'is not a ticket { openedAt, priority, kind?, events? }',
    );
  }
  // Each property is read once: a getter may answer differently the second time.
  const openedAtInput = ticket.openedAt;
  const openedAt = toEpochMs(openedAtInput, 'ticket.openedAt');
  const priority = ticket.priority;
  if (!isPriority(priority)) {
    throw new SlaError(
      'invalid_ticket',
      'ticket.priority',
      priority,
      `is not one of ${PRIORITIES.join(', ')}`,
    );
  }
  const kind = parseKind(ticket.kind);
  return kind === undefined
    ? { openedAt, openedAtInput, priority }
    : { openedAt, openedAtInput, priority, kind };
}

/**
 * A ticket's `kind`: one of the request kinds, or `undefined` when it has none.
 *
 * @throws {SlaError} `invalid_ticket` for any other value.
 */
export function parseKind(kind: unknown): RequestKind | undefined {
  if (kind === undefined || (REQUEST_KINDS as readonly unknown[]).includes(kind)) {
    return kind as RequestKind | undefined;
  }
  throw new SlaError(
    'invalid_ticket',
    'ticket.kind',
    kind,
    `is not one of ${REQUEST_KINDS.join(', ')}`,
  );
}

/**
 * Reads one event's shape; the replay judges whether it is possible.
 *
 * @throws {SlaError} `invalid_event` naming `ticket.events[index]`.
 */
export function parseEvent(event: unknown, index: number): ParsedEvent {
  const path = `ticket.events[${index}]`;
  if (typeof event !== 'object' || event === null) {
    throw new SlaError('invalid_event', path, event, 'is not an event { type, at, priority? }');
  }
  const { type, at, priority } = event as { type?: unknown; at?: unknown; priority?: unknown };
  if (!(TICKET_EVENT_TYPES as readonly unknown[]).includes(type)) {
    throw new SlaError(
      'invalid_event',
      `${path}.type`,
      type,
      `is not one of ${TICKET_EVENT_TYPES.join(', ')}`,
    );
  }
  let atMs: number;
  try {
    atMs = toEpochMs(at, `${path}.at`);
  } catch (error) {
    throw error instanceof SlaError
      ? new SlaError('invalid_event', error.path, at, error.reason)
      : error;
  }
  if (type !== 'priority-changed')
    return { index, type: type as TicketEventType, at: atMs, atInput: at };
  if (!isPriority(priority)) {
    throw new SlaError(
      'invalid_event',
      `${path}.priority`,
      priority,
      `is not one of ${PRIORITIES.join(', ')}`,
    );
  }
  return { index, type, at: atMs, atInput: at, priority };
}
