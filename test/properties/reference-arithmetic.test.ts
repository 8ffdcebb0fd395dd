// The library's arithmetic (DESIGN §4 addBusinessTime / subtractBusinessTime, §5 addBusinessDays)
// equals the slow reference implementation on random schedules, instants and durations; the
// one-walk business time of a business-day target equals its plain composition.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDaysMs, openTimeOfBusinessDays } from '../../src/arithmetic/add-business-days';
import { addBusinessDays, addBusinessTime, SlaError, subtractBusinessTime } from '../../src/index';
import { compiledOf } from '../../src/schedule/schedule';
import { openTimeBetween } from '../../src/timeline/timeline-queries';
import { type RefSchedule, refAdd, refAddBusinessDays, refSubtract } from '../reference/reference';
import {
  asDuration,
  asInstant,
  durationChoiceArb,
  durationFormArb,
  durationOf,
  instantFormArb,
  libSchedule,
  offsetArb,
  scenarioArb,
} from '../support/arbitraries';
import { itHolds } from '../support/fast-check-settings';
import { unlessNeverOpen } from '../support/refusal';

const businessDaysArb = fc.integer({ min: -7, max: 10 });

/** The answer, or 'none' when there is no open date or time within the search horizon. */
function outcome(answer: () => number): number | 'none' {
  try {
    return unlessNeverOpen(answer) ?? 'none';
  } catch (error) {
    // The reference gives up with a plain Error.
    if (error instanceof Error && /^no open (date|time) within/.test(error.message)) return 'none';
    throw error;
  }
}

describe('library = reference: arithmetic', () => {
  it('both refuse when an intersection meets only during one DST season (found at 23,538 runs)', () => {
    // Martinique kept DST only in summer 1980, the one time its Saturday 09:00-09:15 falls inside
    // UTC's Saturday 00:00-13:00: before 1980-04-06 this intersection has never been open.
    const schedule: RefSchedule = {
      kind: 'intersection',
      members: [
        {
          kind: 'weekly',
          config: { timezone: 'America/Martinique', hours: { sat: ['09:00-09:15'] } },
        },
        { kind: 'weekly', config: { timezone: 'Europe/Paris', hours: { sat: ['00:00-14:30'] } } },
        { kind: 'weekly', config: { timezone: 'UTC', hours: { sat: ['00:00-13:00'] } } },
      ],
    };
    const end = Date.parse('1980-04-06T04:00:00.000Z');
    const lib = libSchedule(schedule);
    expect(outcome(() => subtractBusinessTime(lib, end, 0).getTime())).toBe('none');
    expect(outcome(() => refSubtract(schedule, end, 0))).toBe('none');
    // ...and it is open on Saturday 1980-04-12, 12:00-12:15Z (09:00-09:15 Martinique summer time).
    expect(addBusinessTime(lib, end, 0).toISOString()).toBe('1980-04-12T12:00:00.000Z');
    expect(refAdd(schedule, end, 0)).toBe(Date.parse('1980-04-12T12:00:00.000Z'));
  });

  itHolds(
    'addBusinessTime (signed durations)',
    fc.property(
      scenarioArb,
      offsetArb,
      durationChoiceArb,
      instantFormArb,
      durationFormArb,
      ({ schedule, anchor }, offset, choice, instantForm, durationForm) => {
        const lib = libSchedule(schedule);
        const start = anchor + offset;
        const d = durationOf(lib, start, choice);
        // A schedule may have open time only on one side of `start` (an intersection that meets
        // during one DST season only): then both must refuse.
        const got = outcome(() =>
          addBusinessTime(
            lib,
            asInstant(start, instantForm),
            asDuration(d, durationForm),
          ).getTime(),
        );
        expect(got).toBe(outcome(() => refAdd(schedule, start, d)));
      },
    ),
  );

  itHolds(
    'subtractBusinessTime (signed durations)',
    fc.property(
      scenarioArb,
      offsetArb,
      durationChoiceArb,
      instantFormArb,
      durationFormArb,
      ({ schedule, anchor }, offset, choice, instantForm, durationForm) => {
        const lib = libSchedule(schedule);
        const end = anchor + offset;
        // Minus the business time of a span from `end`: mostly the span before `end`.
        const d = 0 - durationOf(lib, end, choice);
        const got = outcome(() =>
          subtractBusinessTime(
            lib,
            asInstant(end, instantForm),
            asDuration(d, durationForm),
          ).getTime(),
        );
        expect(got).toBe(outcome(() => refSubtract(schedule, end, d)));
      },
    ),
  );

  itHolds(
    'addBusinessDays (n from -7 to 10) on weekly, union, intersection and alwaysOpen schedules',
    fc.property(
      scenarioArb,
      offsetArb,
      businessDaysArb,
      instantFormArb,
      ({ schedule, anchor }, offset, n, form) => {
        const start = anchor + offset;
        const lib = libSchedule(schedule);
        // Scenarios have open dates (see hasOpenTimeAndDates); had an intersection none (every
        // shared hour in a range of another date), both would have to refuse.
        expect(outcome(() => addBusinessDays(lib, asInstant(start, form), n).getTime())).toBe(
          outcome(() => refAddBusinessDays(schedule, start, n)),
        );
      },
    ),
  );
});

describe('business-day targets', () => {
  /** What a call gives: its value, or the code, path and reason of its refusal. */
  function result(call: () => number): number | string {
    try {
      return call();
    } catch (error) {
      if (error instanceof SlaError) return `${error.code} ${error.path} ${error.reason}`;
      throw error;
    }
  }

  itHolds(
    'openTimeOfBusinessDays (n from 1 to 12) is the open time up to addBusinessDays, refusals alike',
    fc.property(
      scenarioArb,
      offsetArb,
      fc.integer({ min: 1, max: 12 }),
      ({ schedule, anchor }, offset, n) => {
        const start = anchor + offset;
        const compiled = compiledOf(libSchedule(schedule));
        expect(result(() => openTimeOfBusinessDays(compiled, start, n))).toBe(
          result(() =>
            openTimeBetween(compiled.timeline, start, addBusinessDaysMs(compiled, start, n)),
          ),
        );
      },
    ),
  );
});
