import * as z from 'zod/mini';
import { lazy, parseOrThrow } from '../errors/from-zod-issue';
import { SlaError } from '../errors/sla-error';
import { toEpochMs } from '../instant/instant-input';
import { quoteInstant } from '../instant/quote-instant';
import { type CompiledSchedule, compiledOf } from '../schedule/schedule';
import type { EvaluateTicketOptions, SkippedEvent } from './evaluate-ticket';
import { assertPlan, type Plan } from './plan';
import { CLOCKS, type ClockName } from './priority';
import {
  type ParsedEvent,
  parseEvent,
  parseTicketHead,
  type Ticket,
  type TicketEvent,
  type TicketHead,
} from './ticket';
import { type ReplayOptions, TicketReplay } from './ticket-replay';

/** What replaying a ticket's log gives: the clocks at `now`, and the events lenient mode skipped. */
export interface ReplayedTicket {
  readonly replay: TicketReplay;
  readonly skipped: readonly SkippedEvent[];
  readonly plan: Plan;
  readonly schedule: CompiledSchedule;
}

/**
 * The most events one ticket may log. Real tickets hold tens, a busy automated one thousands;
 * 100,000 replay in 50 to 200 ms, while a sparse array may claim 2³²−1 entries and take minutes
 * to walk. Checked before any event is read.
 */
export const MAX_TICKET_EVENTS = 100_000;

/**
 * `evaluateTicket`'s options once checked: a report checks them once for all its tickets.
 */
export interface CheckedEvaluateOptions extends ReplayOptions {
  readonly now: number;
  readonly lenient: boolean;
  /** `now` as given, for the message that refuses it. */
  readonly nowInput: unknown;
  /**
   * Whose fault a ticket opened after `now` is: the caller's `now` when one ticket is asked
   * about, the ticket's in a report of many, evaluated at one `now`.
   */
  readonly openedAfterNow: 'refuse-now' | 'refuse-ticket';
}

/**
 * Checks `evaluateTicket`'s options.
 *
 * @throws {SlaError} `invalid_instant` for `now`, `invalid_argument` for the others.
 */
export function checkEvaluateOptions(
  options: EvaluateTicketOptions,
  openedAfterNow: CheckedEvaluateOptions['openedAfterNow'] = 'refuse-now',
): CheckedEvaluateOptions {
  const nowInput = options?.now;
  const now = toEpochMs(nowInput, 'options.now');
  const {
    lenient = false,
    onPriorityChange = 'keep-elapsed',
    pausing = ['gtr'],
  } = holdsNowAlone(options)
    ? {}
    : parseOrThrow(evaluateOptionsSchema, options, 'invalid_argument', 'options');
  return {
    now,
    nowInput,
    lenient,
    onPriorityChange,
    pausing: pausing.length === 1 && pausing[0] === 'gtr' ? PAUSING_GTR : new Set(pausing),
    openedAfterNow,
  };
}

/**
 * Replays a ticket's log up to `now`, calling `start` once the clocks exist and `observe` after
 * each event that applies (explanations watch the clocks change; evaluations pass neither).
 *
 * @throws {SlaError} as `evaluateTicket`.
 */
export function replayTicket(
  plan: Plan,
  ticket: Ticket,
  options: CheckedEvaluateOptions,
  observe?: (event: ParsedEvent, replay: TicketReplay) => void,
  start?: (replay: TicketReplay, openedAt: number) => void,
): ReplayedTicket {
  const checkedPlan = assertPlan(plan);
  const head = parseTicketHead(ticket);
  const { now, lenient } = options;
  if (now < head.openedAt) throw openedAfterNow(head, options);
  const schedule = compiledOf(checkedPlan.schedule, 'plan.schedule');
  const replay = new TicketReplay(checkedPlan, schedule, head, options);
  start?.(replay, head.openedAt);
  const events = ticket.events ?? [];
  if (!Array.isArray(events))
    throw new SlaError('invalid_ticket', 'ticket.events', events, 'is not an array');
  // Read once: a Proxy's length could grow after the check.
  const count = events.length;
  if (count > MAX_TICKET_EVENTS) {
    throw new SlaError(
      'invalid_ticket',
      'ticket.events',
      events,
      `holds ${count.toLocaleString('en-US')} entries: a ticket may have at most ${MAX_TICKET_EVENTS.toLocaleString('en-US')} events`,
    );
  }
  const skipped: SkippedEvent[] = [];
  for (let index = 0; index < count; index++) {
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
    if (refusal === null) {
      observe?.(parsed, replay);
      continue;
    }
    if (!lenient)
      throw new SlaError(
        'invalid_event',
        `ticket.events[${index}]`,
        event,
        `(${parsed.type}) ${refusal}`,
      );
    skipped.push(Object.freeze({ index, event, reason: `${parsed.type} ${refusal}` }));
  }
  return { replay, skipped, plan: checkedPlan, schedule };
}

function openedAfterNow(head: TicketHead, options: CheckedEvaluateOptions): SlaError {
  const { openedAt, openedAtInput } = head;
  return options.openedAfterNow === 'refuse-now'
    ? new SlaError(
        'invalid_argument',
        'options.now',
        options.nowInput,
        `is before the ticket was opened (${quoteInstant(openedAtInput, openedAt)})`,
      )
    : new SlaError(
        'invalid_ticket',
        'ticket.openedAt',
        openedAtInput,
        `is after the report's now (${quoteInstant(options.nowInput, options.now)})`,
      );
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
