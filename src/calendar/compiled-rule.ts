import {
  type DayNumber,
  dayNumberOf,
  daysInMonth,
  parseIsoDate,
  WEEKDAYS,
} from '../civil/civil-date';
import type { HolidayRule, WeekendShift } from './calendar-config';
import { easterSunday } from './easter';
import type { HolidayLanguage, HolidayNames } from './holiday-calendar';

/** A validated rule, ready to date its holiday in any year. */
export interface CompiledRule {
  readonly key: string;
  /** The name in the calendar's language. */
  readonly name: string;
  /** Names per language, when the rule gave them. */
  readonly names: HolidayNames | undefined;
  readonly observed: WeekendShift | undefined;
  readonly keepWeekendDate: boolean;
  /** The dates of the holiday in `year` before any weekend shift (none outside its years). */
  readonly daysIn: (year: number) => readonly DayNumber[];
}

/**
 * Compiles a rule that has passed validation (`defineCalendar`) or is built in.
 *
 * @param rule - A valid rule.
 * @param language - The calendar's language, which picks `name` among the rule's names.
 * @returns The rule with its key, name and a function that dates it in any year.
 * @throws Nothing: the rule is valid.
 *
 * @example
 * compileRule({ type: 'easter', offset: 1, name: { fr: 'Lundi de Pâques' } }, 'fr').daysIn(2026).map(formatIsoDate);
 * //=> ['2026-04-06']
 */
export function compileRule(rule: HolidayRule, language: HolidayLanguage): CompiledRule {
  const names = typeof rule.name === 'string' ? undefined : Object.freeze({ ...rule.name });
  const name =
    typeof rule.name === 'string'
      ? rule.name
      : (rule.name[language] ?? rule.name.en ?? rule.name.fr ?? '');
  const first = rule.firstYear ?? Number.NEGATIVE_INFINITY;
  const last = rule.lastYear ?? Number.POSITIVE_INFINITY;
  const dayOf = dayFunctionOf(rule);
  return {
    key: rule.key ?? defaultKeyOf(rule),
    name,
    names,
    observed: rule.observed,
    keepWeekendDate: rule.keepWeekendDate ?? false,
    daysIn: (year) => (year < first || year > last ? [] : dayOf(year)),
  };
}

function dayFunctionOf(rule: HolidayRule): (year: number) => readonly DayNumber[] {
  switch (rule.type) {
    case 'fixed':
      return (year) =>
        rule.day <= daysInMonth(year, rule.month) ? [dayNumberOf(year, rule.month, rule.day)] : [];
    case 'easter':
      return (year) => [easterSunday(year) + rule.offset];
    case 'weekday':
      return (year) => {
        const day = nthWeekday(
          year,
          rule.month,
          WEEKDAYS.indexOf(rule.weekday),
          rule.nth,
          rule.fromDay,
        );
        return day === undefined ? [] : [day];
      };
    case 'dates': {
      const byYear = new Map<number, DayNumber[]>();
      for (const text of rule.dates) {
        const day = parseIsoDate(text);
        if (day === undefined) continue;
        const year = Number(text.slice(0, 4));
        const days = byYear.get(year);
        if (!days) byYear.set(year, [day]);
        else if (!days.includes(day)) days.push(day);
      }
      return (year) => byYear.get(year) ?? [];
    }
  }
}

/** The `nth` (±1…±5) weekday (0 = Sunday) of a month counted from `fromDay`, if within the month. */
function nthWeekday(
  year: number,
  month: number,
  weekday: number,
  nth: number,
  fromDay: number | undefined,
): DayNumber | undefined {
  const length = daysInMonth(year, month);
  const first = dayNumberOf(year, month, 1);
  const from = first + Math.min(fromDay ?? (nth > 0 ? 1 : length), length) - 1;
  const weekdayOf = (day: DayNumber) => (((day + 4) % 7) + 7) % 7;
  const day =
    nth > 0
      ? from + ((weekday - weekdayOf(from) + 7) % 7) + (nth - 1) * 7
      : from - ((weekdayOf(from) - weekday + 7) % 7) + (nth + 1) * 7;
  return day >= first && day < first + length ? day : undefined;
}

function defaultKeyOf(rule: HolidayRule): string {
  const two = (n: number) => String(n).padStart(2, '0');
  switch (rule.type) {
    case 'fixed':
      return `${two(rule.month)}-${two(rule.day)}`;
    case 'easter':
      return `easter${rule.offset < 0 ? '' : '+'}${rule.offset}`;
    case 'weekday':
      return `${two(rule.month)}-${rule.weekday}#${rule.nth}${rule.fromDay === undefined ? '' : `@${rule.fromDay}`}`;
    case 'dates':
      return 'dates';
  }
}
