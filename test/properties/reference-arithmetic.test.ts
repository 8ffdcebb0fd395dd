// The library's arithmetic (DESIGN §4 addBusinessTime / subtractBusinessTime, §5 addBusinessDays)
// equals the slow reference implementation on random schedules, instants and durations.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { addBusinessDays, addBusinessTime, SlaError, subtractBusinessTime } from '../../src/index';
import { refAdd, refAddBusinessDays, refSubtract } from '../reference/reference';
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

const businessDaysArb = fc.integer({ min: -7, max: 10 });

/** The answer, or 'none' when there is no open date or time within the search horizon. */
function outcome(answer: () => number): number | 'none' {
  try {
    return answer();
  } catch (error) {
    const library = error instanceof SlaError && error.code === 'no_open_time';
    const reference = error instanceof Error && /^no open (date|time) within/.test(error.message);
    if (library || reference) return 'none';
    throw error;
  }
}

describe('library = reference: arithmetic', () => {
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
        const got = addBusinessTime(
          lib,
          asInstant(start, instantForm),
          asDuration(d, durationForm),
        );
        expect(got.getTime()).toBe(refAdd(schedule, start, d));
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
        const got = subtractBusinessTime(
          lib,
          asInstant(end, instantForm),
          asDuration(d, durationForm),
        );
        expect(got.getTime()).toBe(refSubtract(schedule, end, d));
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
