import {
  type DayNumber,
  MS_PER_DAY,
  MS_PER_MINUTE,
  type Weekday,
  weekdayOf,
} from '../civil/civil-date';
import { chunkFromIntervals, type FlatIntervals } from '../timeline/chunk';
import { Timeline } from '../timeline/timeline';
import type { DayRange } from './day-range';
import type { HolidaysOn, HolidayTest } from './holiday-dates';
import type { CompiledSchedule, DateNote } from './schedule';
import type { ZoneClock } from './zone-clock';

/** A weekly schedule after validation: everything the timeline compiler needs. */
export interface WeeklyRules {
  readonly clock: ZoneClock;
  readonly weekly: Readonly<Record<Weekday, readonly DayRange[]>>;
  readonly overrides: ReadonlyMap<DayNumber, readonly DayRange[]>;
  readonly isHoliday: HolidayTest;
  readonly holidaysOn: HolidaysOn;
}

const CLOSED: readonly DayRange[] = Object.freeze([]);
/** About 55 years of dates. */
const MAX_CACHED_DATES = 20_000;

/** The ranges that start on a local date, after overrides and holidays. */
function rangesOn(rules: WeeklyRules, day: DayNumber): readonly DayRange[] {
  const override = rules.overrides.get(day);
  if (override) return override;
  const ranges = rules.weekly[weekdayOf(day)];
  return ranges.length === 0 || rules.isHoliday(day) ? CLOSED : ranges;
}

function appendInstants(rules: WeeklyRules, day: DayNumber, flat: FlatIntervals): void {
  const midnight = day * MS_PER_DAY;
  const { clock } = rules;
  for (const range of rangesOn(rules, day)) {
    const wallStart = midnight + range.start * MS_PER_MINUTE;
    const wallEnd = midnight + range.end * MS_PER_MINUTE;
    // A range whose wall times all fall in a DST gap never shows on the desk's clocks: it has
    // no open time (moving both ends past the gap would invent open time after it).
    if (clock.isSkipped(wallStart) && clock.isSkipped(wallEnd - 1)) continue;
    const start = clock.instantOf(wallStart);
    const end = clock.instantOf(wallEnd);
    // A range that starts in a gap and ends soon after it can come out empty or reversed.
    if (end > start) flat.push(start, end);
  }
}

export function compileWeeklyRules(rules: WeeklyRules): CompiledSchedule {
  const timeline = new Timeline((_index, start, end) => {
    const flat: FlatIntervals = [];
    // A range belongs to its starting date and lasts under 48 local hours, so the dates that can
    // reach into the chunk start two days before its first local date.
    const lastDay = rules.clock.dayOf(end - 1) + 1;
    for (let day = rules.clock.dayOf(start) - 2; day <= lastDay; day++)
      appendInstants(rules, day, flat);
    return chunkFromIntervals(start, end, flat);
  });
  // Business-day targets walk dates on every clock start: remember each date's answer.
  const openDates = new Map<DayNumber, boolean>();
  const isOpenDate = (day: DayNumber): boolean => {
    let open = openDates.get(day);
    if (open === undefined) {
      const flat: FlatIntervals = [];
      appendInstants(rules, day, flat);
      open = flat.length > 0;
      if (openDates.size >= MAX_CACHED_DATES) openDates.clear();
      openDates.set(day, open);
    }
    return open;
  };
  const dateNote = (day: DayNumber): DateNote | undefined => {
    if (rules.overrides.has(day)) return { type: 'override' };
    const holidays = rules.holidaysOn(day);
    return holidays.length > 0 ? { type: 'holiday', holidays } : undefined;
  };
  return { timeline, clock: rules.clock, isOpenDate, dateNote };
}
