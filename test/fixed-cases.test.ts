// Hand-checked cases of DESIGN §3–§5 (see also fixed-cases-dst and fixed-cases-inputs). Every
// expected value is a literal derived by hand in the comment next to it. Zones without DST here:
// America/Martinique is UTC-04:00 all year (local 08:00 = 12:00Z, 16:00 = 20:00Z); in November
// America/New_York is EST (-05:00), and in July Europe/Paris is CEST (+02:00).
// Calendar: 2026-07-13 Mon, 2026-07-14 Tue, 2026-11-20 Fri, 2026-11-23 Mon, 2026-11-25 Wed,
// 2026-11-27 Fri, 2026-11-28 Sat, 2026-11-30 Mon, 2026-12-01 Tue, 2026-12-06 Sun.
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  alwaysOpen,
  businessTimeBetween,
  defineSchedule,
  intersectSchedules,
  isOpen,
  nextOpen,
  type Schedule,
  type ScheduleConfig,
  subtractBusinessTime,
  unionSchedules,
} from '../src/index';
import { iso, spans } from './support/readable';

const MIN = 60_000;
const H = 60 * MIN;

const WORKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const weekdays = (range: string): ScheduleConfig['hours'] =>
  Object.fromEntries(WORKDAYS.map((day) => [day, [range]]));
const martinique = (extra: Partial<ScheduleConfig> = {}): Schedule =>
  defineSchedule({ timezone: 'America/Martinique', hours: weekdays('08:00-16:00'), ...extra });

describe('a ticket near closing (Martinique Mon-Fri 08:00-16:00)', () => {
  const desk = martinique({ holidays: ['2026-07-14', '2026-12-25'] });

  it('15:45 + 15 min -> 08:00 next business day; 14 min -> 15:59; 16 min -> 08:01', () => {
    // Wed 25 Nov 15:45 = 19:45Z; 15 min runs out at the 16:00 closing -> Thu 08:00 = 12:00Z
    expect(iso(addBusinessTime(desk, '2026-11-25T15:45:00-04:00', { minutes: 15 }))).toBe(
      '2026-11-26T12:00:00.000Z',
    );
    expect(iso(addBusinessTime(desk, '2026-11-25T15:45:00-04:00', { minutes: 14 }))).toBe(
      '2026-11-25T19:59:00.000Z',
    );
    expect(iso(addBusinessTime(desk, '2026-11-25T15:45:00-04:00', { minutes: 16 }))).toBe(
      '2026-11-26T12:01:00.000Z',
    );
  });

  it('on a Friday -> Monday 08:00; before a holiday -> the day after', () => {
    // Fri 27 Nov 15:45 + 15 min -> Mon 30 Nov 08:00 = 12:00Z
    expect(iso(addBusinessTime(desk, '2026-11-27T15:45:00-04:00', 'PT15M'))).toBe(
      '2026-11-30T12:00:00.000Z',
    );
    // Mon 13 Jul 15:45 + 15 min -> Tue 14 Jul is a holiday -> Wed 15 Jul 08:00 = 12:00Z
    expect(iso(addBusinessTime(desk, '2026-07-13T15:45:00-04:00', 'PT15M'))).toBe(
      '2026-07-15T12:00:00.000Z',
    );
    // Thu 24 Dec 15:45 + 15 min -> Fri 25 (holiday), weekend -> Mon 28 Dec 08:00 = 12:00Z
    expect(iso(addBusinessTime(desk, '2026-12-24T15:45:00-04:00', 'PT15M'))).toBe(
      '2026-12-28T12:00:00.000Z',
    );
  });
});

