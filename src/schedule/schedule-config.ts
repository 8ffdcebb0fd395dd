import * as z from 'zod/mini';
import { type HolidayCalendar, isHolidayCalendar } from '../calendar/holiday-calendar';
import { lazy } from '../errors/from-zod-issue';

/**
 * Builds the configuration schema. At run time, ranges and dates are plain strings here and are
 * parsed afterwards with precise error codes; for the published JSON Schema (JSON has no calendar
 * objects), ranges carry their pattern so that editors flag them.
 */
function scheduleConfigShape<Holidays extends z.ZodMiniType, Overrides extends z.ZodMiniType>(
  range: z.ZodMiniType<string>,
  holidays: Holidays,
  overrides: Overrides,
) {
  const ranges = z.array(range);
  return z.strictObject({
    timezone: z.string(),
    hours: z.strictObject({
      mon: z.optional(ranges),
      tue: z.optional(ranges),
      wed: z.optional(ranges),
      thu: z.optional(ranges),
      fri: z.optional(ranges),
      sat: z.optional(ranges),
      sun: z.optional(ranges),
    }),
    holidays: z.optional(holidays),
    overrides: z.optional(overrides),
  });
}

/**
 * Overrides at run time: any object, its entries read by `defineSchedule` itself. A zod record
 * would leave an own `__proto__` key out without a word, where it must be refused as no date.
 */
function isOverrides(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The shape of `defineSchedule`'s configuration, before its ranges and dates are checked. */
export const scheduleConfigSchema = /* @__PURE__ */ lazy(() =>
  scheduleConfigShape(
    z.string(),
    z.union([
      z.string(),
      z.array(z.string()),
      z.custom<HolidayCalendar>(isHolidayCalendar, 'Expected a holiday calendar object'),
    ]),
    z.custom(isOverrides, 'Expected an object of dates'),
  ),
);

const RANGE_PATTERN = /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A schedule configuration as JSON can hold it (holidays as a calendar code or ISO dates). */
export const jsonScheduleConfigSchema = /* @__PURE__ */ lazy(() =>
  scheduleConfigShape(
    z.string().check(z.regex(RANGE_PATTERN)),
    z.union([z.string(), z.array(z.string().check(z.regex(DATE_PATTERN)))]),
    z.record(z.string(), z.array(z.string().check(z.regex(RANGE_PATTERN)))),
  ),
);

/**
 * Opening hours of a desk. Ranges are local wall times `"HH:mm-HH:mm"`, start included, end
 * excluded; `24:00` is a valid end and a range ending before its start crosses midnight.
 */
export interface ScheduleConfig {
  /** IANA time zone, such as `America/Martinique`. */
  timezone: string;
  /** Ranges per weekday; a missing or empty day is closed. */
  hours: {
    mon?: readonly string[];
    tue?: readonly string[];
    wed?: readonly string[];
    thu?: readonly string[];
    fri?: readonly string[];
    sat?: readonly string[];
    sun?: readonly string[];
  };
  /**
   * Dates on which every range that starts on them is dropped: a built-in calendar code (`'FR'`,
   * `'FR-MQ'`, `'FR-GP'`, `'FR-GF'`, `'FR-RE'`, `'FR-YT'`, `'FR-57'`, … see `holidayCalendar`; an
   * unknown code is refused with `invalid_calendar`), a calendar object (`defineCalendar`,
   * `fromDateHolidays` from `sla-clock/date-holidays`, or any `{ id, holidaysOf(year) }`, asked
   * lazily one year at a time), or ISO dates `YYYY-MM-DD`.
   */
  holidays?: HolidayCalendar | string | readonly string[];
  /** Ranges that replace one local date's hours (`[]` closes it); an override beats a holiday. */
  overrides?: Readonly<Record<string, readonly string[]>>;
}
