// sla-clock/date-holidays: a date-holidays instance as a sla-clock calendar.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { type DateHolidaysLike, fromDateHolidays } from '../../src/date-holidays';
import {
  addBusinessDays,
  defineCalendar,
  defineSchedule,
  holidaysIn,
  isHoliday,
  isOpen,
} from '../../src/index';
import { refusal } from '../support/refusal';

const week = ['09:00-17:00'];
const weekdays = { mon: week, tue: week, wed: week, thu: week, fri: week };

/** A structural stand-in for date-holidays, answering fixed entries and counting calls. */
function fake(entries: (year: number) => unknown[]) {
  const calls: number[] = [];
  const instance = {
    getHolidays(year: number) {
      calls.push(year);
      return entries(year);
    },
  };
  return { instance: instance as DateHolidaysLike, calls };
}

const entry = (date: string, hours: number, type = 'public', name = 'H') => {
  const start = new Date(`${date.replace(' ', 'T')}Z`);
  return {
    date,
    start,
    end: new Date(start.getTime() + hours * 3_600_000),
    name,
    type,
    rule: name,
  };
};

describe('fromDateHolidays', () => {
  it('lists the public holidays of the United States, substitute days included', () => {
    const us = fromDateHolidays(new Holidays('US'), { id: 'US' });
    expect(us.id).toBe('US');
    expect(holidaysIn(us, 2022).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2022-01-01 New Year’s Day'.replace('’', "'"),
      '2022-01-17 Martin Luther King Jr. Day',
      "2022-02-21 Washington's Birthday",
      '2022-05-30 Memorial Day',
      '2022-06-19 Juneteenth',
      '2022-06-20 Juneteenth (substitute day)',
      '2022-07-04 Independence Day',
      '2022-09-05 Labor Day',
      '2022-10-10 Columbus Day',
      '2022-11-11 Veterans Day',
      '2022-11-24 Thanksgiving Day',
      '2022-12-25 Christmas Day',
      '2022-12-26 Christmas Day (substitute day)',
    ]);
  });

  it('drives a New York schedule across Thanksgiving', () => {
    const desk = defineSchedule({
      timezone: 'America/New_York',
      hours: weekdays,
      holidays: fromDateHolidays(new Holidays('US')),
    });
    // Wednesday 25 November 2026 10:00 + 1 business day: Thanksgiving → Friday 27, 10:00 EST.
    expect(addBusinessDays(desk, '2026-11-25T10:00:00-05:00', 1).toISOString()).toBe(
      '2026-11-27T15:00:00.000Z',
    );
    expect(isOpen(desk, '2026-11-26T10:00:00-05:00')).toBe(false);
  });

  it('takes public holidays only by default, and the types asked for', () => {
    const bavaria = new Holidays('DE', 'BY');
    const publicOnly = fromDateHolidays(bavaria, { id: 'DE-BY' });
    expect(isHoliday(publicOnly, '2026-06-04')).toBe(true); // Fronleichnam, public in Bavaria
    expect(isHoliday(publicOnly, '2026-02-16')).toBe(false); // Rosenmontag, an observance
    expect(isHoliday(publicOnly, '2026-11-18')).toBe(false); // Buß- und Bettag, school only
    const withSchool = fromDateHolidays(bavaria, { types: ['public', 'school'] });
    expect(isHoliday(withSchool, '2026-11-18')).toBe(true);
    const observances = fromDateHolidays(bavaria, { types: ['observance'] });
    expect(isHoliday(observances, '2026-02-16')).toBe(true);
    expect(isHoliday(observances, '2026-06-04')).toBe(false);
  });

  it('ignores partial days (Christmas Eve from 14:00) unless asked to close the whole date', () => {
    const germany = new Holidays('DE');
    const bank = fromDateHolidays(germany, { types: ['public', 'bank'] });
    expect(isHoliday(bank, '2026-12-24')).toBe(false);
    const whole = fromDateHolidays(germany, {
      types: ['public', 'bank'],
      partialDays: 'whole-day',
    });
    expect(isHoliday(whole, '2026-12-24')).toBe(true);
    expect(isHoliday(whole, '2026-12-31')).toBe(true);
  });

  it('closes every date of a multi-day holiday, across New Year', () => {
    const germany = new Holidays('DE');
    germany.setHoliday('12-30 P3D', { name: 'Betriebsferien', type: 'public' });
    const calendar = fromDateHolidays(germany);
    expect(
      holidaysIn(calendar, 2026)
        .filter((h) => h.name === 'Betriebsferien')
        .map((h) => h.date),
    ).toEqual([
      '2026-01-01', // the end of 2025's
      '2026-12-30',
      '2026-12-31',
    ]);
    expect(
      holidaysIn(calendar, 2027)
        .filter((h) => h.name === 'Betriebsferien')
        .map((h) => h.date),
    ).toEqual(['2027-01-01', '2027-12-30', '2027-12-31']);
  });

  it('names in the language asked for', () => {
    const calendar = fromDateHolidays(new Holidays('DE'), { language: 'en' });
    expect(holidaysIn(calendar, 2026).map((h) => h.name)).toContain('Christmas Day');
  });

  it('keys holidays by their date-holidays rule, so that defineCalendar can drop one', () => {
    const france = fromDateHolidays(new Holidays('FR'));
    expect(holidaysIn(france, 2026).find((h) => h.date === '2026-05-25')?.key).toBe('easter 50');
    const withoutWhitMonday = defineCalendar({ id: 'X', extends: france, without: ['easter 50'] });
    expect(isHoliday(withoutWhitMonday, '2026-05-25')).toBe(false);
  });

  it('asks the instance once per year and caches frozen answers', () => {
    const { instance, calls } = fake((year) => [entry(`${year}-03-01 00:00:00`, 24)]);
    const calendar = fromDateHolidays(instance);
    const startupCalls = calls.length;
    const first = calendar.holidaysOf(2026);
    expect(calendar.holidaysOf(2026)).toBe(first);
    expect(calls.slice(startupCalls)).toEqual([2025, 2026]);
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true);
    expect(Object.isFrozen(calendar)).toBe(true);
  });

  it('survives a DST day: a 23- or 25-hour holiday is one whole date', () => {
    const { instance } = fake((year) => [
      entry(`${year}-03-29 00:00:00`, 23),
      entry(`${year}-10-25 00:00:00`, 25),
    ]);
    expect(holidaysIn(fromDateHolidays(instance), 2026).map((h) => h.date)).toEqual([
      '2026-03-29',
      '2026-10-25',
    ]);
  });
});

