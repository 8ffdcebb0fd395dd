import { daysInMonth, parseIsoDate } from '../civil/civil-date';
import { parseOrThrow } from '../errors/from-zod-issue';
import { SlaError } from '../errors/sla-error';
import { calendarArgument } from './calendar-argument';
import { type CalendarConfig, calendarConfigSchema, type HolidayRule } from './calendar-config';
import { compileRule } from './compiled-rule';
import type { HolidayCalendar, HolidayLanguage } from './holiday-calendar';
import { buildRuleCalendar, checkWithout } from './rule-calendar';

export type { CalendarConfig } from './calendar-config';

/**
 * Defines a holiday calendar from rules, optionally on top of other calendars (a region is its
 * country plus its own days). Rules: a fixed month-day, an offset from Gregorian Easter Sunday,
 * the n-th or last weekday of a month, or explicit dates; each with optional first and last
 * years, a weekend shift to an observed weekday, and names in French and English. Each year's
 * holidays are computed on first use and cached (at most 128 years per calendar).
 *
 * @param config - `{ id, extends?, without?, rules?, language? }`.
 * @returns A frozen calendar for schedules (`holidays: calendar`), `holidaysIn` and `isHoliday`.
 * @throws {SlaError} `invalid_calendar` naming the offending entry: a path such as
 * `rules[3].month`, `rules[0].dates[2]`, `extends[1]` or `without[0]`, and its value.
 *
 * @example
 * const desk = defineCalendar({
 *   id: 'ACME-MQ',
 *   extends: 'FR-MQ',
 *   without: ['victor-schoelcher-day'],
 *   rules: [{ type: 'fixed', month: 12, day: 24, name: { fr: 'Veille de Noël', en: 'Christmas Eve' } }],
 * });
 * holidaysIn(desk, 2026).slice(-2).map((holiday) => `${holiday.date} ${holiday.name}`);
 * //=> ['2026-12-24 Veille de Noël', '2026-12-25 Noël']
 */
export function defineCalendar(config: CalendarConfig): HolidayCalendar {
  const parsed = parseOrThrow(calendarConfigSchema, config, 'invalid_calendar', '');
  const { id, without = [], rules = [] } = parsed;
  const refs = parsed.extends;
  const listed = refs === undefined ? [] : Array.isArray(refs) ? refs : [refs];
  const bases = listed.map((ref, i) =>
    calendarArgument(ref, Array.isArray(refs) ? `extends[${i}]` : 'extends'),
  );
  checkWithout(bases, without);
  rules.forEach((rule, i) => {
    checkRule(rule as HolidayRule, `rules[${i}]`);
  });
  const language: HolidayLanguage = parsed.language ?? bases[0]?.language ?? 'en';
  return buildRuleCalendar({
    id,
    language,
    bases,
    without: new Set(without),
    rules: rules.map((rule) => compileRule(rule as HolidayRule, language)),
  });
}

/** The checks zod's shapes cannot express: days that exist, years in order, explicit dates. */
function checkRule(rule: HolidayRule, path: string): void {
  const refuse = (field: string, value: unknown, reason: string): never => {
    throw new SlaError('invalid_calendar', `${path}.${field}`, value, reason);
  };
  if (rule.type === 'fixed' && rule.day > daysInMonth(2000, rule.month)) {
    refuse('day', rule.day, `does not exist in month ${rule.month}`);
  }
  if (rule.type === 'weekday' && rule.fromDay !== undefined) {
    if (rule.fromDay > daysInMonth(2000, rule.month)) {
      refuse('fromDay', rule.fromDay, `does not exist in month ${rule.month}`);
    }
  }
  if (rule.type === 'dates') {
    rule.dates.forEach((date, i) => {
      if (parseIsoDate(date) === undefined || date.startsWith('0000')) {
        refuse(`dates[${i}]`, date, 'is not an existing date YYYY-MM-DD from 0001 to 9999');
      }
    });
  }
  if (
    rule.firstYear !== undefined &&
    rule.lastYear !== undefined &&
    rule.lastYear < rule.firstYear
  ) {
    refuse('lastYear', rule.lastYear, `is before firstYear ${rule.firstYear}`);
  }
  if (rule.keepWeekendDate !== undefined && rule.observed === undefined) {
    refuse('keepWeekendDate', rule.keepWeekendDate, 'only applies together with observed');
  }
}
