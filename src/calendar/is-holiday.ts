import { parseIsoDate } from '../civil/civil-date';
import { SlaError } from '../errors/sla-error';
import { calendarArgument } from './calendar-argument';
import { readHolidays } from './calendar-year';
import type { HolidayCalendar } from './holiday-calendar';

/**
 * Whether a local date is a holiday of a calendar. Only a date `YYYY-MM-DD` is accepted, never an
 * instant: which date an instant falls on depends on a time zone, which is the schedule's
 * business (`isOpen` answers for instants).
 *
 * @param calendar - A calendar object or a built-in code (`'FR-MQ'`).
 * @param date - An existing date `YYYY-MM-DD`, years 0001–9999.
 * @returns `true` when one of the calendar's holidays falls on that date.
 * @throws {SlaError} `invalid_date` (path `date`) for anything but an existing ISO date;
 * `invalid_calendar` for an unknown code or a malformed calendar.
 *
 * @example
 * isHoliday('FR-MQ', '2026-05-22');
 * //=> true
 * isHoliday('FR', '2026-05-22');
 * //=> false
 */
export function isHoliday(calendar: HolidayCalendar | string, date: string): boolean {
  const source = calendarArgument(calendar, 'calendar');
  const day = typeof date === 'string' ? parseIsoDate(date) : undefined;
  if (day === undefined || date.startsWith('0000')) {
    throw new SlaError(
      'invalid_date',
      'date',
      date,
      'is not an existing date YYYY-MM-DD from 0001 to 9999 (instants are not accepted)',
    );
  }
  const year = Number(date.slice(0, 4));
  return readHolidays(source, year, 'calendar').some((holiday) => holiday.date === date);
}
