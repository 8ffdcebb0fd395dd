import type { Cycle } from '../cycles/cycle';
import type { ParsedEvent } from '../ticket-log/ticket';
import type { ClockEvent } from './explanation';

/** The type of an event of a metric's story. */
export type EventType = ClockEvent['type'];
/** The event of the ticket's log that caused an event of a metric's story. */
export type Trigger = NonNullable<ClockEvent['trigger']>;

/** The trigger naming `event`: its type, and its position in the log unless it is the opening. */
export function triggerOf(event: ParsedEvent): Trigger {
  return event.index < 0 ? { type: event.type } : { type: event.type, index: event.index };
}

/** What ended a cycle by its stop: `responded` and `resolved` by name, any other event `stopped`. */
export function stopTypeOf(event: ParsedEvent): EventType {
  return event.type === 'responded' || event.type === 'resolved' ? event.type : 'stopped';
}

/** A stopped cycle's judgement, with the target then in force (as its report gives it). */
export function outcomeOf(cycle: Cycle): 'met' | 'missed' {
  const { clock } = cycle;
  return clock.elapsedAt(cycle.endedAt ?? 0) > clock.target ? 'missed' : 'met';
}
