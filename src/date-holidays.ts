// sla-clock/date-holidays: any country's holidays, from a `date-holidays` instance.
//
// The adapter never imports date-holidays (an optional peer dependency): the caller passes an
// instance, typed here by the few members the adapter uses.
import * as z from 'zod/mini';
import { checkCalendarYear, trustCalendar } from './calendar/calendar-year';
import type { Holiday, HolidayCalendar } from './calendar/holiday-calendar';
import { civilOf, type DayNumber, formatIsoDate, parseIsoDate } from './civil/civil-date';
import { lazy, parseOrThrow } from './errors/from-zod-issue';
import { SlaError } from './errors/sla-error';

export type { Holiday, HolidayCalendar } from './calendar/holiday-calendar';
export { SlaError, type SlaErrorCode } from './errors/sla-error';

/** A holiday type of date-holidays. */
export type DateHolidaysType = 'public' | 'bank' | 'school' | 'optional' | 'observance';

/** One holiday as date-holidays lists it (the fields the adapter reads). */
export interface DateHolidaysEntry {
  /** Local start, `YYYY-MM-DD HH:mm:ss`, sometimes followed by an offset. */
  readonly date: string;
  /** Start instant. */
  readonly start: Date;
  /** End instant (exclusive). */
  readonly end: Date;
  /** Name in the instance's (or the requested) language. */
  readonly name: string;
  /** `public`, `bank`, `school`, `optional` or `observance`. */
  readonly type: string;
  /** The date-holidays rule (`easter 1`, `12-25`): becomes the holiday's `key`. */
  readonly rule?: string;
}

/** The part of a date-holidays instance (`new Holidays('DE', 'BY')`) that the adapter uses. */
export interface DateHolidaysLike {
  /** The holidays that start in `year`, with names in `language` when given. */
  getHolidays(year: number, language?: string): readonly DateHolidaysEntry[];
}

/** Options of `fromDateHolidays`. */
export interface FromDateHolidaysOptions {
  /** The holiday types that close the desk (default `['public']`). */
  readonly types?: readonly DateHolidaysType[];
  /** The calendar's id (default `date-holidays`); errors and `holidaysIn` name it. */
  readonly id?: string;
  /** An ISO 639-1 language for the names (default: the instance's). */
  readonly language?: string;
  /**
   * Holidays shorter than whole days (Christmas Eve from 14:00): `ignore` them (default: the
   * desk stays open that date; use a schedule override for the afternoon) or close the `whole-day`.
   */
  readonly partialDays?: 'ignore' | 'whole-day';
}

const optionsSchema = /* @__PURE__ */ lazy(() =>
  z.optional(
    z.strictObject({
      types: z.optional(
        z
          .array(z.enum(['public', 'bank', 'school', 'optional', 'observance']))
          .check(z.minLength(1, 'must name at least one holiday type')),
      ),
      id: z.optional(z.string().check(z.minLength(1, 'must be a non-empty string'))),
      language: z.optional(z.string().check(z.regex(/^[a-z]{2,3}$/, 'must be an ISO 639-1 code'))),
      partialDays: z.optional(z.enum(['ignore', 'whole-day'])),
    }),
  ),
);

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MAX_CACHED_YEARS = 128;
const LOCAL_DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})/;

/**
 * Turns a `date-holidays` instance into a sla-clock calendar, for a schedule's `holidays`, for
 * `holidaysIn` or as a base of `defineCalendar`. Only the chosen types close the desk (`public`
 * by default). A holiday lasting whole days closes each local date it covers; a shorter one is
 * ignored unless `partialDays: 'whole-day'`. Each year is read once and cached (at most 128).
 *
 * @param holidays - A date-holidays instance, such as `new Holidays('DE', 'BY')`.
 * @param options - `{ types, id, language, partialDays }`.
 * @returns A frozen calendar `{ id, holidaysOf(year) }`; each holiday's `key` is its
 * date-holidays rule (`easter 1`).
 * @throws {SlaError} `invalid_calendar` (path `holidays`) when the instance has no
 * `getHolidays` method or no holidays at all (created without a country); `invalid_argument` for
 * a bad option (path `options.types[0]` …). Later, `holidaysOf` throws `invalid_calendar` if the
 * instance answers a malformed holiday.
 *
 * @example
 * import Holidays from 'date-holidays';
 * const bavaria = fromDateHolidays(new Holidays('DE', 'BY'), { id: 'DE-BY' });
 * isHoliday(bavaria, '2026-06-04'); // Corpus Christi, public in Bavaria
 * //=> true
 */
