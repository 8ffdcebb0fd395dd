// fast-check arbitraries of the report suite (test/report): one random plan and a set of tickets
// opened within a few weeks of each other, evaluated at one `now`. Some tickets are opened after
// `now` and a few are malformed, so that rejections are exercised too.
import fc from 'fast-check';
import {
  evaluateTicket,
  type PlanConfig,
  PRIORITIES,
  REQUEST_KINDS,
  type SlaSummary,
  type SlaSummaryOptions,
  type SummaryDimension,
  type Ticket,
} from '../../src/index';
import { materializeLog, openedAtArb, planConfigArb, planOf, stepArb } from './sla-arbitraries';
import { DAY } from './sla-fixtures';

export interface TicketSet {
  plan: PlanConfig;
  tickets: Ticket[];
  now: number;
  groupBy: SummaryDimension[];
  timezone: string | undefined;
  lenient: boolean;
}

const ticketSketchArb = fc.record({
  offset: fc.integer({ min: 0, max: 45 * DAY }),
  priority: fc.constantFrom(...PRIORITIES),
  kind: fc.option(fc.constantFrom(...REQUEST_KINDS), { nil: undefined }),
  steps: fc.array(stepArb, { maxLength: 6 }),
  malformed: fc.oneof(
    { weight: 20, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('priority', 'openedAt', 'kind', 'event') },
  ),
});

export const groupByArb: fc.Arbitrary<SummaryDimension[]> = fc
  .subarray(['priority', 'kind', 'month'] as SummaryDimension[])
  .chain((dimensions) => fc.shuffledSubarray(dimensions, { minLength: dimensions.length }));

export const ticketSetArb: fc.Arbitrary<TicketSet> = fc
  .record({
    plan: planConfigArb,
    base: openedAtArb,
    sketches: fc.array(ticketSketchArb, { maxLength: 25 }),
    nowOffset: fc.integer({ min: 0, max: 60 * DAY }),
    groupBy: groupByArb,
    timezone: fc.constantFrom(undefined, 'UTC', 'America/Martinique', 'Pacific/Apia'),
    lenient: fc.boolean(),
  })
  .map(({ plan, base, sketches, nowOffset, groupBy, timezone, lenient }) => {
    const tickets = sketches.map(({ offset, priority, kind, steps, malformed }, index): Ticket => {
      const openedAt = base + offset;
      const { events } = materializeLog(openedAt, steps);
      const ticket = {
        id: `T-${index}`,
        openedAt,
        priority,
        ...(kind === undefined ? {} : { kind }),
        events,
      };
      switch (malformed) {
        case 'priority':
          return { ...ticket, priority: 'urgent' } as unknown as Ticket;
        case 'openedAt':
          return { ...ticket, openedAt: '2026-01-01T08:00' };
        case 'kind':
          return { ...ticket, kind: 'question' } as unknown as Ticket;
        case 'event':
          return { ...ticket, events: [{ type: 'reopened', at: openedAt }, ...events] };
        default:
          return ticket;
      }
    });
    return { plan, tickets, now: base + nowOffset, groupBy, timezone, lenient };
  });

/** Adds the tickets to a summary, as a report would: evaluated, or rejected with why. */
export function fillSummary(
  summary: SlaSummary,
  set: TicketSet,
  tickets: readonly Ticket[],
): SlaSummary {
  const plan = planOf(set.plan);
  tickets.forEach((ticket, index) => {
    try {
      summary.add(ticket, evaluateTicket(plan, ticket, { now: set.now, lenient: set.lenient }));
    } catch (error) {
      // Named by id, as a report names a ticket by its line: the same wherever a split falls.
      summary.reject(`ticket ${String(ticket.id ?? index)}`, error);
    }
  });
  return summary;
}

/** The summary options a set's report would use: its grouping, its zone, its plan. */
export function summaryOptionsOf(set: TicketSet): SlaSummaryOptions {
  return {
    groupBy: set.groupBy,
    ...(set.timezone === undefined ? {} : { timezone: set.timezone }),
    plan: planOf(set.plan),
  };
}

/** The tickets cut in consecutive parts at the given places (each taken modulo the count). */
export function splitTickets(tickets: readonly Ticket[], cuts: readonly number[]): Ticket[][] {
  const size = tickets.length;
  const at = [...new Set(cuts.map((cut) => cut % (size + 1)))].sort((a, b) => a - b);
  const bounds = [0, ...at, size];
  return bounds.slice(1).map((end, i) => tickets.slice(bounds[i], end));
}
