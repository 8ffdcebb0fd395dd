import { SlaError } from '../../errors/sla-error';
import { toEpochMs } from '../../instant/instant-input';
import { quoteInstant } from '../../instant/quote-instant';
import type { CompiledPlan } from '../plan/plan';
import { parseEvent } from '../ticket-log/parse-event';
import { parseTicketHead } from '../ticket-log/parse-ticket-head';
import type { ParsedEvent, Ticket, TicketEvent, TicketHead } from '../ticket-log/ticket';
import type { CheckedEvaluateOptions } from './evaluate-options';
import { TicketReplay } from './ticket-replay';

/** An event that lenient evaluation left out, and why. */
export interface SkippedEvent {
  readonly index: number;
  readonly event: TicketEvent;
  readonly reason: string;
}

/** What replaying a ticket's log gives: the metrics at `now`, and the events lenient mode skipped. */
export interface ReplayedTicket {
  readonly replay: TicketReplay;
  readonly skipped: readonly SkippedEvent[];
  readonly plan: CompiledPlan;
}

/**
 * The most events one ticket may log. Real tickets hold tens, a busy automated one thousands;
 * 100,000 replay in 50 to 200 ms, while a sparse array may claim 2³²−1 entries and take minutes
 * to walk. Checked before any event is read.
 */
export const MAX_TICKET_EVENTS = 100_000;

/**
 * Replays a ticket's log up to `now`, calling `start` once the clocks exist and `observe` after
 * each event that applies (explanations watch the clocks change; evaluations pass neither).
 *
 * @throws {SlaError} as `evaluateTicket`.
 */
export function replayTicket(
  compiled: CompiledPlan,
  ticket: Ticket,
  options: CheckedEvaluateOptions,
  observe?: (event: ParsedEvent, replay: TicketReplay) => void,
  start?: (replay: TicketReplay, openedAt: number) => void,
): ReplayedTicket {
  if (options.pausing !== null) checkPausing(compiled, options.pausing);
  const head = parseTicketHead(compiled, ticket);
  const { now, lenient } = options;
  if (now < head.openedAt) throw openedAfterNow(head, options);
  const replay = new TicketReplay(compiled, head, options);
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
    const event: TicketEvent = events[index];
    // Holes of a sparse array are not events (as forEach would skip them); only an entry read as
    // `undefined` can be one, so only then is the array asked.
    if (event === undefined && !(index in events)) continue;
    let parsed: ParsedEvent;
    try {
      parsed = parseEvent(compiled, event, index);
    } catch (error) {
      // Events after `now` have not happened yet, whatever else is wrong with them.
      if (!(error instanceof SlaError)) throw error;
      if (isAfter(event, now)) continue;
      if (!lenient) throw error;
      skipped.push({ index, event, reason: `${error.path} ${error.reason}` });
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
    skipped.push({ index, event, reason: `${parsed.type} ${refusal}` });
  }
  return { replay, skipped, plan: compiled };
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

function checkPausing(plan: CompiledPlan, pausing: ReadonlySet<string>): void {
  let index = 0;
  for (const id of pausing) {
    if (!plan.metrics.some((metric) => metric.id === id)) {
      const ids = plan.metrics.map((metric) => metric.id).join(', ');
      const path = `options.pausing[${index}]`;
      throw new SlaError('invalid_argument', path, id, `is not a metric of the plan (${ids})`);
    }
    index++;
  }
}

function isAfter(event: unknown, now: number): boolean {
  try {
    return toEpochMs((event as { at?: unknown } | null)?.at, 'at') > now;
  } catch {
    return false;
  }
}
