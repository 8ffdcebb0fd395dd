// DESIGN §4 laws of addBusinessTime and subtractBusinessTime, checked on the library alone.
// `add(s, t, d)` is the latest t' ≥ t with between(t, t') ≤ d (d ≥ 0; a negative d subtracts);
// `sub(s, t, d)` the earliest t' ≤ t with between(t', t) ≤ d.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
  addBusinessTime,
  businessTimeBetween,
  isOpen,
  nextOpen,
  type Schedule,
  subtractBusinessTime,
} from '../../src/index';
import {
  durationChoiceArb,
  durationOf,
  libSchedule,
  offsetArb,
  scenarioArb,
} from '../support/arbitraries';
import { itHolds } from '../support/fast-check-settings';
import { unlessNeverOpen } from '../support/refusal';

// A law speaks of the answer, so a run where the library finds no open time on that side (an
// intersection that meets in one season only) is skipped with fc.pre; skipped runs do not count
// towards the number of runs. Such refusals are compared with the reference elsewhere.
const add = (s: Schedule, t: number, d: number): number => {
  const answer = unlessNeverOpen(() => addBusinessTime(s, t, d).getTime());
  fc.pre(answer !== undefined);
  return answer;
};
const sub = (s: Schedule, t: number, d: number): number => {
  const answer = unlessNeverOpen(() => subtractBusinessTime(s, t, d).getTime());
  fc.pre(answer !== undefined);
  return answer;
};
const between = businessTimeBetween;

describe('DESIGN §4 laws: addBusinessTime and subtractBusinessTime', () => {
  itHolds(
    'between(start, add(start, d)) = d, for every signed d',
    fc.property(
      scenarioArb,
      offsetArb,
      durationChoiceArb,
      ({ schedule, anchor }, offset, choice) => {
        const s = libSchedule(schedule);
        const start = anchor + offset;
        const d = durationOf(s, start, choice);
        expect(between(s, start, add(s, start, d))).toBe(d);
      },
    ),
  );

  itHolds(
    'between(sub(end, d), end) = d, for every signed d',
    fc.property(
      scenarioArb,
      offsetArb,
      durationChoiceArb,
      ({ schedule, anchor }, offset, choice) => {
        const s = libSchedule(schedule);
        const end = anchor + offset;
        const d = 0 - durationOf(s, end, choice);
        expect(between(s, sub(s, end, d), end)).toBe(d);
      },
    ),
  );

  itHolds(
    'add is non-decreasing in start',
    fc.property(
      scenarioArb,
      offsetArb,
      offsetArb,
      durationChoiceArb,
      ({ schedule, anchor }, o1, o2, choice) => {
        const s = libSchedule(schedule);
        const [t1, t2] = [anchor + Math.min(o1, o2), anchor + Math.max(o1, o2)];
        const d = durationOf(s, t1, choice);
        expect(add(s, t1, d)).toBeLessThanOrEqual(add(s, t2, d));
      },
    ),
  );

  itHolds(
    'add is non-decreasing in d (negative d included)',
    fc.property(
      scenarioArb,
      offsetArb,
      durationChoiceArb,
      durationChoiceArb,
      ({ schedule, anchor }, offset, c1, c2) => {
        const s = libSchedule(schedule);
        const t = anchor + offset;
        const [d1, d2] = [durationOf(s, t, c1), durationOf(s, t, c2)].sort((x, y) => x - y);
        expect(add(s, t, d1 ?? 0)).toBeLessThanOrEqual(add(s, t, d2 ?? 0));
      },
    ),
  );

  itHolds(
    'add(add(t, a), b) = add(t, a + b), for a and b of the same sign',
    fc.property(
      scenarioArb,
      offsetArb,
      durationChoiceArb,
      durationChoiceArb,
      fc.boolean(),
      ({ schedule, anchor }, offset, ca, cb, negative) => {
        const s = libSchedule(schedule);
        const t = anchor + offset;
        // Both ≥ 0, or both < 0 (a zero b would turn a subtraction back into an addition).
        const signed = (c: typeof ca) =>
          negative ? -1 - Math.abs(durationOf(s, t, c)) : Math.abs(durationOf(s, t, c));
        const [a, b] = [signed(ca), signed(cb)];
        expect(add(s, add(s, t, a), b)).toBe(add(s, t, a + b));
      },
    ),
  );

  itHolds(
    'add(t, d) is open for d ≥ 0 (the latest instant, so never a closing); add(t, 0) = nextOpen(t)',
    fc.property(
      scenarioArb,
      offsetArb,
      durationChoiceArb,
      ({ schedule, anchor }, offset, choice) => {
        const s = libSchedule(schedule);
        const t = anchor + offset;
        const d = Math.abs(durationOf(s, t, choice));
        const result = add(s, t, d);
        expect(result).toBeGreaterThanOrEqual(t);
        expect(isOpen(s, result)).toBe(true);
        expect(add(s, t, 0)).toBe(nextOpen(s, t).getTime());
        if (isOpen(s, t)) expect(add(s, t, 0)).toBe(t);
      },
    ),
  );

  itHolds(
    'sub(t, d) ends open time for d ≥ 0 (the earliest instant, so never an opening); add(t, -d) = sub(t, d)',
    fc.property(
      scenarioArb,
      offsetArb,
      durationChoiceArb,
      ({ schedule, anchor }, offset, choice) => {
        const s = libSchedule(schedule);
        const t = anchor + offset;
        const d = Math.abs(durationOf(s, t, choice));
        const result = sub(s, t, d);
        expect(result).toBeLessThanOrEqual(t);
        expect(isOpen(s, result - 1)).toBe(true);
        if (d > 0) expect(add(s, t, -d)).toBe(result); // (-0 is 0: not a subtraction)
        if (isOpen(s, t - 1)) expect(sub(s, t, 0)).toBe(t);
      },
    ),
  );
});
