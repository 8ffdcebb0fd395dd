import * as z from 'zod/mini';
import { lazy } from '../errors/from-zod-issue';
import { type HolidayCalendar, type HolidayNames, isHolidayCalendar } from './holiday-calendar';

/** How a holiday that falls on a weekend is moved to a weekday. */
export type WeekendShift =
  /** Saturday → the Friday before, Sunday → the Monday after (United States federal rule). */
  | 'nearest-weekday'
  /** Saturday or Sunday → the next weekday that is not already a holiday (United Kingdom rule). */
  | 'next-weekday';

/** What every kind of holiday rule has. */
export interface HolidayRuleBase {
  /** The holiday's name: a string, or names per language (`{ fr: 'Noël', en: 'Christmas Day' }`). */
  readonly name: string | HolidayNames;
  /** A stable identifier (letters, digits, `-`); by default derived from the rule. */
  readonly key?: string;
  /** The first year in which the rule applies (inclusive). */
  readonly firstYear?: number;
  /** The last year in which the rule applies (inclusive). */
  readonly lastYear?: number;
  /** Moves the holiday to a weekday when it falls on a Saturday or a Sunday. */
  readonly observed?: WeekendShift;
  /** With `observed`: keep the weekend date as a holiday too (default `false`). */
  readonly keepWeekendDate?: boolean;
}

/** A holiday on the same month and day every year (`{ type: 'fixed', month: 7, day: 14 }`). */
export interface FixedDateRule extends HolidayRuleBase {
  readonly type: 'fixed';
  /** 1–12. */
  readonly month: number;
  /** 1–31, and existing in that month; 29 February applies in leap years only. */
  readonly day: number;
}

/** A holiday a number of days from Gregorian Easter Sunday (`offset: 1` is Easter Monday). */
export interface EasterRule extends HolidayRuleBase {
  readonly type: 'easter';
  /** Days after Easter Sunday, −80 to 250 (so that the date stays in Easter's year). */
  readonly offset: number;
}

/**
 * The n-th given weekday of a month: `nth: 1` is the first, `nth: -1` the last. Counting starts
 * at `fromDay` (default: the 1st, or the month's last day for a negative `nth`), so Victoria Day
 * (last Monday on or before 24 May) is `{ month: 5, weekday: 'mon', nth: -1, fromDay: 24 }`. A
 * year in which that day does not exist within the month has no such holiday.
 */
export interface WeekdayRule extends HolidayRuleBase {
  readonly type: 'weekday';
  /** 1–12. */
  readonly month: number;
  /** `mon` … `sun`. */
  readonly weekday: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
  /** 1 to 5 counts forwards, −1 to −5 backwards. */
  readonly nth: number;
  /** The day of the month where counting starts (1–31). */
  readonly fromDay?: number;
}

/** Holidays on explicit dates (`YYYY-MM-DD`), each in its own year: a one-off closure. */
export interface ExplicitDatesRule extends HolidayRuleBase {
  readonly type: 'dates';
  /** Existing dates `YYYY-MM-DD`, years 0001–9999. */
  readonly dates: readonly string[];
}

/** One rule of a holiday calendar. */
export type HolidayRule = FixedDateRule | EasterRule | WeekdayRule | ExplicitDatesRule;

/** The configuration of `defineCalendar`. */
export interface CalendarConfig {
  /** The calendar's identifier (`ACME-FR`). */
  readonly id: string;
  /** Calendars whose holidays this one includes: calendar objects or built-in codes (`'FR'`). */
  readonly extends?: HolidayCalendar | string | readonly (HolidayCalendar | string)[];
  /** Keys of inherited holidays to leave out (`['whit-monday']`). */
  readonly without?: readonly string[];
  /** This calendar's own rules. */
  readonly rules?: readonly HolidayRule[];
  /** The language of `name` when rules give several (default: the first base's, else `en`). */
  readonly language?: 'fr' | 'en';
}

/** The shape of `defineCalendar`'s configuration, before dates and cross-field rules are checked. */
export const calendarConfigSchema = /* @__PURE__ */ lazy(() => {
  const text = z.string().check(z.minLength(1, 'must be a non-empty string'));
  const int = (min: number, max: number, what: string) =>
    z.int(`must be ${what}`).check(z.gte(min, `must be ${what}`), z.lte(max, `must be ${what}`));
  const year = int(1, 9999, 'a year from 1 to 9999');
  const month = int(1, 12, 'a month from 1 to 12');
  const KEY = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

  const ruleBase = {
    name: z.union(
      [text, z.strictObject({ fr: z.optional(text), en: z.optional(text) })],
      'must be a non-empty string or { fr?, en? }',
    ),
    key: z.optional(z.string().check(z.regex(KEY, 'must be letters, digits, "-" or "_"'))),
    firstYear: z.optional(year),
    lastYear: z.optional(year),
    observed: z.optional(z.enum(['nearest-weekday', 'next-weekday'])),
    keepWeekendDate: z.optional(z.boolean()),
  };

  const ruleSchema = z.discriminatedUnion(
    'type',
    [
      z.strictObject({
        ...ruleBase,
        type: z.literal('fixed'),
        month,
        day: int(1, 31, 'a day 1–31'),
      }),
      z.strictObject({
        ...ruleBase,
        type: z.literal('easter'),
        offset: int(-80, 250, 'from -80 to 250'),
      }),
      z.strictObject({
        ...ruleBase,
        type: z.literal('weekday'),
        month,
        weekday: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
        nth: int(-5, 5, 'from 1 to 5 or from -5 to -1').check(
          z.refine((n) => n !== 0, 'must be from 1 to 5 or from -5 to -1'),
        ),
        fromDay: z.optional(int(1, 31, 'a day 1–31')),
      }),
      z.strictObject({ ...ruleBase, type: z.literal('dates'), dates: z.array(z.string()) }),
    ],
    'must have a type "fixed", "easter", "weekday" or "dates"',
  );

  const calendarRef = z.union(
    [z.string(), z.custom<HolidayCalendar>(isHolidayCalendar)],
    'must be a calendar object or a built-in calendar code',
  );

  return z.strictObject({
    id: text,
    extends: z.optional(
      z.union(
        [calendarRef, z.array(calendarRef)],
        'must be a calendar, a built-in calendar code, or an array of them',
      ),
    ),
    without: z.optional(z.array(text)),
    rules: z.optional(z.array(ruleSchema)),
    language: z.optional(z.enum(['fr', 'en'])),
  });
});