describe('fromDateHolidays refuses bad input', () => {
  it.each([null, undefined, {}, 'US', { getHolidays: 'no' }])(
    'refuses %j as an instance',
    (value) => {
      const error = refusal(() => fromDateHolidays(value as never));
      expect([error.code, error.path]).toEqual(['invalid_calendar', 'holidays']);
    },
  );

  it('refuses an instance created without a country', () => {
    const error = refusal(() => fromDateHolidays(new Holidays()));
    expect([error.code, error.path]).toEqual(['invalid_calendar', 'holidays']);
  });

  it.each([
    [{ types: [] }, 'options.types'],
    [{ types: ['public', 'holiday'] }, 'options.types[1]'],
    [{ colour: 'red' }, 'options.colour'],
    [{ language: 'English' }, 'options.language'],
    [{ partialDays: 'half' }, 'options.partialDays'],
    [{ id: '' }, 'options.id'],
  ])('refuses the options %j', (options, path) => {
    const error = refusal(() => fromDateHolidays(new Holidays('US'), options as never));
    expect([error.code, error.path]).toEqual(['invalid_argument', path]);
  });

  it('refuses malformed holidays when a year is read', () => {
    const { instance } = fake((year) =>
      year === 2026
        ? [entry('2026-01-01 00:00:00', 24), { ...entry('2026-01-02 00:00:00', 24), date: 'soon' }]
        : [entry(`${year}-01-01 00:00:00`, 24)],
    );
    const calendar = fromDateHolidays(instance);
    const error = refusal(() => calendar.holidaysOf(2026));
    expect([error.code, error.path, error.value]).toEqual([
      'invalid_calendar',
      'holidays.getHolidays(2026)[1].date',
      'soon',
    ]);
    const notArray = fake((year) =>
      year === 2030 ? (null as never) : [entry(`${year}-01-01 00:00:00`, 24)],
    );
    expect(refusal(() => fromDateHolidays(notArray.instance).holidaysOf(2030)).code).toBe(
      'invalid_calendar',
    );
    const backwards = fake((year) => [entry(`${year}-01-01 00:00:00`, -1)]);
    const backwardsError = refusal(() => fromDateHolidays(backwards.instance).holidaysOf(2026));
    expect([backwardsError.code, backwardsError.path]).toEqual([
      'invalid_calendar',
      'holidays.getHolidays(2025)[0].end',
    ]);
  });
});

describe('date-holidays stays an optional peer', () => {
  it('is never imported by the library sources', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
        item.isDirectory() ? sources(join(dir, item.name)) : [join(dir, item.name)],
      );
    // Import and export statements, dynamic imports and requires (TSDoc examples may mention it).
    const load =
      /^\s*(import|export)\b[^;]*['"]date-holidays['"]|\b(require|import)\(\s*['"]date-holidays['"]/m;
    const offenders = sources(join(__dirname, '../../src')).filter((file) =>
      load.test(readFileSync(file, 'utf8')),
    );
    expect(load.test("import Holidays from 'date-holidays';")).toBe(true);
    expect(offenders).toEqual([]);
  });
});
