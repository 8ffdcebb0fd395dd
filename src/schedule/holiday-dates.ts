import { type HolidayCalendar, isHolidayCalendar } from '../calendar/holiday-calendar';
import { civilOf, type DayNumber, parseIsoDate } from '../civil/civil-date';
import { SlaError } from '../errors/sla-error';

/** Answers whether a local date is a holiday. */
export type HolidayTest = (day: DayNumber) => boolean;

const MAX_CACHED_YEARS = 400;

/**
 * Compiles a schedule's `holidays` option: a list of ISO dates, or a calendar asked lazily, one
 * year at a time, as the timeline reaches that year.
 *
 * @throws {SlaError} `invalid_date` for a date that does not exist.
 */
export function compileHolidays(
  holidays: HolidayCalendar | readonly string[] | undefined,
  path: string,
): HolidayTest {
  if (holidays === undefined) return () => false;
  if (isHolidayCalendar(holidays)) return holidayTestOf(holidays, path);
  const days = new Set<DayNumber>();
  holidays.forEach((text, i) => {
    days.add(parseDateOrThrow(text, `${path}[${i}]`));
  });
  return (day) => days.has(day);
}

function holidayTestOf(calendar: HolidayCalendar, path: string): HolidayTest {
  const years = new Map<number, ReadonlySet<DayNumber>>();
  return (day) => {
    const year = civilOf(day)[0];
    // Calendars speak of ISO years 1 to 9999; a timeline reaching past them has no holidays there.
    if (year < 1 || year > 9999) return false;
    let days = years.get(year);
    if (!days) {
      days = daysOfYear(calendar, year, path);
      if (years.size >= MAX_CACHED_YEARS) years.clear();
      years.set(year, days);
    }
    return days.has(day);
  };
}

function daysOfYear(calendar: HolidayCalendar, year: number, path: string): ReadonlySet<DayNumber> {
  const listed: unknown = calendar.holidaysOf(year);
  if (!Array.isArray(listed)) {
    throw new SlaError(
      'invalid_calendar',
      path,
      calendar.id,
      `holidaysOf(${year}) did not return an array`,
    );
  }
  const days = new Set<DayNumber>();
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
    days.add(day);
  });
  return days;
}

export function parseDateOrThrow(text: string, path: string): DayNumber {
  const day = parseIsoDate(text);
  if (day === undefined)
    throw new SlaError('invalid_date', path, text, 'is not an existing YYYY-MM-DD date');
  return day;
}
