import { SlaError } from '../../errors/sla-error';
import { toEpochMs } from '../../instant/instant-input';
import { EVENT_CODE, TICKET_EVENT_TYPES, type TicketEventType } from '../plan/event-types';
import { isFieldValue } from '../plan/field-value';
import type { CompiledPlan } from '../plan/plan';
import { parsePriority } from './parse-ticket-head';
import { ParsedEvent } from './ticket';

const SHAPE = 'is not an event { type, at, … }';

/** The code of each type a log may hold (not `opened`, which only the opening is). */
const LOGGED_EVENT_CODES: ReadonlyMap<string, number> = new Map(
  TICKET_EVENT_TYPES.map((type) => [type, EVENT_CODE[type]]),
);

/**
 * Reads one event's shape; the replay judges whether it is possible.
 *
 * @throws {SlaError} `invalid_event` naming `ticket.events[index]` or the bad field.
 */
export function parseEvent(plan: CompiledPlan, event: unknown, index: number): ParsedEvent {
  if (typeof event !== 'object' || event === null) {
    throw new SlaError('invalid_event', eventPath(index), event, SHAPE);
  }
  const record = event as Record<string, unknown>;
  const type = record.type;
  const code = typeof type === 'string' ? LOGGED_EVENT_CODES.get(type) : undefined;
  if (code === undefined) {
    throw new SlaError(
      'invalid_event',
      eventPath(index, '.type'),
      type,
      `is not one of ${TICKET_EVENT_TYPES.join(', ')}`,
    );
  }
  const at = record.at;
  let atMs: number;
  try {
    atMs = toEpochMs(at, 'at');
  } catch (error) {
    throw error instanceof SlaError
      ? new SlaError('invalid_event', eventPath(index, '.at'), at, error.reason)
      : error;
  }
  switch (type as TicketEventType) {
    case 'priority-changed': {
      const priority = parsePriority(plan, record.priority, 'invalid_event', () =>
        eventPath(index, '.priority'),
      );
      return new ParsedEvent(
        index,
        code,
        'priority-changed',
        atMs,
        at,
        priority,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        false,
      );
    }
    case 'status-changed': {
      const status = nonEmpty(record.status, index, '.status');
      return new ParsedEvent(
        index,
        code,
        'status-changed',
        atMs,
        at,
        undefined,
        status,
        undefined,
        undefined,
        undefined,
        undefined,
        false,
      );
    }
    case 'replied': {
      const by = record.by;
      if (by !== 'agent' && by !== 'requester') {
        throw new SlaError(
          'invalid_event',
          eventPath(index, '.by'),
          by,
          'is not "agent" or "requester"',
        );
      }
      const isPublic = record.public ?? true;
      if (typeof isPublic !== 'boolean') {
        throw new SlaError(
          'invalid_event',
          eventPath(index, '.public'),
          isPublic,
          'is not true or false',
        );
      }
      return new ParsedEvent(
        index,
        code,
        'replied',
        atMs,
        at,
        undefined,
        undefined,
        by,
        isPublic,
        undefined,
        undefined,
        false,
      );
    }
    case 'assigned': {
      const { group, assignee } = record;
      if (group !== undefined) nonEmpty(group, index, '.group');
      if (assignee !== undefined) nonEmpty(assignee, index, '.assignee');
      if (group === undefined && assignee === undefined) {
        throw new SlaError(
          'invalid_event',
          eventPath(index),
          event,
          'names neither a group nor an assignee',
        );
      }
      return new ParsedEvent(
        index,
        code,
        'assigned',
        atMs,
        at,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        false,
      );
    }
    case 'field-changed': {
      const field = nonEmpty(record.field, index, '.field');
      const value = record.value;
      if (!isFieldValue(value)) {
        throw new SlaError(
          'invalid_event',
          eventPath(index, '.value'),
          value,
          'is not a string, a number, true, false or null',
        );
      }
      return new ParsedEvent(
        index,
        code,
        'field-changed',
        atMs,
        at,
        undefined,
        undefined,
        undefined,
        undefined,
        field,
        value,
        true,
      );
    }
    default:
      return new ParsedEvent(
        index,
        code,
        type as TicketEventType,
        atMs,
        at,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        false,
      );
  }
}

function nonEmpty(value: unknown, index: number, key: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new SlaError('invalid_event', eventPath(index, key), value, 'is not a non-empty string');
  }
  return value;
}

/** `ticket.events[3].status`: spelt only when something is refused, which is rare. */
function eventPath(index: number, key = ''): string {
  return `ticket.events[${index}]${key}`;
}
