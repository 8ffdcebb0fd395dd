import { civilOf, type DayNumber, formatIsoDate, parseIsoDate } from '../civil/civil-date';
import { SlaError } from '../errors/sla-error';
import { checkCalendarYear, readHolidays, trustCalendar } from './calendar-year';
import type { CompiledRule } from './compiled-rule';
import type { Holiday, HolidayCalendar, HolidayLanguage } from './holiday-calendar';

/** The years of holidays a calendar keeps computed; older years are recomputed when asked again. */
export const MAX_CACHED_YEARS = 128;

/** What a rule calendar is made of, once validated. */
export interface RuleCalendarParts {
  readonly id: string;
  readonly language: HolidayLanguage;
  readonly bases: readonly HolidayCalendar[];
  readonly without: ReadonlySet<string>;
  readonly rules: readonly CompiledRule[];
}

interface Entry {
  readonly day: DayNumber;
  readonly holiday: Holiday;
}

/** The keys that each rule calendar can produce, so that `without` can be checked. */
const keysOf = new WeakMap<HolidayCalendar, ReadonlySet<string>>();

/**
 * The keys of a calendar built by `buildRuleCalendar` (`undefined` for any other calendar).
 *
 * @param calendar - Any calendar.
 * @returns The keys its holidays can have, or `undefined`.
 * @throws Nothing.
 *
 * @example
 * ruleCalendarKeys(holidayCalendar('FR-RE'))?.has('abolition-of-slavery');
 * //=> true
 */
export function ruleCalendarKeys(calendar: HolidayCalendar): ReadonlySet<string> | undefined {
  return keysOf.get(calendar);
}

/**
 * Builds a calendar from its bases and rules: inherited holidays (minus `without`), then its own,
 * with weekend shifts, in date order; each year is computed once and cached (bounded).
 *
 * @param parts - The validated id, language, bases, keys to drop and compiled rules.
 * @returns A frozen calendar.
 * @throws Nothing here; its `holidaysOf` throws `invalid_argument` for a year outside 1–9999, and
 * `invalid_calendar` when a foreign base answers malformed holidays.
 *
 * @example
 * const calendar = buildRuleCalendar({ id: 'X', language: 'en', bases: [], without: new Set(),
 *   rules: [compileRule({ type: 'fixed', month: 6, day: 1, name: 'A' }, 'en')] });
 * calendar.holidaysOf(2026);
 * //=> [{ date: '2026-06-01', name: 'A', key: '06-01' }]
 */
export function buildRuleCalendar(parts: RuleCalendarParts): HolidayCalendar {
  const cache = new Map<number, readonly Holiday[]>();
  const holidaysOf = (year: number): readonly Holiday[] => {
    checkCalendarYear(year, 'year');
    const cached = cache.get(year);
    if (cached) return cached;
    const computed = computeYear(parts, year);
    if (cache.size >= MAX_CACHED_YEARS) cache.delete(cache.keys().next().value as number);
    cache.set(year, computed);
    return computed;
  };
  const calendar = Object.freeze({ id: parts.id, language: parts.language, holidaysOf });
  const keys = new Set(parts.rules.map((rule) => rule.key));
  for (const base of parts.bases) for (const key of ruleCalendarKeys(base) ?? []) keys.add(key);
  for (const key of parts.without) keys.delete(key);
  keysOf.set(calendar, keys);
  return trustCalendar(calendar);
}

function computeYear(parts: RuleCalendarParts, year: number): readonly Holiday[] {
  const entries: Entry[] = inheritedEntries(parts, year);
  if (parts.rules.some((rule) => rule.observed !== undefined)) {
    entries.push(...shiftedEntries(parts, year, entries));
  } else {
    for (const rule of parts.rules)
      for (const day of rule.daysIn(year)) entries.push({ day, holiday: holidayOf(rule, day) });
  }
  entries.sort((a, b) => a.day - b.day);
  return Object.freeze(entries.map((entry) => entry.holiday));
}

