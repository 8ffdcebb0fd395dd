// DESIGN §3 composites and alwaysOpen: a union is open when any member is, an intersection when
// all are; alwaysOpen's business time is real time.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
  addBusinessTime,
  alwaysOpen,
  businessTimeBetween,
  intersectSchedules,
  isOpen,
  nextOpen,
  openIntervals,
  type Schedule,
  subtractBusinessTime,
  unionSchedules,
} from '../../src/index';
import type { RefSchedule } from '../reference/reference';
import {
  compositeScenarioArb,
  DAY,
  durationChoiceArb,
  durationOf,
  libSchedule,
  offsetArb,
  weeklyScenarioArb,
} from '../support/arbitraries';
import { itHolds } from '../support/fast-check-settings';

const membersOf = (spec: RefSchedule): Schedule[] =>
  spec.kind === 'union' || spec.kind === 'intersection' ? spec.members.map(libSchedule) : [];

/** Instants from 1900 to 2200, and real durations of up to ±45 days (sometimes ±10 years). */
const wideInstantArb = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) });
const shortDurationArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -45 * DAY, max: 45 * DAY }) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }) },
);
const realDurationArb = fc.oneof(
  { weight: 5, arbitrary: shortDurationArb },
  { weight: 1, arbitrary: fc.integer({ min: -3650 * DAY, max: 3650 * DAY }) },
);

/** alwaysOpen-like arithmetic: business time is real time. */
function expectPlainArithmetic(s: Schedule, t: number, u: number, d: number): void {
  expect(addBusinessTime(s, t, d).getTime()).toBe(t + d);
  expect(subtractBusinessTime(s, t, d).getTime()).toBe(t - d);
  expect(businessTimeBetween(s, t, u)).toBe(u - t);
  expect(isOpen(s, t)).toBe(true);
  expect(nextOpen(s, t).getTime()).toBe(t);
  const [from, to] = [Math.min(t, u), Math.max(t, u)];
  const intervals = openIntervals(s, from, to).map((i) => [i.start.getTime(), i.end.getTime()]);
  expect(intervals).toEqual(from < to ? [[from, to]] : []);
}

describe('DESIGN §3: unions, intersections and alwaysOpen', () => {
  itHolds(
    'a union is open iff some member is open, an intersection iff every member is',
    fc.property(compositeScenarioArb, offsetArb, ({ schedule, anchor }, offset) => {
      const t = anchor + offset;
      const members = membersOf(schedule).map((member) => isOpen(member, t));
      const expected = schedule.kind === 'union' ? members.some(Boolean) : members.every(Boolean);
      expect(isOpen(libSchedule(schedule), t)).toBe(expected);
    }),
  );

  itHolds(
    'alwaysOpen arithmetic is plain arithmetic',
    fc.property(wideInstantArb, realDurationArb, realDurationArb, (t, span, d) => {
      expectPlainArithmetic(alwaysOpen(), t, t + span, d);
    }),
  );

  itHolds(
    'a union with alwaysOpen is plain arithmetic',
    fc.property(
      weeklyScenarioArb,
      offsetArb,
      shortDurationArb,
      shortDurationArb,
      fc.boolean(),
      ({ schedule, anchor }, offset, span, d, first) => {
        const weekly = libSchedule(schedule);
        const s = first
          ? unionSchedules(alwaysOpen(), weekly)
          : unionSchedules(weekly, alwaysOpen());
        const t = anchor + offset;
        expectPlainArithmetic(s, t, t + span, d);
      },
    ),
  );

  itHolds(
    'an intersection with alwaysOpen is the other member',
    fc.property(
      weeklyScenarioArb,
      offsetArb,
      offsetArb,
      durationChoiceArb,
      ({ schedule, anchor }, o1, o2, choice) => {
        const weekly = libSchedule(schedule);
        const s = intersectSchedules(weekly, alwaysOpen());
        const [t, u] = [anchor + o1, anchor + o2];
        const d = durationOf(weekly, t, choice);
        expect(isOpen(s, t)).toBe(isOpen(weekly, t));
        expect(businessTimeBetween(s, t, u)).toBe(businessTimeBetween(weekly, t, u));
        expect(addBusinessTime(s, t, d)).toEqual(addBusinessTime(weekly, t, d));
      },
    ),
  );
});
