import * as z from 'zod/mini';
import { lazy, parseOrThrow } from '../errors/from-zod-issue';
import { SlaError } from '../errors/sla-error';
import { type InstantInput, toEpochMs } from '../instant/instant-input';
import { compiledOf } from '../schedule/schedule';
import { type ClockReport, reportClock } from './clock-report';
import { assertPlan, type Plan } from './plan';
import { CLOCKS, type ClockName, type Priority } from './priority';
import {
  type ParsedEvent,
  parseEvent,
  parseTicketHead,
  type Ticket,
  type TicketEvent,
} from './ticket';
import { type PriorityChangePolicy, TicketReplay } from './ticket-replay';

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
 * @param ticket - `openedAt`, `priority`, optional `kind` and `events` in time order.
 * @param options - `now` (required), `lenient`, `onPriorityChange`, `pausing`.
 * @returns Fresh, frozen reports.
 * @throws {SlaError} `invalid_event` (strict mode) naming the event's index and why it is
 * impossible; `invalid_ticket`, `invalid_instant` or `invalid_plan` for bad arguments;
 * `invalid_argument` when `now` is before `openedAt`.
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
  const checkedPlan = assertPlan(plan);
  const { openedAt, priority, kind } = parseTicketHead(ticket);
  const now = toEpochMs(options?.now, 'options.now');
  if (now < openedAt) {
    throw new SlaError(
      'invalid_argument',
      'options.now',
      options.now,
      'is before the ticket was opened',
    );
  }
  const {
    lenient = false,
    onPriorityChange = 'keep-elapsed',
    pausing = ['gtr'],
  } = holdsNowAlone(options)
    ? {}
    : parseOrThrow(evaluateOptionsSchema, options, 'invalid_argument', 'options');
  const schedule = compiledOf(checkedPlan.schedule, 'plan.schedule');
  const replay = new TicketReplay(checkedPlan, schedule, kind, openedAt, priority, {
    onPriorityChange,
    pausing: pausing.length === 1 && pausing[0] === 'gtr' ? PAUSING_GTR : new Set(pausing),
  });
  const events = ticket.events ?? [];
  if (!Array.isArray(events))
    throw new SlaError('invalid_ticket', 'ticket.events', events, 'is not an array');
  const skipped: SkippedEvent[] = [];
  for (let index = 0; index < events.length; index++) {
    // Holes of a sparse array are not events (as forEach would skip them).
    if (!(index in events)) continue;
    const event: TicketEvent = events[index];
    let parsed: ParsedEvent;
    try {
      parsed = parseEvent(event, index);
    } catch (error) {
      // Events after `now` have not happened yet, whatever else is wrong with them.
      if (!(error instanceof SlaError)) throw error;
      if (isAfter(event, now)) continue;
      if (!lenient) throw error;
      skipped.push(Object.freeze({ index, event, reason: `${error.path} ${error.reason}` }));
      continue;
    }
    if (parsed.at > now) continue;
    const refusal = replay.apply(parsed);
    if (refusal === null) continue;
    if (!lenient)
      throw new SlaError(
        'invalid_event',
        `ticket.events[${index}]`,
        event,
        `(${parsed.type}) ${refusal}`,
      );
    skipped.push(Object.freeze({ index, event, reason: `${parsed.type} ${refusal}` }));
  }
  const report = {
    priority: replay.priority,
    gti: reportClock(replay.clocks.gti, now, checkedPlan.atRisk),
    gtr: reportClock(replay.clocks.gtr, now, checkedPlan.atRisk),
  };
  return Object.freeze(lenient ? { ...report, skipped: Object.freeze(skipped) } : report);
}

/** The default: waiting on the customer pauses GTR only. */
const PAUSING_GTR: ReadonlySet<ClockName> = new Set(['gtr']);

const evaluateOptionsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    now: z.unknown(),
    lenient: z.optional(z.boolean()),
    onPriorityChange: z.optional(z.enum(['keep-elapsed', 'restart'])),
    pausing: z.optional(z.array(z.enum(CLOCKS))),
  }),
);

/** `{ now }` and nothing else, the usual call: valid as it is, so zod need not look at it. */
function holdsNowAlone(options: object): boolean {
  const prototype = Object.getPrototypeOf(options);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in options) if (key !== 'now') return false;
  return true;
}

function isAfter(event: unknown, now: number): boolean {
  try {
    return toEpochMs((event as { at?: unknown } | null)?.at, 'at') > now;
  } catch {
    return false;
  }
}
