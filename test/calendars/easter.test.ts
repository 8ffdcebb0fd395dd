// Gregorian Easter against published dates, and the algorithm's invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easterSunday } from '../../src/calendar/easter';
import { dayNumberOf, formatIsoDate, weekdayOf } from '../../src/civil/civil-date';
import { fcParams } from '../support/fast-check-settings';

// Western (Gregorian) Easter Sundays as published in the tables of the US Naval Observatory /
// Astronomical Society of South Australia ("Easter Dates 1700–2299") and in Meeus's examples.
const PUBLISHED = [
  '1900-04-15',
  '1903-04-12',
  '1913-03-23',
  '1916-04-23',
  '1923-04-01',
  '1943-04-25', // the latest possible date
  '1954-04-18',
  '1961-04-02',
  '1974-04-14',
  '1981-04-19',
  '1990-04-15',
  '1999-04-04',
  '2000-04-23',
  '2008-03-23',
  '2011-04-24',
  '2016-03-27',
  '2019-04-21',
  '2024-03-31',
  '2025-04-20',
  '2026-04-05',
  '2027-03-28',
  '2038-04-25',
  '2049-04-18',
  '2077-04-11',
  '2095-04-24',
  '2100-03-28',
  '2285-03-22', // the earliest possible date, next reached in 2285
] as const;

describe('easterSunday', () => {
  it.each(PUBLISHED)('matches the published date %s', (date) => {
    expect(formatIsoDate(easterSunday(Number(date.slice(0, 4))))).toBe(date);
  });

  it('is always a Sunday from 22 March to 25 April (any year 1583–9999)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(weekdayOf(easter)).toBe('sun');
        expect(easter).toBeGreaterThanOrEqual(dayNumberOf(year, 3, 22));
        expect(easter).toBeLessThanOrEqual(dayNumberOf(year, 4, 25));
      }),
      fcParams(),
    );
  });

  it('repeats after the Gregorian cycle of 5,700,000 years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4299 }), (year) => {
        const offset = (y: number) => easterSunday(y) - dayNumberOf(y, 3, 1);
        expect(offset(year + 5_700_000)).toBe(offset(year));
      }),
      fcParams(),
    );
  });

  it('reaches both extremes within 1583–9999', () => {
    const offsets = new Set<number>();
    for (let year = 1583; year <= 9999; year += 1)
      offsets.add(easterSunday(year) - dayNumberOf(year, 3, 22));
    expect(Math.min(...offsets)).toBe(0);
    expect(Math.max(...offsets)).toBe(34);
    expect(offsets.size).toBe(35); // every date from 22 March to 25 April occurs
  });
});

describe('easterSunday against an independent implementation', () => {
  it('agrees with date-holidays (Ostersonntag in Germany) for every year 1900–2100', async () => {
    const { default: Holidays } = await import('date-holidays');
    const germany = new Holidays('DE');
    const mismatches: string[] = [];
    for (let year = 1900; year <= 2100; year += 1) {
      const theirs = germany.getHolidays(year).find((holiday) => holiday.rule === 'easter');
      const ours = formatIsoDate(easterSunday(year));
      if (theirs?.date.slice(0, 10) !== ours)
        mismatches.push(`${year}: ${ours} vs ${theirs?.date}`);
    }
    expect(mismatches).toEqual([]);
  });
});