describe('business days (DESIGN §5, Martinique Mon-Fri 08:00-16:00)', () => {
  const desk = martinique({ holidays: ['2026-07-14'] });

  it('Saturday 10:00 + 1 -> Tuesday 08:00; Tuesday 10:00 + 1 -> Wednesday 10:00', () => {
    // Sat 28 Nov -> s0 = Mon 30 Nov 08:00; +1 open date = Tue 1 Dec 08:00 = 12:00Z
    expect(iso(addBusinessDays(desk, '2026-11-28T10:00:00-04:00', 1))).toBe(
      '2026-12-01T12:00:00.000Z',
    );
    // Tue 1 Dec 10:00 (open) -> Wed 2 Dec 10:00 = 14:00Z
    expect(iso(addBusinessDays(desk, '2026-12-01T10:00:00-04:00', 1))).toBe(
      '2026-12-02T14:00:00.000Z',
    );
    // Mon 13 Jul 10:00 + 1: Tue 14 Jul is a holiday -> Wed 15 Jul 10:00 = 14:00Z
    expect(iso(addBusinessDays(desk, '2026-07-13T10:00:00-04:00', 1))).toBe(
      '2026-07-15T14:00:00.000Z',
    );
  });

  it('n = 0 keeps an open instant and moves a closed one to the next opening', () => {
    expect(iso(addBusinessDays(desk, '2026-12-01T10:00:00-04:00', 0))).toBe(
      '2026-12-01T14:00:00.000Z',
    );
    // Sat 28 Nov 10:00 -> Mon 30 Nov 08:00 = 12:00Z
    expect(iso(addBusinessDays(desk, '2026-11-28T10:00:00-04:00', 0))).toBe(
      '2026-11-30T12:00:00.000Z',
    );
  });

  it('negative n mirrors: Saturday 10:00 - 1 -> Thursday 16:00; Tuesday 10:00 - 1 -> Monday 10:00', () => {
    // Sat 28 Nov -> previous closing Fri 27 Nov 16:00; one open date back = Thu 26 Nov 16:00 = 20:00Z
    expect(iso(addBusinessDays(desk, '2026-11-28T10:00:00-04:00', -1))).toBe(
      '2026-11-26T20:00:00.000Z',
    );
    // Tue 1 Dec 10:00 -> Mon 30 Nov 10:00 = 14:00Z
    expect(iso(addBusinessDays(desk, '2026-12-01T10:00:00-04:00', -1))).toBe(
      '2026-11-30T14:00:00.000Z',
    );
  });
});

describe('a schedule open one hour on Sundays (UTC 11:00-12:00)', () => {
  const s = defineSchedule({ timezone: 'UTC', hours: { sun: ['11:00-12:00'] } });

  it('90 minutes from a Monday end on the second Sunday at 11:30', () => {
    // Mon 30 Nov -> Sun 6 Dec 11:00-12:00 (60 min) -> Sun 13 Dec 11:00 + 30 min
    expect(iso(addBusinessTime(s, '2026-11-30T00:00:00Z', { minutes: 90 }))).toBe(
      '2026-12-13T11:30:00.000Z',
    );
  });

  it('four weeks hold 4 hours', () => {
    // Sundays 6, 13, 20, 27 Dec
    expect(businessTimeBetween(s, '2026-11-30T00:00:00Z', '2026-12-28T00:00:00Z')).toBe(4 * H);
  });
});

describe('overnight range 22:00-06:00 Mon-Fri (America/New_York, EST -05:00)', () => {
  const night = defineSchedule({ timezone: 'America/New_York', hours: weekdays('22:00-06:00') });

  it('Friday 22:00 to Saturday 06:00 is open; Saturday 22:00 and Monday 05:00 are closed', () => {
    expect(isOpen(night, '2026-11-20T22:00:00-05:00')).toBe(true); // Fri 22:00 = 21 Nov 03:00Z
    expect(isOpen(night, '2026-11-21T05:59:59.999-05:00')).toBe(true);
    expect(isOpen(night, '2026-11-21T06:00:00-05:00')).toBe(false);
    expect(isOpen(night, '2026-11-21T22:00:00-05:00')).toBe(false);
    expect(isOpen(night, '2026-11-23T05:00:00-05:00')).toBe(false); // there is no Sunday range
    // Sat 22:00 -> Mon 23 Nov 22:00 EST = 24 Nov 03:00Z
    expect(iso(nextOpen(night, '2026-11-21T22:00:00-05:00'))).toBe('2026-11-24T03:00:00.000Z');
  });

  it('a Monday holiday drops Monday 22:00-Tuesday 06:00 only', () => {
    const s = defineSchedule({
      timezone: 'America/New_York',
      hours: weekdays('22:00-06:00'),
      holidays: ['2026-11-23'],
    });
    // from Fri 20 Nov 12:00 EST (17:00Z) to Wed 25 Nov 12:00 EST (17:00Z):
    // Fri 22:00-Sat 06:00 = 21 Nov 03:00Z-11:00Z; (Mon night dropped); Tue 22:00-Wed 06:00 =
    // 25 Nov 03:00Z-11:00Z
    expect(spans(s, '2026-11-20T17:00:00Z', '2026-11-25T17:00:00Z')).toEqual([
      ['2026-11-21T03:00:00.000Z', '2026-11-21T11:00:00.000Z'],
      ['2026-11-25T03:00:00.000Z', '2026-11-25T11:00:00.000Z'],
    ]);
    // a Tuesday holiday keeps the early hours of Tuesday (Monday's range) and drops Tue 22:00
    const tue = defineSchedule({
      timezone: 'America/New_York',
      hours: weekdays('22:00-06:00'),
      holidays: ['2026-11-24'],
    });
    expect(isOpen(tue, '2026-11-24T05:00:00-05:00')).toBe(true);
    expect(isOpen(tue, '2026-11-24T23:00:00-05:00')).toBe(false);
  });
});

