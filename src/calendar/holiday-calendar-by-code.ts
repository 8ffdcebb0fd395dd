import { SlaError } from '../errors/sla-error';
import type { HolidayCalendar } from './holiday-calendar';
import { resolveCalendar } from './resolve-calendar';

/**
 * A built-in holiday calendar by its code: `FR` (metropolitan France), `FR-57`, `FR-67`, `FR-68`
 * (Alsace-Moselle), `FR-MQ` (Martinique), `FR-GP` (Guadeloupe), `FR-GF` (Guyane), `FR-RE`
 * (La Réunion), `FR-YT` (Mayotte), `FR-MF` (Saint-Martin), `FR-BL` (Saint-Barthélemy). Codes are
 * case-insensitive; department numbers (`FR-972`) and ISO 3166-1 codes (`MQ`) are aliases. The
 * calendar is shared: each year's holidays are computed once and cached (at most 128 years).
 *
 * @param code - The calendar's code.
 * @returns The calendar, usable as a schedule's `holidays` or with `holidaysIn` and `isHoliday`.
 * @throws {SlaError} `invalid_calendar` (path `code`) for an unknown code: there is no fallback to
 * the mainland calendar.
 *
 * @example
 * holidaysIn(holidayCalendar('FR-MQ'), 2026).map((holiday) => holiday.date).slice(0, 4);
 * //=> ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01']
 */
export function holidayCalendar(code: string): HolidayCalendar {
  if (typeof code !== 'string') {
    throw new SlaError('invalid_calendar', 'code', code, 'is not a calendar code string');
  }
  return resolveCalendar(code, 'code');
}
