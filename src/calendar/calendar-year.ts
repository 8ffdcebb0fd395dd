import { parseIsoDate } from '../civil/civil-date';
import { SlaError } from '../errors/sla-error';
import type { Holiday, HolidayCalendar, HolidayLanguage } from './holiday-calendar';

/** The first and last years that calendars cover: four-digit years, as `YYYY-MM-DD` dates need. */
export const FIRST_CALENDAR_YEAR = 1;
export const LAST_CALENDAR_YEAR = 9999;

/**
 * Refuses a year that is not an integer from 1 to 9999.
 *
 * @param year - The value given as a year.
 * @param path - Where it was given, for the error.
 * @returns The year.
 * @throws {SlaError} `invalid_argument` at `path`.
 *
 * @example
 * checkCalendarYear(2026, 'year');
 * //=> 2026
 */
export function checkCalendarYear(year: unknown, path: string): number {
  if (
    typeof year !== 'number' ||
    !Number.isInteger(year) ||
    year < FIRST_CALENDAR_YEAR ||
    year > LAST_CALENDAR_YEAR
  ) {
    throw new SlaError('invalid_argument', path, year, 'is not a year from 1 to 9999');
  }
  return year;
}

/** Calendars built by sla-clock, whose answers need no checking. */
const trusted = new WeakSet<HolidayCalendar>();

/**
 * Marks a calendar built by sla-clock, so that `readHolidays` trusts its answers.
 *
 * @param calendar - A calendar whose answers are built frozen, sorted and within their year.
 * @returns The same calendar.
 * @throws Nothing.
 *
 * @example
 * const calendar = { id: 'X', holidaysOf: () => [] };
 * trustCalendar(calendar) === calendar;
 * //=> true
 */
export function trustCalendar<C extends HolidayCalendar>(calendar: C): C {
  trusted.add(calendar);
  return calendar;
}

/**
 * The calendar `value` describes, its `id`, `holidaysOf` and `language` read once: a getter that
 * answers otherwise later cannot hand over something that was never checked. Calendars built by
 * sla-clock are returned as they are.
 *
 * @param value - Anything given where a calendar object is expected.
 * @returns The calendar, or `undefined` when `value` is none.
 * @throws Whatever reading `value` throws (a getter, a revoked Proxy): the caller's own error.
 *
 * @example
 * readCalendar({ id: 'X', holidaysOf: () => [] })?.id;
 * //=> 'X'
 */
export function readCalendar(value: unknown): HolidayCalendar | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (trusted.has(value as HolidayCalendar)) return value as HolidayCalendar;
  const { id, holidaysOf, language } = value as Partial<Record<keyof HolidayCalendar, unknown>>;
  if (typeof id !== 'string' || typeof holidaysOf !== 'function') return undefined;
  const ask = (year: number): readonly Holiday[] => holidaysOf.call(value, year);
  return Object.freeze(
    language === undefined
      ? { id, holidaysOf: ask }
      : { id, holidaysOf: ask, language: language as HolidayLanguage },
  );
}

/**
 * Asks a calendar for the holidays of one year. A calendar built by sla-clock is trusted; any
 * other calendar's answer is checked (an array of holidays with an existing date in that year and
 * a string name) and returned as a frozen copy in date order.
 *
 * @param calendar - Any calendar.
 * @param year - A year already checked by `checkCalendarYear`.
 * @param path - The calendar's argument name or configuration path, for errors.
 * @returns The year's holidays, frozen, in date order.
 * @throws {SlaError} `invalid_calendar`, with a path such as `calendar.holidaysOf(2026)[3].date`.
 *
 * @example
 * readHolidays({ id: 'X', holidaysOf: (y) => [{ date: `${y}-06-01`, name: 'A' }] }, 2026, 'calendar');
 * //=> [{ date: '2026-06-01', name: 'A' }]
 */
export function readHolidays(
  calendar: HolidayCalendar,
  year: number,
  path: string,
): readonly Holiday[] {
  const listed: unknown = calendar.holidaysOf(year);
  if (trusted.has(calendar)) return listed as readonly Holiday[];
  const at = `${path}.holidaysOf(${year})`;
  if (!Array.isArray(listed)) {
    throw new SlaError('invalid_calendar', at, listed, `is not an array (calendar ${calendar.id})`);
  }
  const checked = listed.map((entry: unknown, i): Holiday => {
    const { date, name } = (entry ?? {}) as { date?: unknown; name?: unknown };
    const day = typeof date === 'string' ? parseIsoDate(date) : undefined;
    if (day === undefined || !(date as string).startsWith(String(year).padStart(4, '0'))) {
      throw new SlaError('invalid_calendar', `${at}[${i}].date`, date, `is not a date of ${year}`);
    }
    if (typeof name !== 'string') {
      throw new SlaError('invalid_calendar', `${at}[${i}].name`, name, 'is not a string');
    }
    return Object.freeze({ ...(entry as Holiday) });
  });
  return Object.freeze(checked.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
}