function inheritedEntries(parts: RuleCalendarParts, year: number): Entry[] {
  const entries: Entry[] = [];
  // Bases may share holidays (extends: ['FR', 'FR-MQ']): list each date and holiday once.
  const seen = new Set<string>();
  parts.bases.forEach((base, i) => {
    for (const holiday of readHolidays(base, year, `extends[${i}]`)) {
      if (holiday.key !== undefined && parts.without.has(holiday.key)) continue;
      const identity = `${holiday.date} ${holiday.key ?? holiday.name}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      const name = holiday.names?.[parts.language] ?? holiday.name;
      const renamed = name === holiday.name ? holiday : Object.freeze({ ...holiday, name });
      entries.push({ day: parseIsoDate(holiday.date) as DayNumber, holiday: renamed });
    }
  });
  return entries;
}

function holidayOf(rule: CompiledRule, day: DayNumber, shiftedFrom?: DayNumber): Holiday {
  return Object.freeze({
    date: formatIsoDate(day),
    name: rule.name,
    key: rule.key,
    ...(rule.names === undefined ? {} : { names: rule.names }),
    ...(shiftedFrom === undefined ? {} : { shiftedFrom: formatIsoDate(shiftedFrom) }),
  });
}

const isWeekend = (day: DayNumber) => {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
};

/**
 * The calendar's own holidays of `year` when some rules shift weekend dates. Holidays of the
 * neighbouring years are dated too, since a shift may cross New Year (1 January on a Saturday is
 * observed on 31 December under `nearest-weekday`), and `next-weekday` skips days already taken
 * by another holiday, in date order.
 */
function shiftedEntries(
  parts: RuleCalendarParts,
  year: number,
  inherited: readonly Entry[],
): Entry[] {
  const taken = new Set<DayNumber>(inherited.map((entry) => entry.day));
  const raw: { rule: CompiledRule; day: DayNumber; moves: boolean }[] = [];
  for (let y = Math.max(1, year - 1); y <= Math.min(9999, year + 1); y += 1) {
    if (y !== year && parts.rules.some((rule) => rule.observed === 'next-weekday')) {
      for (const entry of inheritedEntries(parts, y)) taken.add(entry.day);
    }
    for (const rule of parts.rules) {
      for (const day of rule.daysIn(y)) {
        const moves = rule.observed !== undefined && isWeekend(day);
        raw.push({ rule, day, moves });
        if (!moves) taken.add(day);
      }
    }
  }
  raw.sort((a, b) => a.day - b.day);
  const entries: Entry[] = [];
  for (const { rule, day, moves } of raw) {
    if (!moves || rule.keepWeekendDate) entries.push({ day, holiday: holidayOf(rule, day) });
    if (!moves) continue;
    const target = observedDay(rule, day, taken);
    taken.add(target);
    entries.push({ day: target, holiday: holidayOf(rule, target, day) });
  }
  return entries.filter((entry) => civilOf(entry.day)[0] === year);
}

function observedDay(rule: CompiledRule, day: DayNumber, taken: ReadonlySet<DayNumber>): DayNumber {
  const saturday = (((day + 4) % 7) + 7) % 7 === 6;
  if (rule.observed === 'nearest-weekday') return saturday ? day - 1 : day + 1;
  let target = day + 1;
  while (isWeekend(target) || taken.has(target)) target += 1;
  return target;
}

/**
 * Refuses a `without` key that none of the bases can produce, when all bases are rule calendars.
 *
 * @param bases - The calendars extended.
 * @param without - The keys to drop.
 * @returns Nothing.
 * @throws {SlaError} `invalid_calendar` at `without[i]`.
 *
 * @example
 * try {
 *   checkWithout([holidayCalendar('FR')], ['pentecost']);
 * } catch (error) {
 *   console.log(error.code, error.path);
 * }
 * //=> invalid_calendar without[0]
 */
export function checkWithout(bases: readonly HolidayCalendar[], without: readonly string[]): void {
  const sets = bases.map(ruleCalendarKeys);
  if (sets.some((set) => set === undefined)) return;
  without.forEach((key, i) => {
    if (!sets.some((set) => set?.has(key))) {
      throw new SlaError(
        'invalid_calendar',
        `without[${i}]`,
        key,
        'is not the key of an inherited holiday',
      );
    }
  });
}
