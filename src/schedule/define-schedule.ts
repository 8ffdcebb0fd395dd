import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { resolveCalendar } from '../calendar/resolve-calendar';
import { type DayNumber, WEEKDAYS, type Weekday } from '../civil/civil-date';
import { joinPath, parseOrThrow } from '../errors/from-zod-issue';
import { type DayRange, parseDayRanges, rangeTexts } from './day-range';
import { compileHolidays, parseDateOrThrow } from './holiday-dates';
import { createSchedule, type Schedule } from './schedule';
import { type ScheduleConfig, scheduleConfigSchema } from './schedule-config';
import { compileWeeklyRules } from './weekly-timeline';
import { ZoneClock } from './zone-clock';

export type { ScheduleConfig } from './schedule-config';

/**
 * Compiles a desk's opening hours into a schedule. The configuration is validated once here;
 * open intervals are computed lazily, a year at a time, as queries reach them.
 *
 * @param config - Time zone, weekly ranges, optional holidays and per-date overrides.
 * @returns An immutable schedule for the arithmetic functions.
 * @throws {SlaError} `invalid_schedule` (wrong shape or unknown option), `unknown_timezone`,
 * `invalid_range`, `empty_range`, `overlapping_ranges`, `invalid_date` or `invalid_calendar`,
 * each with the path of the offending entry.
 *
 * @example
 * const desk = defineSchedule({
 *   timezone: 'America/Martinique',
 *   hours: { mon: ['08:00-16:00'], tue: ['08:00-16:00'], wed: ['08:00-16:00'],
 *            thu: ['08:00-16:00'], fri: ['08:00-16:00'] },
 *   holidays: ['2026-12-25'],
 *   overrides: { '2026-12-24': ['08:00-12:00'] },
 * });
 * isOpen(desk, '2026-12-24T13:00:00-04:00');
 * //=> false
 */
export function defineSchedule(config: ScheduleConfig): Schedule {
  return compileScheduleConfig(config, '');
}

/** `defineSchedule` for a configuration nested at `basePath` (a plan's `schedule`). */
export function compileScheduleConfig(config: ScheduleConfig, basePath: string): Schedule {
  const at = (...segments: string[]) => joinPath(basePath, ...segments);
  const { timezone, hours, holidays, overrides } = parseOrThrow(
    scheduleConfigSchema,
    config,
    'invalid_schedule',
    basePath,
  );
  const clock = ZoneClock.of(timezone, at('timezone'));
  const weekly = {} as Record<Weekday, readonly DayRange[]>;
  for (const weekday of WEEKDAYS)
    weekly[weekday] = parseDayRanges(hours[weekday] ?? [], at('hours', weekday));
  const overrideRanges = new Map<DayNumber, readonly DayRange[]>();
  // Own keys, "__proto__" included: one that is no date is refused, never dropped.
  for (const [date, ranges] of Object.entries(overrides ?? {})) {
    const path = at('overrides', date);
    const day = parseDateOrThrow(date, path);
    overrideRanges.set(day, parseDayRanges(rangeTexts(ranges, path), path));
  }
  const calendar: HolidayCalendar | readonly string[] | undefined =
    typeof holidays === 'string' ? resolveCalendar(holidays, at('holidays')) : holidays;
  const { isHoliday, holidaysOn } = compileHolidays(calendar, at('holidays'));
  return createSchedule(
    'weekly',
    compileWeeklyRules({ clock, weekly, overrides: overrideRanges, isHoliday, holidaysOn }),
  );
}
