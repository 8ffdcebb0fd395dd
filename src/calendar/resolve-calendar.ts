import { SlaError } from '../errors/sla-error';
import type { HolidayCalendar } from './holiday-calendar';

/**
 * Finds a built-in calendar by code.
 *
 * @throws {SlaError} `invalid_calendar` for an unknown code: never a silent fallback.
 */
export function resolveCalendar(code: string, path: string): HolidayCalendar {
  throw new SlaError(
    'invalid_calendar',
    path,
    code,
    'is not the code of a built-in holiday calendar',
  );
}
