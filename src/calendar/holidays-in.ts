import * as z from 'zod/mini';
import { lazy, parseOrThrow } from '../errors/from-zod-issue';
import { calendarArgument } from './calendar-argument';
import { checkCalendarYear, readHolidays } from './calendar-year';
import type { Holiday, HolidayCalendar, HolidayLanguage } from './holiday-calendar';

/** Options of `holidaysIn`. */
export interface HolidaysInOptions {
  /** Name the holidays in this language where the calendar knows it (default: its own). */
  readonly language?: HolidayLanguage;
}

const optionsSchema = /* @__PURE__ */ lazy(() =>
  z.optional(z.strictObject({ language: z.optional(z.enum(['fr', 'en'])) })),
);

/**
 * The holidays of a calendar in one year, in date order (holidays that share a date keep their
 * rule order).
 *
 * @param calendar - A calendar object or a built-in code (`'FR-MQ'`).
 * @param year - An integer year from 1 to 9999.
 * @param options - `{ language: 'en' }` to name the holidays in English.
 * @returns A fresh array of frozen `{ date: 'YYYY-MM-DD', name, key?, names?, shiftedFrom? }`.
 * @throws {SlaError} `invalid_calendar` for an unknown code or a calendar that answers malformed
 * holidays; `invalid_argument` for a bad year (path `year`) or option (path `options.…`).
 *
 * @example
 * holidaysIn('FR-MQ', 2026, { language: 'en' }).slice(1, 3);
 * //=> [{ date: '2026-04-03', name: 'Good Friday', key: 'good-friday', names: { fr: 'Vendredi saint', en: 'Good Friday' } },
 * //    { date: '2026-04-06', name: 'Easter Monday', key: 'easter-monday', names: { fr: 'Lundi de Pâques', en: 'Easter Monday' } }]
 */
export function holidaysIn(
  calendar: HolidayCalendar | string,
  year: number,
  options?: HolidaysInOptions,
): Holiday[] {
  const source = calendarArgument(calendar, 'calendar');
  checkCalendarYear(year, 'year');
  const parsed = parseOrThrow(optionsSchema, options, 'invalid_argument', 'options');
  const holidays = readHolidays(source, year, 'calendar');
  const language = parsed?.language;
  if (language === undefined) return [...holidays];
  return holidays.map((holiday) => {
    const name = holiday.names?.[language];
    return name === undefined || name === holiday.name
      ? holiday
      : Object.freeze({ ...holiday, name });
  });
}
