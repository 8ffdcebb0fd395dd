import { SlaError } from '../../errors/sla-error';
import { toEpochMs } from '../../instant/instant-input';
import {
  CONDITION_EVENTS,
  EVENT_CODE,
  TICKET_EVENT_TYPES,
  type TicketEventType,
} from '../plan/event-types';
import { isFieldValue } from '../plan/field-value';
import type { CompiledPlan } from '../plan/plan';
import { parsePriority } from './parse-ticket-head';
import { ParsedEvent } from './ticket';

const SHAPE = 'is not an event { type, at, … }';

/** An event's properties, not yet checked. */
type EventFields = Record<string, unknown>;

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
  const record = event as EventFields;
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
  switch (code) {
    case PRIORITY_CHANGED: {
      const priority = record.priority as string;
      const priorityIndex = parsePriority(plan, priority, 'invalid_event', () =>
        eventPath(index, '.priority'),
      );
      // biome-ignore format: one argument a field, in the constructor's order
      return new ParsedEvent(index, code, 'priority-changed', atMs, at, priority, priorityIndex, undefined, undefined, undefined, undefined, undefined, false);
    }
    case STATUS_CHANGED:
      return detailed(index, code, atMs, at, nonEmpty(record.status, index, '.status'));
    case REPLIED:
      return replied(record, index, atMs, at);
    case ASSIGNED:
      checkAssignment(record, index);
      return plain(index, code, atMs, at);
    case FIELD_CHANGED:
      return fieldChanged(record, index, atMs, at);
    default:
      return plain(index, code, atMs, at);
  }
}

const PRIORITY_CHANGED = EVENT_CODE['priority-changed'];
const STATUS_CHANGED = EVENT_CODE['status-changed'];
const REPLIED = EVENT_CODE.replied;
const ASSIGNED = EVENT_CODE.assigned;
const FIELD_CHANGED = EVENT_CODE['field-changed'];

/** An event that carries nothing conditions read beyond its type. */
function plain(index: number, code: number, atMs: number, at: unknown): ParsedEvent {
  return detailed(index, code, atMs, at, undefined, undefined, undefined);
}

function detailed(
  index: number,
  code: number,
  atMs: number,
  at: unknown,
  status: string | undefined,
  by?: string,
  isPublic?: boolean,
): ParsedEvent {
  const type = CONDITION_EVENTS[code] as TicketEventType;
  // biome-ignore format: one argument a field, in the constructor's order
  return new ParsedEvent(index, code, type, atMs, at, undefined, -1, status, by, isPublic, undefined, undefined, false);
}

function replied(record: EventFields, index: number, atMs: number, at: unknown): ParsedEvent {
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
  return detailed(index, REPLIED, atMs, at, undefined, by, isPublic);
}

function checkAssignment(record: EventFields, index: number): void {
  const { group, assignee } = record;
  if (group !== undefined) nonEmpty(group, index, '.group');
  if (assignee !== undefined) nonEmpty(assignee, index, '.assignee');
  if (group === undefined && assignee === undefined) {
    const reason = 'names neither a group nor an assignee';
    throw new SlaError('invalid_event', eventPath(index), record, reason);
  }
}

function fieldChanged(record: EventFields, index: number, atMs: number, at: unknown): ParsedEvent {
  const field = nonEmpty(record.field, index, '.field');
  const value = record.value;
  if (!isFieldValue(value)) {
    const reason = 'is not a string, a number, true, false or null';
    throw new SlaError('invalid_event', eventPath(index, '.value'), value, reason);
  }
  // biome-ignore format: one argument a field, in the constructor's order
  return new ParsedEvent(index, FIELD_CHANGED, 'field-changed', atMs, at, undefined, -1, undefined, undefined, undefined, field, value, true);
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
