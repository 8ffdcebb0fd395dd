import { EVENT_CODE } from '../plan/event-types';
import type { ParsedEvent } from './ticket';

const C = EVENT_CODE;

/**
 * What a ticket's log says of it at each point, whatever its plan measures: its status, whether it
 * waits on the customer, whether it is resolved, whether first contact was made. `apply` returns
 * `null` when the event was possible, or why it is not (nothing changes then).
 */
export class TicketState {
  status: string;
  /** After `paused`, until `resumed` or `resolved`. */
  waiting = false;
  resolved = false;
  /** After `responded`, or a `resolved` before it: first contact can no longer be made. */
  contacted = false;

  constructor(openingStatus: string) {
    this.status = openingStatus;
  }

  /** Why `event` is impossible in the present state, or `null`. */
  refusal(event: ParsedEvent): string | null {
    switch (event.code) {
      case C.responded:
        return this.contacted
          ? 'is impossible: the first-contact clock has stopped (first contact made, or the ticket resolved before it)'
          : null;
      case C.paused:
        if (this.resolved) return 'is impossible: the ticket is resolved';
        return this.waiting ? 'is impossible: the ticket is already paused' : null;
      case C.resumed:
        return this.waiting ? null : 'is impossible: the ticket is not paused';
      case C.resolved:
        return this.resolved ? 'is impossible: the ticket is already resolved' : null;
      case C.reopened:
        return this.resolved ? null : 'is impossible: the ticket is not resolved';
      default:
        return null;
    }
  }

  /** Moves to the state after a possible event. */
  apply(event: ParsedEvent): void {
    switch (event.code) {
      case C.responded:
        this.contacted = true;
        break;
      case C.paused:
        this.waiting = true;
        break;
      case C.resumed:
        this.waiting = false;
        break;
      case C.resolved:
        this.resolved = true;
        this.contacted = true;
        this.waiting = false;
        break;
      case C.reopened:
        this.resolved = false;
        break;
      case C['status-changed']:
        this.status = event.status as string;
        break;
    }
  }
}
