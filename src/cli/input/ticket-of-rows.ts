import type { Ticket, TicketEvent } from '../../index';
import type { EventRow } from './csv-event-rows';
import type { InputTicket } from './ticket-sink';

/**
 * A ticket from its rows, `opened` first (with the priority, and the kind and opening status when
 * given); values stay text, for the library to judge. Built field by field and event by event,
 * without spreads or copies of the rows: a million tickets go through here.
 */
export function ticketOfRows(
  id: string,
  rows: readonly EventRow[],
  fieldNames: readonly string[] = NO_FIELDS,
): InputTicket | undefined {
  const opened = rows[0];
  if (opened === undefined) return undefined;
  const status = opened.details.status ?? '';
  const ticket: Record<string, unknown> = {
    id,
    openedAt: opened.at,
    priority: opened.priority,
  };
  if (opened.kind !== '') ticket.kind = opened.kind;
  if (status !== '') ticket.status = status;
  const fields = fieldsOf(fieldNames, opened.fieldCells);
  if (fields !== undefined) ticket.fields = fields;
  const events: TicketEvent[] = [];
  const eventLines: number[] = [];
  for (let index = 1; index < rows.length; index++) {
    const row = rows[index] as EventRow;
    events.push(eventOf(row));
    eventLines.push(row.line);
  }
  ticket.events = events;
  return {
    ticket: ticket as unknown as Ticket & { readonly id: string },
    line: opened.line,
    eventLines,
  };
}

const NO_FIELDS: readonly string[] = [];

/**
 * A ticket's fields from the cells of the columns no form knows: an empty cell is no field; the
 * others are read as a `value` cell is (`true`, `false`, numbers as JSON writes them, or text).
 */
export function fieldsOf(
  names: readonly string[],
  cells: readonly string[],
): Record<string, string | number | boolean | null> | undefined {
  let fields: Record<string, string | number | boolean | null> | undefined;
  for (let index = 0; index < names.length; index++) {
    const cell = cells[index] ?? '';
    if (cell === '') continue;
    fields ??= {};
    fields[names[index] as string] = fieldValueOf(cell);
  }
  return fields;
}

/**
 * An event from its row: the cells its type carries, when not empty (a missing one is the
 * library's to refuse, naming it); the other cells of the row are not read.
 */
function eventOf(row: EventRow): TicketEvent {
  const { type, at } = row;
  if (type === 'priority-changed') {
    const { priority } = row;
    return (priority === '' ? { type, at } : { type, at, priority }) as TicketEvent;
  }
  const event: Record<string, unknown> = { type, at };
  const { details } = row;
  switch (type) {
    case 'status-changed':
      if (details.status) event.status = details.status;
      break;
    case 'replied':
      if (details.by) event.by = details.by;
      if (details.public) event.public = booleanOf(details.public);
      break;
    case 'assigned':
      if (details.group) event.group = details.group;
      if (details.assignee) event.assignee = details.assignee;
      break;
    case 'field-changed':
      if (details.field) event.field = details.field;
      if (details.value !== undefined) event.value = fieldValueOf(details.value);
      break;
  }
  return event as unknown as TicketEvent;
}

/** `true` or `false` in any case; other text is left for the library to refuse. */
function booleanOf(text: string): boolean | string {
  const lower = text.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : text;
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * A `value` cell as a field value: empty or `null` is `null`; `true`, `false` and a number
 * written as JSON writes it are themselves; any other text is text (`007`, `12 h`).
 */
export function fieldValueOf(text: string): string | number | boolean | null {
  if (text === '' || text === 'null') return null;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (JSON_NUMBER.test(text)) {
    const number = Number(text);
    if (Number.isFinite(number)) return number;
  }
  return text;
}
