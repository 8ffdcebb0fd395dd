import { EVENT_CODE } from '../plan/event-types';
import { ParsedEvent, type TicketHead } from './ticket';

/** A ticket's opening as the event that metrics' `opened` conditions match, status included. */
export function openingEvent(head: TicketHead): ParsedEvent {
  // biome-ignore format: one argument a field, in the constructor's order
  return new ParsedEvent(-1, EVENT_CODE.opened, 'opened', head.openedAt, head.openedAtInput, undefined, -1, head.status, undefined, undefined, undefined, undefined, false);
}
