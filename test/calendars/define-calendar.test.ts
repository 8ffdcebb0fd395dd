// The rule model: each kind of rule, years of validity, weekend shifts, names, composition,
// validation errors, caching and immutability.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CODES, builtInRules } from '../../src/calendar/built-in-calendars';
import { calendarConfigSchema } from '../../src/calendar/calendar-config';
import {
  type CalendarConfig,
  defineCalendar,
  type HolidayCalendar,
  holidaysIn,
  isHoliday,
} from '../../src/index';
import { refusal } from '../support/refusal';

const dates = (calendar: HolidayCalendar | string, year: number) =>
  holidaysIn(calendar, year).map((holiday) => holiday.date);

describe('rules', () => {
  it('dates a fixed month-day, and 29 February in leap years only', () => {
    const calendar = defineCalendar({
      id: 'T',
      rules: [
        { type: 'fixed', month: 7, day: 4, name: 'Independence Day' },
        { type: 'fixed', month: 2, day: 29, name: 'Leap Day' },
      ],
    });
    expect(dates(calendar, 2024)).toEqual(['2024-02-29', '2024-07-04']);
    expect(dates(calendar, 2025)).toEqual(['2025-07-04']);
    expect(dates(calendar, 2100)).toEqual(['2100-07-04']); // 2100 is not a leap year
  });

  it('dates offsets from Easter Sunday, before and after it', () => {
    const calendar = defineCalendar({
      id: 'T',
      rules: [
        { type: 'easter', offset: -47, name: 'Mardi gras' },
        { type: 'easter', offset: 0, name: 'Easter' },
        { type: 'easter', offset: 60, name: 'Corpus Christi' },
      ],
    });
    expect(dates(calendar, 2026)).toEqual(['2026-02-17', '2026-04-05', '2026-06-04']);
    expect(dates(calendar, 2038)).toEqual(['2038-03-09', '2038-04-25', '2038-06-24']);
  });

  it('dates the n-th, last and n-th-from-a-day weekday of a month', () => {
    const calendar = defineCalendar({
      id: 'T',
      rules: [
        { type: 'weekday', month: 1, weekday: 'mon', nth: 3, name: 'MLK Day' },
        { type: 'weekday', month: 5, weekday: 'mon', nth: -1, name: 'Memorial Day' },
        { type: 'weekday', month: 5, weekday: 'mon', nth: -1, fromDay: 24, name: 'Victoria Day' },
        { type: 'weekday', month: 11, weekday: 'tue', nth: 1, fromDay: 2, name: 'Election Day' },
        { type: 'weekday', month: 11, weekday: 'thu', nth: 4, name: 'Thanksgiving' },
      ],
    });
    expect(holidaysIn(calendar, 2026).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-01-19 MLK Day',
      '2026-05-18 Victoria Day',
      '2026-05-25 Memorial Day',
      '2026-11-03 Election Day',
      '2026-11-26 Thanksgiving',
    ]);
    expect(dates(calendar, 2027)).toEqual([
      '2027-01-18',
      '2027-05-24', // 24 May 2027 is itself a Monday: both rules land on it
      '2027-05-31',
      '2027-11-02',
      '2027-11-25',
    ]);
  });

  it('skips a year in which the n-th weekday does not exist in the month', () => {
    const calendar = defineCalendar({
      id: 'T',
      rules: [{ type: 'weekday', month: 2, weekday: 'sun', nth: 5, name: 'Fifth Sunday' }],
    });
    expect(dates(calendar, 2026)).toEqual([]);
    expect(dates(calendar, 2032)).toEqual(['2032-02-29']);
    expect(dates(calendar, 2032 - 28)).toEqual(['2004-02-29']);
  });

  it('lists explicit dates in their own year only', () => {
    const calendar = defineCalendar({
      id: 'T',
      rules: [
        { type: 'dates', dates: ['2026-06-19', '2027-01-02', '2026-03-01'], name: 'Closure' },
      ],
    });
    expect(dates(calendar, 2026)).toEqual(['2026-03-01', '2026-06-19']);
    expect(dates(calendar, 2027)).toEqual(['2027-01-02']);
    expect(dates(calendar, 2028)).toEqual([]);
  });

  it('applies a rule from firstYear to lastYear inclusive', () => {
    const calendar = defineCalendar({
      id: 'T',
      rules: [{ type: 'fixed', month: 6, day: 1, name: 'X', firstYear: 2000, lastYear: 2002 }],
    });
    expect([1999, 2000, 2001, 2002, 2003].map((year) => dates(calendar, year).length)).toEqual([
      0, 1, 1, 1, 0,
    ]);
  });
});

