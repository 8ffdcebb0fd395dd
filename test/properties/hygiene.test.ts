// Results and inputs (DESIGN §2, §9): instants come out as valid `Date`s and durations as finite
// whole milliseconds; nothing the caller passes in is mutated; deep-frozen configurations work.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  defineSchedule,
  isOpen,
  nextOpen,
  openIntervals,
  type Schedule,
  subtractBusinessTime,
} from '../../src/index';
import type { RefWeeklyConfig } from '../reference/reference';
import {
  asDuration,
  durationChoiceArb,
  durationOf,
  libSchedule,
  offsetArb,
  scenarioArb,
  weeklyScenarioArb,
} from '../support/arbitraries';
import { itHolds } from '../support/fast-check-settings';
import { unlessNeverOpen } from '../support/refusal';

/** The answer as a list of one, or none where the schedule never opens on that side. */
function whereOpen(call: () => Date): Date[] {
  const answer = unlessNeverOpen(call);
  return answer === undefined ? [] : [answer];
}

/** Every Date-returning function, on Date inputs (fresh each call) and an object duration. */
function allDates(s: Schedule, t: Date, u: Date, d: number): Date[] {
  const parts = asDuration(d, 'parts');
  return [
    ...whereOpen(() => nextOpen(s, t)),
    ...whereOpen(() => addBusinessTime(s, t, parts)),
    ...whereOpen(() => subtractBusinessTime(s, u, parts)),
    ...whereOpen(() => addBusinessDays(s, t, 3)),
    ...whereOpen(() => addBusinessDays(s, u, -2)),
    ...openIntervals(s, t < u ? t : u, t < u ? u : t).flatMap((i) => [i.start, i.end]),
  ];
}

const config = (spec: { kind: string; config?: RefWeeklyConfig }): RefWeeklyConfig => {
  if (spec.config === undefined) throw new Error('not a weekly schedule');
  return spec.config;
};

describe('results and inputs', () => {
  itHolds(
    'instants come out as valid Dates, durations as finite whole milliseconds',
    fc.property(
      scenarioArb,
      offsetArb,
      offsetArb,
      durationChoiceArb,
      ({ schedule, anchor }, o1, o2, choice) => {
        const s = libSchedule(schedule);
        const [t, u] = [anchor + o1, anchor + o2];
        for (const date of allDates(s, new Date(t), new Date(u), durationOf(s, t, choice))) {
          expect(date).toBeInstanceOf(Date);
          expect(Number.isFinite(date.getTime())).toBe(true);
        }
        const measured = businessTimeBetween(s, t, u);
        expect(Number.isSafeInteger(measured)).toBe(true);
        expect(typeof isOpen(s, t)).toBe('boolean');
      },
    ),
  );

  itHolds(
    'returned Dates are fresh: changing one changes no later answer',
    fc.property(scenarioArb, offsetArb, ({ schedule, anchor }, offset) => {
      const s = libSchedule(schedule);
      const t = anchor + offset;
      const first = nextOpen(s, t);
      const expected = first.getTime();
      first.setTime(0);
      expect(nextOpen(s, t).getTime()).toBe(expected);
      const [interval] = openIntervals(s, expected, expected + 1);
      interval?.start.setTime(0);
      expect(openIntervals(s, expected, expected + 1)[0]?.start.getTime()).toBe(expected);
    }),
  );

  itHolds(
    'Date instants and duration objects passed in are never mutated',
    fc.property(
      scenarioArb,
      offsetArb,
      offsetArb,
      durationChoiceArb,
      ({ schedule, anchor }, o1, o2, choice) => {
        const s = libSchedule(schedule);
        const [t, u] = [new Date(anchor + o1), new Date(anchor + o2)];
        const d = durationOf(s, anchor + o1, choice);
        const parts = asDuration(d, 'parts');
        const partsCopy = structuredClone(parts);
        unlessNeverOpen(() => addBusinessTime(s, t, parts));
        unlessNeverOpen(() => subtractBusinessTime(s, u, parts));
        allDates(s, t, u, d);
        businessTimeBetween(s, t, u);
        isOpen(s, t);
        expect([t.getTime(), u.getTime()]).toEqual([anchor + o1, anchor + o2]);
        expect(parts).toEqual(partsCopy);
      },
    ),
  );

  itHolds(
    'configurations: a deep-frozen one is accepted, a plain one is never mutated, both agree',
    fc.property(weeklyScenarioArb, offsetArb, offsetArb, ({ schedule, anchor }, o1, o2) => {
      const original = config(schedule);
      const frozen = libSchedule(schedule); // built from a deep-frozen copy: must not throw
      const copy = structuredClone(original); // not frozen: a mutation would go unnoticed
      const plain = defineSchedule(copy);
      const [t, u] = [anchor + o1, anchor + o2];
      allDates(plain, new Date(t), new Date(u), durationOf(plain, t, { span: u - t, jitter: 0 }));
      const [from, to] = [Math.min(t, u), Math.max(t, u)];
      expect(openIntervals(plain, from, to)).toEqual(openIntervals(frozen, from, to));
      expect(copy).toEqual(original);
    }),
  );
});
