import { SlaError } from '../errors/sla-error';
import { readCalendar } from './calendar-year';
import type { HolidayCalendar } from './holiday-calendar';
import { resolveCalendar } from './resolve-calendar';

/**
 * A calendar given as an object or as a built-in code.
 *
 * @param value - A calendar object or a built-in code.
 * @param path - The argument's name or configuration path, for the error.
 * @returns The calendar.
 * @throws {SlaError} `invalid_calendar` at `path` for an unknown code or anything else.
 *
 * @example
 * calendarArgument('FR-RE', 'calendar').id;
 * //=> 'FR-RE'
 */
export function calendarArgument(value: unknown, path: string): HolidayCalendar {
  if (typeof value === 'string') return resolveCalendar(value, path);
  const calendar = readCalendar(value);
  if (calendar !== undefined) return calendar;
  throw new SlaError(
    'invalid_calendar',
    path,
    value,
    'is not a holiday calendar ({ id, holidaysOf(year) }) or a built-in calendar code',
  );
}
