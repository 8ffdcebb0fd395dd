// DESIGN §4 laws of businessTimeBetween, isOpen, nextOpen and openIntervals, checked on the
// library alone: between(s, a, b) is the measure of open time in [a, b), and -between(s, b, a)
// when b < a.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { businessTimeBetween, isOpen, nextOpen, openIntervals } from '../../src/index';
import { libSchedule, offsetArb, scenarioArb } from '../support/arbitraries';
import { itHolds } from '../support/fast-check-settings';

const between = businessTimeBetween;

describe('DESIGN §4 laws: businessTimeBetween, isOpen, nextOpen, openIntervals', () => {
  itHolds(
    'between(a, c) = between(a, b) + between(b, c), in every order',
    fc.property(
      scenarioArb,
      offsetArb,
      offsetArb,
      offsetArb,
      ({ schedule, anchor }, oa, ob, oc) => {
        const s = libSchedule(schedule);
        const [a, b, c] = [anchor + oa, anchor + ob, anchor + oc];
        expect(between(s, a, c)).toBe(between(s, a, b) + between(s, b, c));
      },
    ),
  );

  itHolds(
    '0 ≤ between(a, b) ≤ b - a for a ≤ b, and between(b, a) = -between(a, b)',
    fc.property(scenarioArb, offsetArb, offsetArb, ({ schedule, anchor }, o1, o2) => {
      const s = libSchedule(schedule);
      const [a, b] = [anchor + Math.min(o1, o2), anchor + Math.max(o1, o2)];
      const forward = between(s, a, b);
      expect(forward).toBeGreaterThanOrEqual(0);
      expect(forward).toBeLessThanOrEqual(b - a);
      expect(between(s, b, a)).toBe(-forward || 0);
    }),
  );

  itHolds(
    'isOpen(t) iff between(t, t + 1 ms) = 1; nextOpen(t) is t when open, else the next opening',
    fc.property(scenarioArb, offsetArb, ({ schedule, anchor }, offset) => {
      const s = libSchedule(schedule);
      const t = anchor + offset;
      const open = isOpen(s, t);
      expect(between(s, t, t + 1)).toBe(open ? 1 : 0);
      const next = nextOpen(s, t).getTime();
      if (open) expect(next).toBe(t);
      else expect(next).toBeGreaterThan(t);
      expect(isOpen(s, next)).toBe(true);
      expect(between(s, t, next)).toBe(0);
    }),
  );

  itHolds(
    'openIntervals: sorted, separated, maximal ranges within [from, to) that add up to between',
    fc.property(scenarioArb, offsetArb, offsetArb, ({ schedule, anchor }, o1, o2) => {
      const s = libSchedule(schedule);
      const [from, to] = [anchor + Math.min(o1, o2), anchor + Math.max(o1, o2)];
      let total = 0;
      let previousEnd = Number.NEGATIVE_INFINITY;
      for (const interval of openIntervals(s, from, to)) {
        const [start, end] = [interval.start.getTime(), interval.end.getTime()];
        expect(start).toBeGreaterThan(previousEnd); // touching ranges come out merged
        expect(start).toBeGreaterThanOrEqual(from);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(to);
        expect(isOpen(s, start) && isOpen(s, end - 1)).toBe(true);
        if (start > from) expect(isOpen(s, start - 1)).toBe(false);
        if (end < to) expect(isOpen(s, end)).toBe(false);
        total += end - start;
        previousEnd = end;
      }
      expect(total).toBe(between(s, from, to));
    }),
  );
});
