// The library's queries (DESIGN §4: isOpen, nextOpen, openIntervals, businessTimeBetween) equal
// the slow reference implementation on random schedules (weekly, union, intersection, alwaysOpen)
// and instants.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { businessTimeBetween, isOpen, nextOpen, openIntervals } from '../../src/index';
import { refBetween, refIsOpen, refNextOpen, refOpenIntervals } from '../reference/reference';
import {
  asInstant,
  instantFormArb,
  libSchedule,
  offsetArb,
  scenarioArb,
} from '../support/arbitraries';
import { itHolds } from '../support/fast-check-settings';

const flat = (intervals: { start: Date; end: Date }[]): number[][] =>
  intervals.map(({ start, end }) => [start.getTime(), end.getTime()]);

describe('library = reference: queries', () => {
  itHolds(
    'isOpen',
    fc.property(scenarioArb, offsetArb, instantFormArb, ({ schedule, anchor }, offset, form) => {
      const t = anchor + offset;
      expect(isOpen(libSchedule(schedule), asInstant(t, form))).toBe(refIsOpen(schedule, t));
    }),
  );

  itHolds(
    'nextOpen',
    fc.property(scenarioArb, offsetArb, instantFormArb, ({ schedule, anchor }, offset, form) => {
      const t = anchor + offset;
      const got = nextOpen(libSchedule(schedule), asInstant(t, form));
      expect(got.getTime()).toBe(refNextOpen(schedule, t));
    }),
  );

  itHolds(
    'openIntervals',
    fc.property(
      scenarioArb,
      offsetArb,
      offsetArb,
      instantFormArb,
      ({ schedule, anchor }, o1, o2, form) => {
        const from = anchor + Math.min(o1, o2);
        const to = anchor + Math.max(o1, o2);
        const got = openIntervals(libSchedule(schedule), asInstant(from, form), to);
        expect(flat(got)).toEqual(refOpenIntervals(schedule, from, to));
      },
    ),
  );

  itHolds(
    'businessTimeBetween, signed, in both orders',
    fc.property(
      scenarioArb,
      offsetArb,
      offsetArb,
      instantFormArb,
      ({ schedule, anchor }, o1, o2, form) => {
        const a = anchor + o1;
        const b = anchor + o2;
        const lib = libSchedule(schedule);
        expect(businessTimeBetween(lib, asInstant(a, form), b)).toBe(refBetween(schedule, a, b));
        expect(businessTimeBetween(lib, b, asInstant(a, form))).toBe(refBetween(schedule, b, a));
      },
    ),
  );
});
