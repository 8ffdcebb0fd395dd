// Calendars inside schedules, through the public API only.
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  defineCalendar,
  defineSchedule,
  holidayCalendar,
  isOpen,
  nextOpen,
  SlaError,
} from '../../src/index';
import { iso } from '../support/readable';

const HOUR = 3_600_000;
const week = ['08:00-16:00'];
const weekdays = { mon: week, tue: week, wed: week, thu: week, fri: week };

describe('a Martinique desk with holidays: "FR-MQ"', () => {
  const desk = defineSchedule({
    timezone: 'America/Martinique',
    hours: weekdays,
    holidays: 'FR-MQ',
  });

  it('carries a ticket across Good Friday and Easter Monday', () => {
    // Thursday 2 April 2026, 15:00 in Fort-de-France; Good Friday 3 April, Easter Monday 6 April.
    const openedAt = '2026-04-02T15:00:00-04:00';
    expect(iso(addBusinessTime(desk, openedAt, 'PT4H'))).toBe('2026-04-07T15:00:00.000Z'); // Tue 11:00
    expect(businessTimeBetween(desk, openedAt, '2026-04-07T09:00:00-04:00')).toBe(2 * HOUR);
    expect(iso(addBusinessDays(desk, '2026-04-02T10:00:00-04:00', 1))).toBe(
      '2026-04-07T14:00:00.000Z',
    );
    expect(iso(nextOpen(desk, '2026-04-03T09:00:00-04:00'))).toBe('2026-04-07T12:00:00.000Z');
  });

  it('answers as the calendar object does, and unlike mainland France', () => {
    const viaObject = defineSchedule({
      timezone: 'America/Martinique',
      hours: weekdays,
      holidays: holidayCalendar('FR-MQ'),
    });
    const mainland = defineSchedule({
      timezone: 'America/Martinique',
      hours: weekdays,
      holidays: 'FR',
    });
    const from = '2026-01-01T00:00:00-04:00';
    const to = '2027-01-01T00:00:00-04:00';
    expect(businessTimeBetween(viaObject, from, to)).toBe(businessTimeBetween(desk, from, to));
    // 2026: Good Friday, 22 May and 21 July are weekdays: three more closed days than FR.
    expect(businessTimeBetween(mainland, from, to) - businessTimeBetween(desk, from, to)).toBe(
      3 * 8 * HOUR,
    );
  });

  it('computes holidays lazily for any year without a list', () => {
    // 22 May 2082 is a Friday: a ticket from Thursday 15:30 gets 30 minutes that day and the
    // other 30 on Monday 25 May.
    expect(iso(addBusinessTime(desk, '2082-05-21T15:30:00-04:00', 'PT1H'))).toBe(
      '2082-05-25T12:30:00.000Z',
    );
    // In 2093, Thursday 21 May is Ascension too: the whole hour is on Monday.
    expect(iso(addBusinessTime(desk, '2093-05-21T15:30:00-04:00', 'PT1H'))).toBe(
      '2093-05-25T13:00:00.000Z',
    );
  });

  it('refuses an unknown code with the path holidays', () => {
    try {
      defineSchedule({ timezone: 'America/Martinique', hours: weekdays, holidays: 'FR-MX' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SlaError);
      expect((error as SlaError).code).toBe('invalid_calendar');
      expect((error as SlaError).path).toBe('holidays');
      expect((error as SlaError).value).toBe('FR-MX');
    }
  });
});

describe('Whit Monday in Paris', () => {
  const desk = defineSchedule({ timezone: 'Europe/Paris', hours: weekdays, holidays: 'FR' });

  it('is closed in 2026', () => {
    // Friday 22 May 2026 10:00 + 1 business day: Monday 25 May is Whit Monday → Tuesday 10:00 CEST.
    expect(iso(addBusinessDays(desk, '2026-05-22T10:00:00+02:00', 1))).toBe(
      '2026-05-26T08:00:00.000Z',
    );
    expect(isOpen(desk, '2026-05-25T10:00:00+02:00')).toBe(false);
  });

  it('was open in 2006, the journée de solidarité', () => {
    expect(isOpen(desk, '2006-06-05T10:00:00+02:00')).toBe(true);
    expect(iso(addBusinessDays(desk, '2006-06-02T10:00:00+02:00', 1))).toBe(
      '2006-06-05T08:00:00.000Z',
    );
  });

  it('can be dropped by a company calendar that works on it', () => {
    const working = defineSchedule({
      timezone: 'Europe/Paris',
      hours: weekdays,
      holidays: defineCalendar({ id: 'ACME', extends: 'FR', without: ['whit-monday'] }),
    });
    expect(isOpen(working, '2026-05-25T10:00:00+02:00')).toBe(true);
  });
});

describe('a holiday on a weekend', () => {
  it('is not moved in France: 8 May 2027 is a Saturday and Monday 10 May is open', () => {
    const desk = defineSchedule({ timezone: 'Europe/Paris', hours: weekdays, holidays: 'FR' });
    expect(iso(addBusinessDays(desk, '2027-05-07T10:00:00+02:00', 1))).toBe(
      '2027-05-10T08:00:00.000Z',
    );
    const sevenDays = defineSchedule({
      timezone: 'Europe/Paris',
      hours: { ...weekdays, sat: week, sun: week },
      holidays: 'FR',
    });
    expect(isOpen(sevenDays, '2027-05-08T10:00:00+02:00')).toBe(false);
    expect(isOpen(sevenDays, '2027-05-09T10:00:00+02:00')).toBe(true);
  });

  it('closes the observed weekday where the calendar shifts it', () => {
    const federal = defineCalendar({
      id: 'US-FED',
      rules: [
        { type: 'fixed', month: 7, day: 4, name: 'Independence Day', observed: 'nearest-weekday' },
      ],
    });
    const desk = defineSchedule({
      timezone: 'America/New_York',
      hours: weekdays,
      holidays: federal,
    });
    // 4 July 2026 is a Saturday: observed on Friday 3 July.
    expect(isOpen(desk, '2026-07-03T10:00:00-04:00')).toBe(false);
    expect(iso(addBusinessTime(desk, '2026-07-02T15:00:00-04:00', 'PT2H'))).toBe(
      '2026-07-06T13:00:00.000Z',
    );
  });
});

describe('an overnight range and a holiday', () => {
  // Night desk 22:00–06:00, Monday to Friday; Friday 22 May 2026 is Martinique's abolition day.
  const night = ['22:00-06:00'];
  const desk = defineSchedule({
    timezone: 'America/Martinique',
    hours: { mon: night, tue: night, wed: night, thu: night, fri: night },
    holidays: 'FR-MQ',
  });

  it('keeps the range that starts the evening before the holiday, and drops the holiday’s own', () => {
    expect(isOpen(desk, '2026-05-21T23:00:00-04:00')).toBe(true); // Thursday's range
    expect(isOpen(desk, '2026-05-22T05:59:00-04:00')).toBe(true); // still Thursday's, on the holiday
    expect(isOpen(desk, '2026-05-22T23:00:00-04:00')).toBe(false); // Friday's range: dropped
    expect(
      businessTimeBetween(desk, '2026-05-21T20:00:00-04:00', '2026-05-25T08:00:00-04:00'),
    ).toBe(8 * HOUR);
    // 1 hour before Thursday's range closes, then 2 hours of the next range: not Monday 25 May's
    // (Whit Monday) but Tuesday 26 May's, 22:00–24:00.
    expect(iso(addBusinessTime(desk, '2026-05-22T05:00:00-04:00', 'PT3H'))).toBe(
      '2026-05-27T04:00:00.000Z',
    );
  });
});