describe('overrides', () => {
  it('an override beats a holiday on the same date; [] closes a date', () => {
    const desk = martinique({
      holidays: ['2026-12-24'],
      overrides: { '2026-12-24': ['08:00-12:00'], '2026-12-23': [] },
    });
    // Thu 24 Dec 08:00-12:00 = 12:00Z-16:00Z
    expect(spans(desk, '2026-12-24T00:00:00-04:00', '2026-12-25T00:00:00-04:00')).toEqual([
      ['2026-12-24T12:00:00.000Z', '2026-12-24T16:00:00.000Z'],
    ]);
    // Wed 23 Dec closed
    expect(
      businessTimeBetween(desk, '2026-12-23T00:00:00-04:00', '2026-12-24T00:00:00-04:00'),
    ).toBe(0);
    expect(isOpen(desk, '2026-12-23T10:00:00-04:00')).toBe(false);
  });

  it("an override that touches or overlaps the previous date's overnight range yields the union", () => {
    // Fri 20 Nov 22:00 EST = 21 Nov 03:00Z; Sat 06:00 = 11:00Z; Sat 09:00 = 14:00Z; 08:00 = 13:00Z
    const touching = defineSchedule({
      timezone: 'America/New_York',
      hours: weekdays('22:00-06:00'),
      overrides: { '2026-11-21': ['06:00-09:00'] },
    });
    expect(spans(touching, '2026-11-20T12:00:00-05:00', '2026-11-21T12:00:00-05:00')).toEqual([
      ['2026-11-21T03:00:00.000Z', '2026-11-21T14:00:00.000Z'],
    ]);
    const overlapping = defineSchedule({
      timezone: 'America/New_York',
      hours: weekdays('22:00-06:00'),
      overrides: { '2026-11-21': ['04:00-08:00'] },
    });
    expect(spans(overlapping, '2026-11-20T12:00:00-05:00', '2026-11-21T12:00:00-05:00')).toEqual([
      ['2026-11-21T03:00:00.000Z', '2026-11-21T13:00:00.000Z'],
    ]);
    // Fri 22:00 to Sat 08:00 = 10 h (the 04:00-06:00 overlap is counted once)
    expect(
      businessTimeBetween(overlapping, '2026-11-20T12:00:00-05:00', '2026-11-21T12:00:00-05:00'),
    ).toBe(10 * H);
  });
});

describe('boundaries (Martinique Mon-Fri 08:00-16:00)', () => {
  const desk = martinique();

  it('add running out exactly at a closing gives the next opening', () => {
    // Wed 25 Nov 08:00 + 8 h = 16:00 closing -> Thu 26 Nov 08:00 = 12:00Z
    expect(iso(addBusinessTime(desk, '2026-11-25T08:00:00-04:00', 'PT8H'))).toBe(
      '2026-11-26T12:00:00.000Z',
    );
  });

  it('subtract running out exactly at an opening gives the previous closing', () => {
    // Thu 26 Nov 16:00 - 8 h = Thu 08:00 opening -> Wed 25 Nov 16:00 = 20:00Z
    expect(iso(subtractBusinessTime(desk, '2026-11-26T16:00:00-04:00', 'PT8H'))).toBe(
      '2026-11-25T20:00:00.000Z',
    );
  });

  it('d = 0: an open instant is itself; a closed one moves to the next opening / previous closing', () => {
    expect(iso(addBusinessTime(desk, '2026-11-25T10:00:00-04:00', 0))).toBe(
      '2026-11-25T14:00:00.000Z',
    );
    expect(iso(subtractBusinessTime(desk, '2026-11-25T10:00:00-04:00', 0))).toBe(
      '2026-11-25T14:00:00.000Z',
    );
    // Wed 18:00 -> Thu 08:00 = 12:00Z (add) / Wed 16:00 = 20:00Z (subtract)
    expect(iso(addBusinessTime(desk, '2026-11-25T18:00:00-04:00', 0))).toBe(
      '2026-11-26T12:00:00.000Z',
    );
    expect(iso(subtractBusinessTime(desk, '2026-11-25T18:00:00-04:00', 0))).toBe(
      '2026-11-25T20:00:00.000Z',
    );
  });

  it('businessTimeBetween is signed and never -0', () => {
    // Wed 12:00 -> Thu 12:00: 4 h + 4 h
    expect(
      businessTimeBetween(desk, '2026-11-26T12:00:00-04:00', '2026-11-25T12:00:00-04:00'),
    ).toBe(-8 * H);
    expect(
      businessTimeBetween(desk, '2026-11-25T12:00:00-04:00', '2026-11-26T12:00:00-04:00'),
    ).toBe(8 * H);
    // a closed span backwards (Sat 12:00 -> Sat 10:00) and an empty span
    const backwards = businessTimeBetween(
      desk,
      '2026-11-28T12:00:00-04:00',
      '2026-11-28T10:00:00-04:00',
    );
    expect(Object.is(backwards, 0)).toBe(true);
    const empty = businessTimeBetween(
      desk,
      '2026-11-25T10:00:00-04:00',
      '2026-11-25T10:00:00-04:00',
    );
    expect(Object.is(empty, 0)).toBe(true);
  });
});

