// comparePlans: a plan compared with itself flips nothing; the flips of (a, b) are those of
// (b, a) turned around; each side is the summary of that side; hand-worked flips between the
// standard plan and premium; what a comparer hands back is fresh.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePlans,
  createPlanComparison,
  type FlippedTicket,
  premiumPlan,
  SlaError,
  standardPlan,
  summarizeTickets,
  type Ticket,
} from '../../src/index';
import { itHolds } from '../support/fast-check-settings';
import { ticketSetArb } from '../support/report-arbitraries';
import { planConfigArb, planOf } from '../support/sla-arbitraries';

const turned = (flip: FlippedTicket) => ({
  id: flip.id,
  metric: flip.metric,
  statusBefore: flip.statusAfter,
  statusAfter: flip.statusBefore,
  deadlineBefore: flip.deadlineAfter,
  deadlineAfter: flip.deadlineBefore,
});
const opposite = { worse: 'better', better: 'worse', other: 'other' } as const;

describe('comparePlans', () => {
  itHolds(
    'a plan compared with itself flips nothing, and each side is its summary',
    fc.property(ticketSetArb, ({ plan, tickets, now, groupBy, timezone, lenient }) => {
      const compiled = planOf(plan);
      const options = { now, groupBy, lenient, ...(timezone === undefined ? {} : { timezone }) };
      const comparison = comparePlans(compiled, compiled, tickets, options);
      expect(comparison.flipped).toEqual([]);
      for (const counts of Object.values(comparison.flips)) {
        expect([counts.worse, counts.better, counts.other]).toEqual([0, 0, 0]);
      }
      for (const group of [comparison.total, ...comparison.groups]) {
        for (const metric of Object.values(group.metrics)) {
          expect(metric.after).toBe(metric.before);
          expect(metric.difference).toBe(metric.before === null ? null : 0);
        }
      }
      const summary = summarizeTickets(compiled, tickets, options);
      expect(comparison.before).toEqual(summary);
      expect(comparison.after).toEqual(summary);
    }),
  );

  itHolds(
    'the flips of (a, b) are those of (b, a), turned around',
    fc.property(ticketSetArb, planConfigArb, ({ plan, tickets, now, groupBy, lenient }, other) => {
      const [a, b] = [planOf(plan), planOf(other)];
      const options = { now, groupBy, lenient };
      const forth = comparePlans(a, b, tickets, options);
      const back = comparePlans(b, a, tickets, options);
      expect(back.flipped.map(turned)).toEqual(
        forth.flipped.map(({ direction: _direction, ...flip }) => flip),
      );
      expect(back.flipped.map((flip) => flip.direction)).toEqual(
        forth.flipped.map((flip) => opposite[flip.direction]),
      );
      for (const metric of forth.metrics) {
        const there = forth.flips[metric];
        const here = back.flips[metric];
        expect([here?.worse, here?.better, here?.other]).toEqual([
          there?.better,
          there?.worse,
          there?.other,
        ]);
        expect(forth.total.metrics[metric]?.before).toBe(back.total.metrics[metric]?.after);
      }
      // Both plans take the same tickets (same priorities and kinds): each side is its summary.
      expect(forth.rejected.count).toBe(summarizeTickets(a, tickets, options).rejected.count);
      expect(forth.before).toEqual(summarizeTickets(a, tickets, options));
      // Months of both sides are read in one zone: the first plan's.
      expect(forth.after).toEqual(
        summarizeTickets(b, tickets, { ...options, timezone: forth.timezone }),
      );
    }),
  );

  // Critical tickets in Fort-de-France (standard: Monday–Friday 08:00–16:00; premium: 24/7;
  // both 15 min to first contact and 4 h to resolution).
  const tickets: Ticket[] = [
    // Opened on Friday at 20:00: standard counts from Monday 08:00, premium at once.
    {
      id: 'late-friday',
      openedAt: '2026-11-27T20:00:00-04:00',
      priority: 'critical',
      events: [
        { type: 'responded', at: '2026-11-30T08:05:00-04:00' },
        { type: 'resolved', at: '2026-11-30T10:00:00-04:00' },
      ],
    },
    // Opened on Monday at 15:50, answered at 16:10 and resolved at 19:00: standard counts 10 min
    // on Monday, then Tuesday from 08:00; premium counts the evening.
    {
      id: 'monday-evening',
      openedAt: '2026-11-30T15:50:00-04:00',
      priority: 'critical',
      events: [
        { type: 'responded', at: '2026-11-30T16:10:00-04:00' },
        { type: 'resolved', at: '2026-11-30T19:00:00-04:00' },
      ],
    },
    // Inside office hours both ways: no flip.
    {
      id: 'tuesday',
      openedAt: '2026-12-01T09:00:00-04:00',
      priority: 'critical',
      events: [
        { type: 'responded', at: '2026-12-01T09:05:00-04:00' },
        { type: 'resolved', at: '2026-12-01T11:00:00-04:00' },
      ],
    },
  ];

  it('counts the flips of the standard plan to premium by hand', () => {
    const comparison = comparePlans(standardPlan(), premiumPlan(), tickets, {
      now: '2026-12-02T12:00:00-04:00',
    });
    expect(
      comparison.flipped.map((f) => `${f.id} ${f.metric} ${f.statusBefore}→${f.statusAfter}`),
    ).toEqual([
      'late-friday gti met→missed',
      'late-friday gtr met→missed',
      'monday-evening gti met→missed',
    ]);
    // Monday evening's resolution took 3 h 10 min around the clock: met under premium too.
    expect(comparison.flips.gti).toEqual({
      worse: 2,
      better: 0,
      other: 0,
      byStatus: { 'met→missed': 2 },
    });
    expect(comparison.flips.gtr?.worse).toBe(1);
    expect(comparison.total.metrics.gti).toEqual({
      before: 100,
      after: 100 / 3,
      difference: 100 / 3 - 100,
    });
    expect(comparison.flipped[0]?.deadlineBefore).toEqual(new Date('2026-11-30T12:15:00Z'));
    expect(comparison.flipped[0]?.deadlineAfter).toEqual(new Date('2026-11-28T00:15:00Z'));
  });

  it('lists the first maxFlips, counts them all, and hands back fresh flips', () => {
    const comparer = createPlanComparison(standardPlan(), premiumPlan(), {
      now: '2026-12-02T12:00:00-04:00',
      maxFlips: 1,
    });
    const handed = tickets.flatMap((ticket) => comparer.add(ticket));
    expect(handed).toHaveLength(3);
    const first = handed[0] as FlippedTicket;
    (first.deadlineBefore as Date).setTime(0);
    const result = comparer.result();
    expect(result.flipped).toHaveLength(1);
    expect(result.flipped[0]?.deadlineBefore).toEqual(new Date('2026-11-30T12:15:00Z'));
    expect(result.flips.gti?.worse).toBe(2);
  });

  it('rejects a ticket either side refuses, on both sides, and refuses bad arguments', () => {
    const comparison = comparePlans(
      standardPlan(),
      premiumPlan(),
      [...tickets, { id: 'bad', openedAt: 'yesterday', priority: 'critical' }],
      { now: '2026-12-02T12:00:00-04:00' },
    );
    expect(comparison.rejected.count).toBe(1);
    expect(comparison.rejected.samples[0]?.where).toBe('tickets[3] (id bad)');
    expect(comparison.total.tickets).toEqual({ before: 3, after: 3 });
    const now = { now: '2026-12-02T12:00:00-04:00' };
    expect(() => comparePlans(standardPlan(), {} as never, tickets, now)).toThrow(SlaError);
    expect(() => comparePlans(standardPlan(), premiumPlan(), 42 as never, now)).toThrow(
      expect.objectContaining({ code: 'invalid_argument', path: 'tickets' }),
    );
    expect(() =>
      createPlanComparison(standardPlan(), premiumPlan(), { ...now, maxFlips: -1 }),
    ).toThrow(expect.objectContaining({ path: 'options.maxFlips' }));
  });
});
