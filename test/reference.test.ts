// Checks the slow reference implementation (test/reference) against the independent worked cases of
// test/fixtures/engine.json, plus hand-checked cases of its own (DST rule, business days n < 0,
// composite schedules).
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  type RefSchedule,
  type RefWeeklyConfig,
  refAdd,
  refAddBusinessDays,
  refBetween,
  refIsOpen,
  refNextOpen,
  refOpenIntervals,
  refSubtract,
} from './reference/reference';
import { DAY, instantOf, MINUTE, offsetAt, wallOf } from './reference/zone';

const T = (iso: string): number => {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) throw new Error(`bad instant ${iso}`);
  return ms;
};
const iso = (ms: number): string => new Date(ms).toISOString();
const H = 60 * MINUTE;

describe('reference: local wall time -> instant (compatible rule)', () => {
  // [zone, wall reading, expected instant, what it is]
  const cases: [string, string, string, string][] = [
    ['Europe/Paris', '2026-03-29T02:30', '2026-03-29T01:30:00.000Z', 'gap: later by 1 h'],
    ['Europe/Paris', '2026-03-29T03:00', '2026-03-29T01:00:00.000Z', 'just after the gap'],
    ['Europe/Paris', '2026-10-25T02:30', '2026-10-25T00:30:00.000Z', 'ambiguous: earlier'],
    ['Europe/Paris', '2026-10-25T03:00', '2026-10-25T02:00:00.000Z', 'after the overlap'],
    ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30:00.000Z', 'gap: later by 1 h'],
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00.000Z', 'ambiguous: earlier'],
    ['Australia/Lord_Howe', '2026-10-04T02:15', '2026-10-03T15:45:00.000Z', 'gap: later by 30 min'],
    ['Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-04T14:45:00.000Z', 'ambiguous: earlier'],
    ['Australia/Lord_Howe', '2026-04-05T02:00', '2026-04-04T15:30:00.000Z', 'after the overlap'],
    ['Pacific/Apia', '2011-12-29T23:00', '2011-12-30T09:00:00.000Z', 'last hour before the skip'],
    ['Pacific/Apia', '2011-12-30T00:00', '2011-12-30T10:00:00.000Z', 'skipped day: later by 24 h'],
    ['Pacific/Apia', '2011-12-30T10:00', '2011-12-30T20:00:00.000Z', 'skipped day: later by 24 h'],
    ['Pacific/Apia', '2011-12-31T00:00', '2011-12-30T10:00:00.000Z', 'first real time after'],
    ['UTC', '2026-06-01T12:00', '2026-06-01T12:00:00.000Z', 'UTC'],
  ];
  it.each(cases)('%s %s -> %s (%s)', (zone, wall, expected) => {
    expect(iso(instantOf(zone, T(`${wall}Z`)))).toBe(expected);
  });

  it('00:00-24:00 lasts 23 h / 25 h on transition days, 0 h on the skipped Apia day', () => {
    const dayLength = (zone: string, date: string) => {
      const d = T(`${date}T00:00Z`);
      return instantOf(zone, d + DAY) - instantOf(zone, d);
    };
    expect(dayLength('Europe/Paris', '2026-03-29')).toBe(23 * H);
    expect(dayLength('Europe/Paris', '2026-10-25')).toBe(25 * H);
    expect(dayLength('America/New_York', '2026-03-08')).toBe(23 * H);
    expect(dayLength('America/New_York', '2026-11-01')).toBe(25 * H);
    expect(dayLength('Australia/Lord_Howe', '2026-10-04')).toBe(23.5 * H);
    expect(dayLength('Australia/Lord_Howe', '2026-04-05')).toBe(24.5 * H);
    expect(dayLength('Pacific/Apia', '2011-12-29')).toBe(24 * H);
    expect(dayLength('Pacific/Apia', '2011-12-30')).toBe(0);
    expect(dayLength('Pacific/Apia', '2011-12-31')).toBe(24 * H);
  });

  it('sweeps transition days: round-trips, earliest when ambiguous, agrees with luxon elsewhere', () => {
    const days: [string, string][] = [
      ['Europe/Paris', '2026-03-29'],
      ['Europe/Paris', '2026-10-25'],
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      ['Australia/Lord_Howe', '2026-10-04'],
      ['Australia/Lord_Howe', '2026-04-05'],
      ['Pacific/Apia', '2011-12-29'],
      ['Pacific/Apia', '2011-12-30'],
      ['Pacific/Apia', '2011-12-31'],
    ];
    for (const [zone, date] of days) {
      for (let wall = T(`${date}T00:00Z`); wall < T(`${date}T00:00Z`) + DAY; wall += 15 * MINUTE) {
        const t = instantOf(zone, wall);
        const shown = wallOf(zone, t);
        // Either it shows the wall time, or the wall time was in a gap and moved later.
        expect(shown).toBeGreaterThanOrEqual(wall);
        if (shown !== wall) {
          // In a gap: find the transition before t; the wall time is read with the offset in
          // force before it (so it moves later by the gap's length), and the gap covers it.
          let tr = t;
          while (offsetAt(zone, tr - 15 * MINUTE) === offsetAt(zone, t)) tr -= 15 * MINUTE;
          const before = offsetAt(zone, tr - 1);
          expect(t).toBe(wall - before);
          expect(wallOf(zone, tr - 1)).toBeLessThan(wall);
          expect(wallOf(zone, tr)).toBeGreaterThan(wall);
        }
        // No earlier instant shows the same wall time (earliest occurrence wins).
        for (let back = 15 * MINUTE; back <= 2 * H; back += 15 * MINUTE) {
          expect(wallOf(zone, t - back)).not.toBe(wall);
        }
        const ambiguous = [30, 60].some((m) => wallOf(zone, t + m * MINUTE) === wall);
        const lux = DateTime.fromMillis(wall, { zone: 'UTC' }).setZone(zone, {
          keepLocalTime: true,
        });
        if (!ambiguous) expect(iso(t)).toBe(iso(lux.toMillis()));
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// engine.json
interface EngineCase {
  schedule: string;
  fn: string;
  at?: string;
  from?: string;
  to?: string;
  start?: string;
  end?: string;
  duration?: number;
  n?: number;
  expected: unknown;
}
interface Engine {
  schedules: Record<string, RefWeeklyConfig>;
  unions: Record<string, string[]>;
  cases: EngineCase[];
}
const engine = JSON.parse(
  readFileSync(new URL('./fixtures/engine.json', import.meta.url), 'utf8'),
) as Engine;

function scheduleNamed(name: string): RefSchedule {
  const config = engine.schedules[name];
  if (config !== undefined) return { kind: 'weekly', config };
  const members = engine.unions[name];
  if (members !== undefined) return { kind: 'union', members: members.map(scheduleNamed) };
  throw new Error(`unknown schedule ${name}`);
}

function need<V>(v: V | undefined, what: string): V {
  if (v === undefined) throw new Error(`case lacks ${what}`);
  return v;
}

function run(c: EngineCase): unknown {
  const s = scheduleNamed(c.schedule);
  switch (c.fn) {
    case 'isOpen':
      return refIsOpen(s, T(need(c.at, 'at')));
    case 'nextOpen':
      return iso(refNextOpen(s, T(need(c.at, 'at'))));
    case 'openIntervals':
      return refOpenIntervals(s, T(need(c.from, 'from')), T(need(c.to, 'to'))).map(([a, b]) => ({
        start: iso(a),
        end: iso(b),
      }));
    case 'businessTimeBetween':
      return refBetween(s, T(need(c.from, 'from')), T(need(c.to, 'to')));
    case 'addBusinessTime':
      return iso(refAdd(s, T(need(c.start, 'start')), need(c.duration, 'duration')));
    case 'subtractBusinessTime':
      return iso(refSubtract(s, T(need(c.end, 'end')), need(c.duration, 'duration')));
    case 'addBusinessDays':
      return iso(refAddBusinessDays(s, T(need(c.start, 'start')), need(c.n, 'n')));
    default:
      throw new Error(`unknown fn ${c.fn}`);
  }
}

describe('reference vs engine.json', () => {
  it('has the expected number of cases', () => {
    expect(engine.cases.length).toBe(3122);
  });
  it.each(engine.cases.map((c, i) => [i, c] as const))('case %i', (_i, c) => {
    expect(run(c)).toEqual(c.expected);
  });
  it('satisfies between(start, add(start, d)) = d and between(subtract(end, d), end) = d', () => {
    for (const c of engine.cases) {
      const s = scheduleNamed(c.schedule);
      const d = c.duration ?? 0;
      if (c.fn === 'addBusinessTime') {
        const start = T(need(c.start, 'start'));
        expect(refBetween(s, start, refAdd(s, start, d))).toBe(d);
      }
      if (c.fn === 'subtractBusinessTime') {
        const end = T(need(c.end, 'end'));
        expect(refBetween(s, refSubtract(s, end, d), end)).toBe(d);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-checked business days (engine.json has no n < 0 and no composite cases).
const weekdays = (ranges: string[]): RefWeeklyConfig['hours'] => ({
  mon: ranges,
  tue: ranges,
  wed: ranges,
  thu: ranges,
  fri: ranges,
});
const officeUtc: RefSchedule = {
  kind: 'weekly',
  config: { timezone: 'UTC', hours: weekdays(['08:00-16:00']) },
};
// 2026-06-08 is a Monday.
const at = (date: string, time: string) => T(`2026-06-${date}T${time}:00.000Z`);

describe('reference business days, hand-checked', () => {
  const cases: [string, RefSchedule, number, number, number][] = [
    ['Tue 10:00 + 1 = Wed 10:00', officeUtc, at('09', '10:00'), 1, at('10', '10:00')],
    ['Sat 10:00 + 1 = Tue 08:00', officeUtc, at('13', '10:00'), 1, at('16', '08:00')],
    ['Sat 10:00 + 0 = Mon 08:00', officeUtc, at('13', '10:00'), 0, at('15', '08:00')],
    ['Fri 16:00 + 1 = Tue 08:00', officeUtc, at('12', '16:00'), 1, at('16', '08:00')],
    ['Sat 10:00 - 1 = Thu 16:00', officeUtc, at('13', '10:00'), -1, at('11', '16:00')],
    ['Tue 10:00 - 1 = Mon 10:00', officeUtc, at('09', '10:00'), -1, at('08', '10:00')],
    ['Mon 10:00 - 2 = Thu 10:00', officeUtc, at('15', '10:00'), -2, at('11', '10:00')],
    ['Wed 16:00 - 1 = Tue 16:00', officeUtc, at('10', '16:00'), -1, at('09', '16:00')],
    ['Tue 08:00 - 1 = Fri 16:00', officeUtc, at('16', '08:00'), -1, at('12', '16:00')],
    ['Mon 07:00 - 1 = Thu 16:00', officeUtc, at('15', '07:00'), -1, at('11', '16:00')],
    [
      'Tue 08:00:00.001 - 1 = Mon 08:00:00.001',
      officeUtc,
      at('16', '08:00') + 1,
      -1,
      at('15', '08:00') + 1,
    ],
  ];
  it.each(cases)('%s', (_name, s, start, n, expected) => {
    expect(iso(refAddBusinessDays(s, start, n))).toBe(iso(expected));
  });

  // Tokyo Saturday 09:00-12:00 = Saturday 00:00-03:00 UTC.
  const tokyoSaturday: RefSchedule = {
    kind: 'weekly',
    config: { timezone: 'Asia/Tokyo', hours: { sat: ['09:00-12:00'] } },
  };
  const withSaturday: RefSchedule = { kind: 'union', members: [officeUtc, tokyoSaturday] };
  // Wednesday 2026-06-10 is a holiday in UTC but New York is open 09:00-10:00 (13:00-14:00 UTC).
  const officeWithHoliday: RefSchedule = {
    kind: 'weekly',
    config: { timezone: 'UTC', hours: weekdays(['08:00-16:00']), holidays: ['2026-06-10'] },
  };
  const newYorkWednesday: RefSchedule = {
    kind: 'weekly',
    config: { timezone: 'America/New_York', hours: { wed: ['09:00-10:00'] } },
  };
  const coverHoliday: RefSchedule = {
    kind: 'union',
    members: [officeWithHoliday, newYorkWednesday],
  };
  const monWedFri: RefSchedule = {
    kind: 'weekly',
    config: {
      timezone: 'UTC',
      hours: { mon: ['00:00-24:00'], wed: ['00:00-24:00'], fri: ['00:00-24:00'] },
    },
  };
  const both: RefSchedule = { kind: 'intersection', members: [officeUtc, monWedFri] };
  // Tokyo Mon-Fri 09:00-17:00 (00:00-08:00 UTC) with the UTC office: open 00:00-16:00 UTC.
  const tokyoOffice: RefSchedule = {
    kind: 'weekly',
    config: { timezone: 'Asia/Tokyo', hours: weekdays(['09:00-17:00']) },
  };
  const tokyoFirst: RefSchedule = { kind: 'union', members: [tokyoOffice, officeUtc] };
  const utcFirst: RefSchedule = { kind: 'union', members: [officeUtc, tokyoOffice] };
  const composite: [string, RefSchedule, number, number, number][] = [
    [
      'union: Fri 10:00 + 1 = (Sat 10:00 closed) Mon 08:00',
      withSaturday,
      at('12', '10:00'),
      1,
      at('15', '08:00'),
    ],
    ['union: Fri 10:00 + 2 = Mon 10:00', withSaturday, at('12', '10:00'), 2, at('15', '10:00')],
    [
      'union: Mon 10:00 - 1 = (Sat 10:00 closed) Sat 03:00',
      withSaturday,
      at('15', '10:00'),
      -1,
      at('13', '03:00'),
    ],
    [
      'union: Tue 10:00 + 1 = (Wed 10:00 closed) Wed 13:00',
      coverHoliday,
      at('09', '10:00'),
      1,
      at('10', '13:00'),
    ],
    ['union: Tue 10:00 + 2 = Thu 10:00', coverHoliday, at('09', '10:00'), 2, at('11', '10:00')],
    [
      'union: Thu 10:00 - 1 = (Wed 10:00 closed) Tue 16:00',
      coverHoliday,
      at('11', '10:00'),
      -1,
      at('09', '16:00'),
    ],
    ['intersection: Mon 10:00 + 1 = Wed 10:00', both, at('08', '10:00'), 1, at('10', '10:00')],
    ['intersection: Fri 10:00 - 2 = Mon 10:00', both, at('12', '10:00'), -2, at('08', '10:00')],
    // Business days are counted in the first member's zone. Fri 15:00 UTC is Sat 00:00 in Tokyo:
    // + 1 open date = Mon 00:00 Tokyo = Sun 15:00 UTC (closed) -> next opening Mon 00:00 UTC.
    [
      'union, Tokyo first: Fri 15:00 + 1 = Mon 00:00',
      tokyoFirst,
      at('12', '15:00'),
      1,
      at('15', '00:00'),
    ],
    [
      'union, UTC first: Fri 15:00 + 1 = Mon 15:00',
      utcFirst,
      at('12', '15:00'),
      1,
      at('15', '15:00'),
    ],
    // Mon 00:00 UTC (open time just before: none; previous closing Fri 16:00 UTC = Sat 01:00 Tokyo,
    // 1 ms earlier is Sat 00:59:59.999 Tokyo) - 1 = Fri 01:00 Tokyo = Thu 16:00 UTC.
    [
      'union, Tokyo first: Mon 00:00 - 1 = Thu 16:00',
      tokyoFirst,
      at('15', '00:00'),
      -1,
      at('11', '16:00'),
    ],
    ['always: + 3 days is 72 h', { kind: 'always' }, at('08', '10:30'), 3, at('11', '10:30')],
    ['always: - 3 days is 72 h', { kind: 'always' }, at('08', '10:30'), -3, at('05', '10:30')],
  ];
  it.each(composite)('%s', (_name, s, start, n, expected) => {
    expect(iso(refAddBusinessDays(s, start, n))).toBe(iso(expected));
  });
});

describe('reference arithmetic, hand-checked', () => {
  it('add/subtract boundaries on Mon-Fri 08:00-16:00 UTC', () => {
    expect(iso(refAdd(officeUtc, at('12', '15:00'), H))).toBe(iso(at('15', '08:00')));
    expect(iso(refAdd(officeUtc, at('12', '15:00'), H + 1))).toBe(iso(at('15', '08:00') + 1));
    expect(iso(refSubtract(officeUtc, at('15', '09:00'), H))).toBe(iso(at('12', '16:00')));
    expect(iso(refSubtract(officeUtc, at('13', '12:00'), 0))).toBe(iso(at('12', '16:00')));
    expect(iso(refAdd(officeUtc, at('13', '12:00'), 0))).toBe(iso(at('15', '08:00')));
    expect(refBetween(officeUtc, at('12', '15:00'), at('15', '09:00'))).toBe(2 * H);
    expect(refBetween(officeUtc, at('15', '09:00'), at('12', '15:00'))).toBe(-2 * H);
    expect(iso(refAdd(officeUtc, at('15', '09:00'), -2 * H))).toBe(iso(at('12', '15:00')));
  });
  it('between over two years', () => {
    // 2025-01-01 .. 2027-01-01: 522 weekdays of 8 h.
    expect(refBetween(officeUtc, T('2025-01-01T00:00Z'), T('2027-01-01T00:00Z'))).toBe(522 * 8 * H);
  });
  it('intersection and union of overlapping hours', () => {
    const late: RefSchedule = {
      kind: 'weekly',
      config: { timezone: 'UTC', hours: weekdays(['12:00-20:00']) },
    };
    const from = at('08', '00:00');
    const to = at('09', '00:00');
    const inter: RefSchedule = { kind: 'intersection', members: [officeUtc, late] };
    const uni: RefSchedule = { kind: 'union', members: [officeUtc, late] };
    expect(refOpenIntervals(inter, from, to)).toEqual([[at('08', '12:00'), at('08', '16:00')]]);
    expect(refOpenIntervals(uni, from, to)).toEqual([[at('08', '08:00'), at('08', '20:00')]]);
    expect(refIsOpen(inter, at('08', '11:59'))).toBe(false);
    expect(refIsOpen(uni, at('08', '19:59'))).toBe(true);
  });
  it('an overnight range and the next date override join into one interval', () => {
    const s: RefSchedule = {
      kind: 'weekly',
      config: {
        timezone: 'UTC',
        hours: { mon: ['22:00-06:00'] },
        overrides: { '2026-06-09': ['04:00-10:00'] },
      },
    };
    expect(refOpenIntervals(s, at('08', '00:00'), at('10', '00:00'))).toEqual([
      [at('08', '22:00'), at('09', '10:00')],
    ]);
  });
  it('holiday drops ranges starting that day; an override wins over a holiday', () => {
    const s: RefSchedule = {
      kind: 'weekly',
      config: {
        timezone: 'UTC',
        hours: { mon: ['22:00-06:00'], tue: ['22:00-06:00'] },
        holidays: ['2026-06-09', '2026-06-08'],
        overrides: { '2026-06-08': ['10:00-11:00'] },
      },
    };
    expect(refOpenIntervals(s, at('08', '00:00'), at('11', '00:00'))).toEqual([
      [at('08', '10:00'), at('08', '11:00')],
    ]);
  });
});
