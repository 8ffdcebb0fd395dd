// The summary `report --jobs` sends from a worker thread to the main thread: its state with the
// cycles' times in one typed array, transferred. Any split of the tickets, each part packed, sent
// through structuredClone with the array transferred and merged, is the summary of all of them,
// exactly (the same result and the same state as one summary, times included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSlaSummary, definePlan, evaluateTicket, standardPlan } from '../../src/index';
import { mergePacked, type PackedSummary, packSummary } from '../../src/report/packed-summary';
import { itHolds } from '../support/fast-check-settings';
import {
  fillSummary,
  splitTickets,
  summaryOptionsOf,
  ticketSetArb,
} from '../support/report-arbitraries';

/** As `postMessage` sends it: cloned, the times' buffer transferred (left detached here). */
function sent(packed: PackedSummary): PackedSummary {
  return structuredClone(packed, { transfer: [packed.times.buffer as ArrayBuffer] });
}

describe('packed summaries', () => {
  itHolds(
    'any split, packed, sent and merged, is the summary of all the tickets',
    fc.property(ticketSetArb, fc.array(fc.nat(), { maxLength: 4 }), (set, cuts) => {
      const options = summaryOptionsOf(set);
      const merged = createSlaSummary(options);
      for (const tickets of splitTickets(set.tickets, cuts)) {
        const part = fillSummary(createSlaSummary(options), set, tickets);
        const packed = sent(packSummary(part));
        expect(
          packed.state.groups.every((g) =>
            Object.values(g.metrics).every((m) => m.taken.length === 0),
          ),
        ).toBe(true);
        mergePacked(merged, packed);
      }
      const whole = fillSummary(createSlaSummary(options), set, set.tickets);
      expect(merged.result()).toEqual(whole.result());
      expect(merged.toJSON()).toEqual(whole.toJSON());
    }),
  );

  it("keeps each metric's times with it whatever the order of the state's keys", () => {
    const standard = standardPlan();
    const target = (hours: number) => ({ gti: { hours }, '10': { hours: 2 * hours } });
    // A metric id that reads as a number comes first among an object's keys, unlike in a Map.
    const plan = definePlan({
      id: 'ids',
      schedule: standard.schedule,
      metrics: ['gti', { id: '10', start: [{ event: 'opened' }], stop: [{ event: 'resolved' }] }],
      targets: { normal: target(8), medium: target(4), high: target(2), critical: target(1) },
    });
    const now = '2026-11-30T16:00:00-04:00';
    const summary = createSlaSummary({ groupBy: ['priority'], plan });
    for (const [responded, resolved] of [
      ['08:10', '09:00'],
      ['08:30', '15:00'],
      ['09:45', '10:00'],
    ]) {
      const ticket = {
        openedAt: '2026-11-30T08:00:00-04:00',
        priority: 'high',
        events: [
          { type: 'responded' as const, at: `2026-11-30T${responded}:00-04:00` },
          { type: 'resolved' as const, at: `2026-11-30T${resolved}:00-04:00` },
        ],
      };
      summary.add(ticket, evaluateTicket(plan, ticket, { now }));
    }
    const packed = packSummary(summary);
    expect(Object.keys(packed.state.groups[0]?.metrics ?? {})).toEqual(['10', 'gti']);
    const minutes = (values: number) => values * 60_000;
    expect([...packed.times]).toEqual([60, 120, 420, 10, 30, 105].map(minutes));
    const merged = createSlaSummary({ groupBy: ['priority'], plan });
    mergePacked(merged, sent(packed));
    expect(merged.toJSON()).toEqual(summary.toJSON());
  });

  it('throws when the times do not match the counts (a bug, not an input)', () => {
    const plan = standardPlan();
    const summary = createSlaSummary({ groupBy: ['priority'], plan });
    const ticket = {
      openedAt: '2026-11-30T08:00:00-04:00',
      priority: 'high',
      events: [{ type: 'responded' as const, at: '2026-11-30T08:20:00-04:00' }],
    };
    summary.add(ticket, evaluateTicket(plan, ticket, { now: '2026-11-30T12:00:00-04:00' }));
    const packed = packSummary(summary);
    const extra = { state: packed.state, times: new Float64Array([...packed.times, 1]) };
    expect(() => mergePacked(createSlaSummary({ groupBy: ['priority'], plan }), extra)).toThrow(
      'a packed summary holds 2 times for 1 cycles',
    );
  });
});