export function fromDateHolidays(
  holidays: DateHolidaysLike,
  options?: FromDateHolidaysOptions,
): HolidayCalendar {
  const getHolidays = (holidays as Partial<DateHolidaysLike> | null)?.getHolidays;
  if (typeof getHolidays !== 'function') {
    throw new SlaError('invalid_calendar', 'holidays', holidays, 'is not a date-holidays instance');
  }
  const parsed = parseOrThrow(optionsSchema, options, 'invalid_argument', 'options');
  const {
    types = ['public'],
    id = 'date-holidays',
    language,
    partialDays = 'ignore',
  } = parsed ?? {};
  const read = (year: number) => {
    const listed: unknown = getHolidays.call(holidays, year, ...(language ? [language] : []));
    if (!Array.isArray(listed)) {
      throw new SlaError(
        'invalid_calendar',
        `holidays.getHolidays(${year})`,
        listed,
        'is not an array',
      );
    }
    return listed as readonly unknown[];
  };
  if (read(2000).length === 0 && read(2025).length === 0) {
    throw new SlaError(
      'invalid_calendar',
      'holidays',
      holidays,
      'has no holidays (no country set?)',
    );
  }
  const wanted = new Set<string>(types);
  const cache = new Map<number, readonly Holiday[]>();
  const holidaysOf = (year: number): readonly Holiday[] => {
    checkCalendarYear(year, 'year');
    const cached = cache.get(year);
    if (cached) return cached;
    const found: { day: DayNumber; holiday: Holiday }[] = [];
    for (const from of year > 1 ? [year - 1, year] : [year]) {
      read(from).forEach((entry, i) => {
        const path = `holidays.getHolidays(${from})[${i}]`;
        for (const day of datesOf(entry, path, wanted, partialDays)) {
          if (civilOf(day)[0] !== year) continue;
          const { name, rule } = entry as DateHolidaysEntry;
          const key = typeof rule === 'string' ? { key: rule } : {};
          found.push({ day, holiday: Object.freeze({ date: formatIsoDate(day), name, ...key }) });
        }
      });
    }
    found.sort((a, b) => a.day - b.day);
    const list = Object.freeze(found.map((entry) => entry.holiday));
    if (cache.size >= MAX_CACHED_YEARS) cache.delete(cache.keys().next().value as number);
    cache.set(year, list);
    return list;
  };
  return trustCalendar(Object.freeze({ id, holidaysOf }));
}

/** The local dates an entry closes: none if its type is not wanted or it is partial and ignored. */
function datesOf(
  entry: unknown,
  path: string,
  wanted: ReadonlySet<string>,
  partialDays: 'ignore' | 'whole-day',
): DayNumber[] {
  const { date, start, end, name, type } = (entry ?? {}) as Partial<Record<string, unknown>>;
  if (typeof type !== 'string' || !wanted.has(type)) return [];
  const match = typeof date === 'string' ? LOCAL_DATE.exec(date) : null;
  const first = match?.[1] === undefined ? undefined : parseIsoDate(match[1]);
  if (first === undefined) {
    throw new SlaError('invalid_calendar', `${path}.date`, date, 'is not "YYYY-MM-DD HH:mm:ss"');
  }
  if (typeof name !== 'string') {
    throw new SlaError('invalid_calendar', `${path}.name`, name, 'is not a string');
  }
  const length =
    start instanceof Date && end instanceof Date ? end.getTime() - start.getTime() : Number.NaN;
  if (!(length > 0)) {
    throw new SlaError('invalid_calendar', `${path}.end`, end, 'does not come after start');
  }
  const [hours = 0, minutes = 0, seconds = 0] = (match?.[2] ?? '').split(':').map(Number);
  const startsAt = ((hours * 60 + minutes) * 60 + seconds) * 1000;
  const days = Math.round(length / DAY_MS);
  const whole = startsAt === 0 && days >= 1 && Math.abs(length - days * DAY_MS) <= HOUR_MS;
  if (!whole && partialDays === 'ignore') return [];
  // A partial holiday closes every date it touches (local times, DST ignored).
  const count = whole ? days : Math.floor((startsAt + length - 1) / DAY_MS) + 1;
  return Array.from({ length: count }, (_, i) => first + i);
}
