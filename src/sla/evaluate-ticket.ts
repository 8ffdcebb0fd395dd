import type { InstantInput } from '../instant/instant-input';
import { type ClockReport, reportClock } from './clock-report';
import type { Plan } from './plan';
import type { ClockName, Priority } from './priority';
import { type CheckedEvaluateOptions, checkEvaluateOptions, replayTicket } from './replay-ticket';
import type { Ticket, TicketEvent } from './ticket';
import type { PriorityChangePolicy } from './ticket-replay';

/** Options of `evaluateTicket`. */
export interface EvaluateTicketOptions {
  /** The instant of evaluation; events after it are ignored. Nothing reads the system clock. */
  readonly now: InstantInput;
  /** Skip impossible or malformed events and list them, instead of throwing. Default `false`. */
  readonly lenient?: boolean;
  /** Keep the elapsed time and swap the target (default), or restart the clocks from zero. */
  readonly onPriorityChange?: PriorityChangePolicy;
  /** Which clocks a `paused` event pauses. Default `['gtr']`. */
  readonly pausing?: readonly ClockName[];
}

/** An event that lenient evaluation left out, and why. */
export interface SkippedEvent {
  readonly index: number;
  readonly event: TicketEvent;
  readonly reason: string;
}

/** Both clocks of a ticket at `now`. */
export interface TicketEvaluation {
  /** The priority in force at `now`. */
  readonly priority: Priority;
  readonly gti: ClockReport;
  readonly gtr: ClockReport;
  /** Present in lenient mode: the events that were skipped. */
  readonly skipped?: readonly SkippedEvent[];
}

/**
 * Replays a ticket's event log and reports both clocks at `now`: state, target,
 * elapsed and remaining business time, deadline, at-risk instant, breach and status, and the
 * next instant at which the status changes by itself (for scheduling one wake-up).
 *
 * @param plan - A plan from `definePlan`, `standardPlan` or `premiumPlan`.
 * @param ticket - `openedAt`, `priority`, optional `kind` and `events` in time order (at most
 * `MAX_TICKET_EVENTS`, 100,000).
 * @param options - `now` (required), `lenient`, `onPriorityChange`, `pausing`.
 * @returns Fresh, frozen reports.
 * @throws {SlaError} `invalid_event` (strict mode) naming the event's index and why it is
 * impossible; `invalid_ticket`, `invalid_instant` or `invalid_plan` for bad arguments
 * (`invalid_ticket` too, lenient or not, for more than `MAX_TICKET_EVENTS` events);
 * `invalid_argument` when `now` is before `openedAt`. A ticket object that throws when it is
 * read (a getter, a revoked Proxy) lets its own error through.
 *
 * @example
 * const plan = standardPlan();
 * const report = evaluateTicket(
 *   plan,
 *   { openedAt: '2026-11-27T15:50:00-04:00', priority: 'critical', kind: 'incident',
 *     events: [{ type: 'responded', at: '2026-11-30T08:03:00-04:00' }] },
 *   { now: '2026-11-30T11:00:00-04:00' },
 * );
 * [report.gti.status, report.gtr.status, report.gtr.deadline?.toISOString()];
 * //=> ['met', 'at-risk', '2026-11-30T15:50:00.000Z']
 */
export function evaluateTicket(
  plan: Plan,
  ticket: Ticket,
  options: EvaluateTicketOptions,
): TicketEvaluation {
  return evaluateChecked(plan, ticket, checkEvaluateOptions(options));
}

/** `evaluateTicket` with options already checked: a report checks them once, not per ticket. */
export function evaluateChecked(
  plan: Plan,
  ticket: Ticket,
  options: CheckedEvaluateOptions,
): TicketEvaluation {
  const { replay, skipped, plan: checkedPlan } = replayTicket(plan, ticket, options);
  const { now } = options;
  const { priority } = replay;
  const gti = reportClock(replay.clocks.gti, now, checkedPlan.atRisk);
  const gtr = reportClock(replay.clocks.gtr, now, checkedPlan.atRisk);
  // Built whole rather than spread: a spread copy is several times slower on this hot path.
  return Object.freeze(
    options.lenient
      ? { priority, gti, gtr, skipped: Object.freeze(skipped) }
      : { priority, gti, gtr },
  );
}
