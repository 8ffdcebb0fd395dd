// Every input form of DESIGN §2 on hand-checked cases, and the freshness of results. The desk is
// America/Martinique (UTC-04:00 all year) Mon-Fri 08:00-16:00; Wed 25 Nov 2026 08:00 = 12:00Z and
// 10:00 = 14:00Z.
import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  businessTimeBetween,
  defineSchedule,
  type InstantInput,
  isOpen,
  nextOpen,
  openIntervals,
  subtractBusinessTime,
} from '../src/index';
import { iso } from './support/readable';

const desk = defineSchedule({
  timezone: 'America/Martinique',
  hours: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, ['08:00-16:00']]),
  ),
});

describe('instant inputs', () => {
  // All of these name Wed 25 Nov 2026 10:00 in Martinique = 14:00Z (open).
  const tenAm: [string, InstantInput][] = [
    ['Date', new Date('2026-11-25T14:00:00Z')],
    ['epoch ms', Date.UTC(2026, 10, 25, 14)],
    ['ISO with Z', '2026-11-25T14:00:00Z'],
    ['ISO with lower-case z', '2026-11-25T14:00:00z'],
    ['ISO with +01:00', '2026-11-25T15:00:00+01:00'],
    ['ISO with -0400', '2026-11-25T10:00:00-0400'],
    ['ISO with -04:00 and no seconds', '2026-11-25T10:00-04:00'],
    [
      'luxon DateTime in the desk zone',
      DateTime.fromISO('2026-11-25T10:00', { zone: 'America/Martinique' }),
    ],
    ['luxon DateTime in Tokyo (+09)', DateTime.fromISO('2026-11-25T23:00', { zone: 'Asia/Tokyo' })],
    ['luxon DateTime in UTC', DateTime.utc(2026, 11, 25, 14)],
    ['object with epochMilliseconds', { epochMilliseconds: Date.UTC(2026, 10, 25, 14) }],
  ];
  for (const [name, input] of tenAm) {
    it(`${name}`, () => {
      expect(isOpen(desk, input)).toBe(true);
      expect(iso(nextOpen(desk, input))).toBe('2026-11-25T14:00:00.000Z');
      // 10:00 -> 16:00 = 6 h
      expect(businessTimeBetween(desk, input, '2026-11-25T16:00:00-04:00')).toBe(6 * 3_600_000);
    });
  }

  it('keeps fractional seconds (milliseconds) of ISO strings', () => {
    expect(iso(nextOpen(desk, '2026-11-25T10:00:00.123-04:00'))).toBe('2026-11-25T14:00:00.123Z');
    expect(iso(nextOpen(desk, '2026-11-25T15:00:00.5+01:00'))).toBe('2026-11-25T14:00:00.500Z');
    // 07:59:59.999 is closed -> 08:00
    expect(iso(nextOpen(desk, '2026-11-25T07:59:59.999-04:00'))).toBe('2026-11-25T12:00:00.000Z');
  });
});

describe('duration inputs (from Wed 25 Nov 08:00 = 12:00Z)', () => {
  const start = '2026-11-25T08:00:00-04:00';
  const cases: [string, Parameters<typeof addBusinessTime>[2], string][] = [
    ['milliseconds', 16_200_000, '2026-11-25T16:30:00.000Z'], // 4.5 h -> 12:30 local
    ['PT4H30M', 'PT4H30M', '2026-11-25T16:30:00.000Z'],
    ['PT1.5H', 'PT1.5H', '2026-11-25T13:30:00.000Z'], // 09:30 local
    ['PT90S', 'PT90S', '2026-11-25T12:01:30.000Z'],
    [
      'object of all four units',
      { hours: 1, minutes: 30, seconds: 30, milliseconds: 500 },
      '2026-11-25T13:30:30.500Z',
    ],
    ['luxon Duration', Duration.fromObject({ hours: 2 }), '2026-11-25T14:00:00.000Z'],
    ['luxon Duration of minutes', Duration.fromObject({ minutes: 90 }), '2026-11-25T13:30:00.000Z'],
    // 8 h 30 min: 8 h fill Wednesday, 30 min on Thursday -> Thu 08:30 = 12:30Z
    ['PT8H30M over a closing', 'PT8H30M', '2026-11-26T12:30:00.000Z'],
  ];
  for (const [name, duration, expected] of cases) {
    it(name, () => {
      expect(iso(addBusinessTime(desk, start, duration))).toBe(expected);
    });
  }

  it('negative durations subtract, and subtracting a negative adds', () => {
    // Wed 10:00 - 15 min = 09:45 = 13:45Z
    expect(iso(addBusinessTime(desk, '2026-11-25T10:00:00-04:00', '-PT15M'))).toBe(
      '2026-11-25T13:45:00.000Z',
    );
    expect(iso(addBusinessTime(desk, '2026-11-25T10:00:00-04:00', -15 * 60_000))).toBe(
      '2026-11-25T13:45:00.000Z',
    );
    expect(iso(addBusinessTime(desk, '2026-11-25T10:00:00-04:00', { minutes: -15 }))).toBe(
      '2026-11-25T13:45:00.000Z',
    );
    // Wed 08:10 - 15 min: 10 min to the opening, 5 min before Tue 16:00 -> Tue 15:55 = 19:55Z
    expect(iso(addBusinessTime(desk, '2026-11-25T08:10:00-04:00', '-PT15M'))).toBe(
      '2026-11-24T19:55:00.000Z',
    );
    expect(iso(subtractBusinessTime(desk, '2026-11-25T10:00:00-04:00', '-PT15M'))).toBe(
      '2026-11-25T14:15:00.000Z',
    );
  });
});

describe('results are fresh and schedules frozen', () => {
  it('mutating a returned Date does not affect later calls', () => {
    const input = new Date('2026-11-25T14:00:00Z');
    const first = nextOpen(desk, input);
    expect(first).not.toBe(input);
    first.setTime(0);
    expect(iso(input)).toBe('2026-11-25T14:00:00.000Z');
    expect(iso(nextOpen(desk, '2026-11-25T14:00:00Z'))).toBe('2026-11-25T14:00:00.000Z');

    const sum = addBusinessTime(desk, '2026-11-25T08:00:00-04:00', 'PT1H');
    sum.setUTCFullYear(1999);
    expect(iso(addBusinessTime(desk, '2026-11-25T08:00:00-04:00', 'PT1H'))).toBe(
      '2026-11-25T13:00:00.000Z',
    );

    const [interval] = openIntervals(desk, '2026-11-25T00:00:00Z', '2026-11-26T00:00:00Z');
    interval?.start.setTime(0);
    expect(
      openIntervals(desk, '2026-11-25T00:00:00Z', '2026-11-26T00:00:00Z').map((i) => iso(i.start)),
    ).toEqual(['2026-11-25T12:00:00.000Z']);
  });

  it('the schedule object is frozen', () => {
    expect(Object.isFrozen(desk)).toBe(true);
    expect(() => {
      (desk as { timezone: string }).timezone = 'UTC';
    }).toThrow(TypeError);
    expect(desk.timezone).toBe('America/Martinique');
  });
});