describe('weekend shifts', () => {
  const us = defineCalendar({
    id: 'US-FED',
    rules: [
      { type: 'fixed', month: 1, day: 1, name: 'New Year', observed: 'nearest-weekday' },
      { type: 'fixed', month: 7, day: 4, name: 'Independence Day', observed: 'nearest-weekday' },
      { type: 'fixed', month: 12, day: 25, name: 'Christmas', observed: 'nearest-weekday' },
    ],
  });

  it('moves Saturday to Friday and Sunday to Monday, across New Year', () => {
    // 1 January 2022 is a Saturday: observed on Friday 31 December 2021.
    expect(holidaysIn(us, 2021).at(-1)).toEqual({
      date: '2021-12-31',
      name: 'New Year',
      key: '01-01',
      shiftedFrom: '2022-01-01',
    });
    expect(dates(us, 2021)).toEqual(['2021-01-01', '2021-07-05', '2021-12-24', '2021-12-31']);
    expect(dates(us, 2022)).toEqual(['2022-07-04', '2022-12-26']);
    expect(dates(us, 2023)).toEqual(['2023-01-02', '2023-07-04', '2023-12-25']);
  });

  it('moves to the next free weekday, and can keep the weekend date too', () => {
    const uk = defineCalendar({
      id: 'UK',
      rules: [
        { type: 'fixed', month: 12, day: 25, name: 'Christmas', observed: 'next-weekday' },
        { type: 'fixed', month: 12, day: 26, name: 'Boxing Day', observed: 'next-weekday' },
      ],
    });
    expect(dates(uk, 2021)).toEqual(['2021-12-27', '2021-12-28']); // Sat + Sun
    expect(dates(uk, 2022)).toEqual(['2022-12-26', '2022-12-27']); // Sun + Mon
    expect(dates(uk, 2026)).toEqual(['2026-12-25', '2026-12-28']); // Fri + Sat
    const kept = defineCalendar({
      id: 'UK+',
      rules: [
        {
          type: 'fixed',
          month: 12,
          day: 25,
          name: 'Christmas',
          observed: 'next-weekday',
          keepWeekendDate: true,
        },
      ],
    });
    expect(dates(kept, 2022)).toEqual(['2022-12-25', '2022-12-26']);
  });

  it('does not shift onto a day that an inherited holiday already takes', () => {
    const base = defineCalendar({
      id: 'B',
      rules: [{ type: 'fixed', month: 12, day: 27, name: 'Base day' }],
    });
    const derived = defineCalendar({
      id: 'D',
      extends: base,
      rules: [{ type: 'fixed', month: 12, day: 26, name: 'Boxing Day', observed: 'next-weekday' }],
    });
    // 26 December 2021 is a Sunday; Monday 27 is the base's: Boxing Day moves to Tuesday 28.
    expect(dates(derived, 2021)).toEqual(['2021-12-27', '2021-12-28']);
  });
});

