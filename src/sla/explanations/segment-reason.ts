import type { ParsedEvent } from '../ticket-log/ticket';
import type { SegmentReason } from './explanation';

/** The reason of a stretch paused while waiting on the customer. */
export const WAITING: SegmentReason = { type: 'waiting' };

/** A `reason` to spread into a segment or an event, if there is one. */
export const reasonOf = (reason: SegmentReason | undefined) =>
  reason === undefined ? {} : { reason };

/** Why a cycle stood stopped: the event that stopped it. */
export function endReasonOf(event: ParsedEvent): SegmentReason {
  if (event.type === 'resolved') return { type: 'resolved' };
  if (event.type === 'status-changed' && event.status !== undefined)
    return { type: 'status', status: event.status };
  return { type: 'event', event: event.type as Exclude<ParsedEvent['type'], 'opened'> };
}

/** Whether two reasons (or their absence) say the same: one segment can span both. */
export function sameReason(a: SegmentReason | undefined, b: SegmentReason | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.type === b.type && a.name === b.name && a.date === b.date && a.status === b.status;
}
