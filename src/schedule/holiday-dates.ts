import { calendarArgument } from '../calendar/calendar-argument';
import type { Holiday, HolidayCalendar } from '../calendar/holiday-calendar';
import { civilOf, type DayNumber, parseIsoDate } from '../civil/civil-date';
import { SlaError } from '../errors/sla-error';

/** Answers whether a local date is a holiday. */
export type HolidayTest = (day: DayNumber) => boolean;

/** The holidays of a local date (none for a date that is not one; nameless for listed dates). */
export type HolidaysOn = (day: DayNumber) => readonly Holiday[];

/** A schedule's holidays, asked about one local date at a time. */
export interface CompiledHolidays {
  readonly isHoliday: HolidayTest;
  readonly holidaysOn: HolidaysOn;
}

const MAX_CACHED_YEARS = 400;
const NONE: readonly Holiday[] = Object.freeze([]);

/**
 * Compiles a schedule's `holidays` option: a list of ISO dates, or a calendar asked lazily, one
 * year at a time, as the timeline reaches that year.
 *
 * @throws {SlaError} `invalid_date` for a date that does not exist.
 */
export function compileHolidays(
  holidays: HolidayCalendar | readonly string[] | undefined,
  path: string,
): CompiledHolidays {
  if (holidays === undefined) return { isHoliday: () => false, holidaysOn: () => NONE };
  if (!Array.isArray(holidays)) return calendarHolidays(calendarArgument(holidays, path), path);
  const days = new Map<DayNumber, readonly Holiday[]>();
  holidays.forEach((text, i) => {
    const day = parseDateOrThrow(text, `${path}[${i}]`);
    days.set(day, Object.freeze([Object.freeze({ date: text, name: '' })]));
  });
  return { isHoliday: (day) => days.has(day), holidaysOn: (day) => days.get(day) ?? NONE };
}

function calendarHolidays(calendar: HolidayCalendar, path: string): CompiledHolidays {
  const years = new Map<number, ReadonlyMap<DayNumber, readonly Holiday[]>>();
  const yearOf = (day: DayNumber): ReadonlyMap<DayNumber, readonly Holiday[]> | undefined => {
    const year = civilOf(day)[0];
    // Calendars speak of ISO years 1 to 9999; a timeline reaching past them has no holidays there.
    if (year < 1 || year > 9999) return undefined;
    let days = years.get(year);
    if (!days) {
      days = daysOfYear(calendar, year, path);
      if (years.size >= MAX_CACHED_YEARS) years.clear();
      years.set(year, days);
    }
    return days;
  };
  return {
    isHoliday: (day) => yearOf(day)?.has(day) ?? false,
    holidaysOn: (day) => yearOf(day)?.get(day) ?? NONE,
  };
}

function daysOfYear(
  calendar: HolidayCalendar,
  year: number,
  path: string,
): ReadonlyMap<DayNumber, readonly Holiday[]> {
  const listed: unknown = calendar.holidaysOf(year);
  if (!Array.isArray(listed)) {
    throw new SlaError(
      'invalid_calendar',
      path,
      calendar.id,
      `holidaysOf(${year}) did not return an array`,
    );
  }
  const days = new Map<DayNumber, Holiday[]>();
  listed.forEach((holiday: unknown, i) => {
    const date = (holiday as { date?: unknown } | null)?.date;
    const day = typeof date === 'string' ? parseIsoDate(date) : undefined;
    if (day === undefined) {
      throw new SlaError(
        'invalid_calendar',
        `${path}(${calendar.id}).holidaysOf(${year})[${i}].date`,
        date,
        'is not an existing YYYY-MM-DD date',
      );
    }
    const onDay = days.get(day) ?? [];
    onDay.push(holiday as Holiday);
    days.set(day, onDay);
  });
  return days;
}

export function parseDateOrThrow(text: string, path: string): DayNumber {
  const day = parseIsoDate(text);
  if (day === undefined)
    throw new SlaError('invalid_date', path, text, 'is not an existing YYYY-MM-DD date');
  return day;
}