describe('names and composition', () => {
  it('names holidays in the calendar language, and in another on request', () => {
    expect(holidaysIn('FR', 2026)[0]?.name).toBe('Jour de l’an');
    expect(holidaysIn('FR', 2026, { language: 'en' })[0]?.name).toBe('New Year’s Day');
    const english = defineCalendar({ id: 'EN', extends: 'FR', language: 'en' });
    expect(holidaysIn(english, 2026).map((h) => h.name)).toContain('Whit Monday');
    expect(holidaysIn(english, 2026, { language: 'fr' }).map((h) => h.name)).toContain(
      'Lundi de Pentecôte',
    );
  });

  it('adds its own rules to several bases and drops inherited holidays by key', () => {
    const desk = defineCalendar({
      id: 'ACME',
      extends: [
        'FR-MQ',
        defineCalendar({ id: 'X', rules: [{ type: 'fixed', month: 11, day: 2, name: 'Défunts' }] }),
      ],
      without: ['victor-schoelcher-day'],
      rules: [
        { type: 'fixed', month: 12, day: 24, name: { fr: 'Veille de Noël', en: 'Christmas Eve' } },
      ],
    });
    expect(isHoliday(desk, '2026-07-21')).toBe(false);
    expect(isHoliday(desk, '2026-11-02')).toBe(true);
    expect(isHoliday(desk, '2026-05-22')).toBe(true);
    expect(
      holidaysIn(desk, 2026)
        .slice(-2)
        .map((h) => `${h.date} ${h.name}`),
    ).toEqual(['2026-12-24 Veille de Noël', '2026-12-25 Noël']);
  });

  it('keeps two holidays that fall on one date, in rule order', () => {
    expect(
      holidaysIn('FR', 2008)
        .filter((h) => h.date === '2008-05-01')
        .map((h) => h.key),
    ).toEqual(['labour-day', 'ascension']);
  });

  it('defaults keys from the rule', () => {
    const calendar = defineCalendar({
      id: 'K',
      rules: [
        { type: 'fixed', month: 7, day: 4, name: 'A' },
        { type: 'easter', offset: -2, name: 'B' },
        { type: 'easter', offset: 1, name: 'C' },
        { type: 'weekday', month: 5, weekday: 'mon', nth: -1, fromDay: 24, name: 'D' },
        { type: 'dates', dates: ['2026-01-02'], name: 'E' },
      ],
    });
    expect(holidaysIn(calendar, 2026).map((h) => h.key)).toEqual([
      'dates',
      'easter-2',
      'easter+1',
      '05-mon#-1@24',
      '07-04',
    ]);
  });
});

