// fast-check arbitraries of the report suite (test/report): one random plan and a set of tickets
// opened within a few weeks of each other, evaluated at one `now`. Some tickets are opened after
// `now` and a few are malformed, so that rejections are exercised too.
import fc from 'fast-check';
import {
  type PlanConfig,
  PRIORITIES,
  REQUEST_KINDS,
  type SummaryDimension,
  type Ticket,
} from '../../src/index';
import { materializeLog, openedAtArb, planConfigArb, stepArb } from './sla-arbitraries';
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
