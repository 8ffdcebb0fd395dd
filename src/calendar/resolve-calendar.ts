import { SlaError } from '../errors/sla-error';
import { BUILT_IN_ALIASES, BUILT_IN_CODES, findBuiltInCalendar } from './built-in-calendars';
import type { HolidayCalendar } from './holiday-calendar';

/**
 * Finds a built-in calendar by code (case-insensitive; aliases such as `FR-972` or `MQ` included).
 *
 * @param code - The calendar code, as the user wrote it.
 * @param path - Where the code was found, for the error (`holidays`, `extends[1]`).
 * @returns The shared built-in calendar.
 * @throws {SlaError} `invalid_calendar` at `path` for an unknown code: never a silent fallback.
 *
 * @example
 * resolveCalendar('fr-972', 'holidays').id;
 * //=> 'FR-MQ'
 */
export function resolveCalendar(code: string, path: string): HolidayCalendar {
  const calendar = findBuiltInCalendar(code);
  if (calendar !== undefined) return calendar;
  throw new SlaError(
    'invalid_calendar',
    path,
    code,
    `is not the code of a built-in holiday calendar (known: ${BUILT_IN_CODES.join(', ')}; ` +
      `aliases: ${Object.keys(BUILT_IN_ALIASES).join(', ')})`,
  );
}