describe('validation', () => {
  const fixed = { type: 'fixed', month: 1, day: 1, name: 'A' } as const;
  const cases: [string, unknown, string, unknown][] = [
    [
      'a month out of range',
      { id: 'T', rules: [fixed, { ...fixed, month: 13 }] },
      'rules[1].month',
      13,
    ],
    [
      'a day that does not exist',
      { id: 'T', rules: [{ ...fixed, month: 4, day: 31 }] },
      'rules[0].day',
      31,
    ],
    [
      'an unknown rule type',
      { id: 'T', rules: [{ ...fixed, type: 'lunar' }] },
      'rules[0].type',
      'lunar',
    ],
    [
      'an unknown option',
      { id: 'T', rules: [{ ...fixed, colour: 'red' }] },
      'rules[0].colour',
      'red',
    ],
    [
      'nth 0',
      { id: 'T', rules: [{ type: 'weekday', month: 1, weekday: 'mon', nth: 0, name: 'A' }] },
      'rules[0].nth',
      0,
    ],
    [
      'a bad weekday',
      { id: 'T', rules: [{ type: 'weekday', month: 1, weekday: 'monday', nth: 1, name: 'A' }] },
      'rules[0].weekday',
      'monday',
    ],
    [
      'a fromDay beyond the month',
      {
        id: 'T',
        rules: [{ type: 'weekday', month: 2, weekday: 'mon', nth: 1, fromDay: 30, name: 'A' }],
      },
      'rules[0].fromDay',
      30,
    ],
    [
      'an Easter offset leaving the year',
      { id: 'T', rules: [{ type: 'easter', offset: 300, name: 'A' }] },
      'rules[0].offset',
      300,
    ],
    [
      'a fractional offset',
      { id: 'T', rules: [{ type: 'easter', offset: 1.5, name: 'A' }] },
      'rules[0].offset',
      1.5,
    ],
    [
      'a date that does not exist',
      { id: 'T', rules: [{ type: 'dates', dates: ['2026-01-01', '2026-02-30'], name: 'A' }] },
      'rules[0].dates[1]',
      '2026-02-30',
    ],
    [
      'lastYear before firstYear',
      { id: 'T', rules: [{ ...fixed, firstYear: 2000, lastYear: 1999 }] },
      'rules[0].lastYear',
      1999,
    ],
    [
      'keepWeekendDate without observed',
      { id: 'T', rules: [{ ...fixed, keepWeekendDate: true }] },
      'rules[0].keepWeekendDate',
      true,
    ],
    ['an empty name', { id: 'T', rules: [{ ...fixed, name: '' }] }, 'rules[0].name', ''],
    [
      'a name in an unknown language',
      { id: 'T', rules: [{ ...fixed, name: { de: 'Neujahr' } }] },
      'rules[0].name.de',
      'Neujahr',
    ],
    ['an empty id', { id: '', rules: [] }, 'id', ''],
    ['an unknown base code', { id: 'T', extends: ['FR', 'FR-XX'] }, 'extends[1]', 'FR-XX'],
    ['a base that is not a calendar', { id: 'T', extends: 42 }, 'extends', 42],
    [
      'an unknown key in without',
      { id: 'T', extends: 'FR', without: ['whit-monday', 'pentecost'] },
      'without[1]',
      'pentecost',
    ],
  ];

  it.each(cases)(
    'refuses %s with invalid_calendar, the path and the value',
    (_, config, path, value) => {
      const error = refusal(() => defineCalendar(config as CalendarConfig));
      expect(error.code).toBe('invalid_calendar');
      expect(error.path).toBe(path);
      expect(error.value).toEqual(value);
      expect(error.message).toContain(path);
    },
  );

  it('refuses a configuration that is not an object', () => {
    expect(refusal(() => defineCalendar(null as unknown as CalendarConfig)).code).toBe(
      'invalid_calendar',
    );
  });

  it('accepts every built-in rule set (the built-ins skip validation, so check them here)', () => {
    for (const code of BUILT_IN_CODES) {
      expect(
        calendarConfigSchema().safeParse({ id: code, rules: builtInRules(code) }).success,
      ).toBe(true);
      expect(() => defineCalendar({ id: code, rules: builtInRules(code) })).not.toThrow();
    }
  });
});

describe('caching and immutability', () => {
  it('computes a year once and hands out frozen holidays', () => {
    const calendar = defineCalendar({ id: 'T', extends: 'FR-MQ' });
    const first = calendar.holidaysOf(2026);
    expect(calendar.holidaysOf(2026)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(Object.isFrozen(calendar)).toBe(true);
  });

  it('bounds its cache and recomputes identical answers for evicted years', () => {
    const calendar = defineCalendar({ id: 'T', extends: 'FR' });
    const early = calendar.holidaysOf(1990);
    for (let year = 2000; year < 2000 + 200; year += 1) calendar.holidaysOf(year);
    const again = calendar.holidaysOf(1990);
    expect(again).not.toBe(early); // evicted
    expect(again).toEqual(early);
  });

  it('returns a fresh array from holidaysIn', () => {
    const list = holidaysIn('FR', 2026);
    list.pop();
    expect(holidaysIn('FR', 2026)).toHaveLength(11);
  });
});

describe('duplicates', () => {
  it('a dates rule lists a repeated date once, and 40,000 entries compile at once', () => {
    const started = performance.now();
    const calendar = defineCalendar({
      id: 'many',
      rules: [{ type: 'dates', name: 'Inventory', dates: Array(40_000).fill('2026-01-02') }],
    });
    expect(dates(calendar, 2026)).toEqual(['2026-01-02']);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('overlapping bases list each holiday once (FR-MQ already contains FR)', () => {
    const both = defineCalendar({ id: 'both', extends: ['FR', 'FR-MQ'] });
    expect(dates(both, 2026)).toEqual(dates('FR-MQ', 2026));
  });
});