describe('combined schedules (July: Paris CEST +02, Martinique -04)', () => {
  // Paris Mon-Fri 09:00-17:00 = 07:00Z-15:00Z, closed Tue 14 Jul;
  // Martinique Mon-Fri 08:00-16:00 = 12:00Z-20:00Z, closed Tue 21 Jul
  const paris = defineSchedule({
    timezone: 'Europe/Paris',
    hours: weekdays('09:00-17:00'),
    holidays: ['2026-07-14'],
  });
  const fortDeFrance = martinique({ holidays: ['2026-07-21'] });
  const sun = unionSchedules(paris, fortDeFrance);
  const both = intersectSchedules(paris, fortDeFrance);

  it('follow the sun: open 07:00Z-20:00Z as one interval, 12:00Z-20:00Z on the Paris holiday', () => {
    expect(spans(sun, '2026-07-13T00:00:00Z', '2026-07-15T00:00:00Z')).toEqual([
      ['2026-07-13T07:00:00.000Z', '2026-07-13T20:00:00.000Z'],
      ['2026-07-14T12:00:00.000Z', '2026-07-14T20:00:00.000Z'],
    ]);
    // Mon 13 + Tue 8 + Wed 13 + Thu 13 + Fri 13 = 60 h
    expect(businessTimeBetween(sun, '2026-07-13T00:00:00Z', '2026-07-18T00:00:00Z')).toBe(60 * H);
    // Tue 21 Jul (Martinique holiday): Paris only, 07:00Z-15:00Z
    expect(spans(sun, '2026-07-21T00:00:00Z', '2026-07-22T00:00:00Z')).toEqual([
      ['2026-07-21T07:00:00.000Z', '2026-07-21T15:00:00.000Z'],
    ]);
    // Mon 14:00Z + 10 h: 6 h to 20:00Z, then Tue from 12:00Z + 4 h = 16:00Z
    expect(iso(addBusinessTime(sun, '2026-07-13T14:00:00Z', 'PT10H'))).toBe(
      '2026-07-14T16:00:00.000Z',
    );
  });

  it('intersection: open 12:00Z-15:00Z when both are, closed on either holiday', () => {
    // Mon 3 + Tue 0 + Wed 3 + Thu 3 + Fri 3 = 12 h
    expect(businessTimeBetween(both, '2026-07-13T00:00:00Z', '2026-07-18T00:00:00Z')).toBe(12 * H);
    expect(iso(nextOpen(both, '2026-07-14T00:00:00Z'))).toBe('2026-07-15T12:00:00.000Z');
    expect(spans(both, '2026-07-20T00:00:00Z', '2026-07-23T00:00:00Z')).toEqual([
      ['2026-07-20T12:00:00.000Z', '2026-07-20T15:00:00.000Z'],
      ['2026-07-22T12:00:00.000Z', '2026-07-22T15:00:00.000Z'],
    ]);
  });

  it('alwaysOpen equals plain arithmetic, across a DST night too', () => {
    const all = alwaysOpen();
    expect(iso(addBusinessTime(all, '2026-03-29T00:30:00Z', 'PT2H'))).toBe(
      '2026-03-29T02:30:00.000Z',
    );
    expect(iso(subtractBusinessTime(all, '2026-03-29T00:30:00Z', 'PT2H'))).toBe(
      '2026-03-28T22:30:00.000Z',
    );
    expect(businessTimeBetween(all, '2026-03-28T00:00:00+01:00', '2026-03-30T00:00:00+02:00')).toBe(
      47 * H,
    );
    expect(iso(nextOpen(all, '2026-11-28T10:00:00Z'))).toBe('2026-11-28T10:00:00.000Z');
    expect(iso(addBusinessDays(all, '2026-11-28T10:00:00Z', 3))).toBe('2026-12-01T10:00:00.000Z');
    expect(isOpen(all, '2026-11-28T10:00:00Z')).toBe(true);
  });
});
