// DESIGN §9: every refusal is a SlaError with a stable code, a path and the offending value, and
// its message names both; no input, however malformed, causes a hang, a TypeError/RangeError from
// inside the library, or a silent NaN.
import fc from 'fast-check';
import { DateTime, Duration } from 'luxon';
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
  openIntervals,
  type Schedule,
  type ScheduleConfig,
  SlaError,
  type SlaErrorCode,
  subtractBusinessTime,
  unionSchedules,
} from '../src/index';
import { refusal } from './support/refusal';

const NUM_RUNS = Number.parseInt(process.env.FC_NUM_RUNS ?? '', 10) || 1000;
const H = 3_600_000;

/** The codes that schedules and business-time arithmetic may throw (a subset of SlaErrorCode). */
const CODES = new Set<string>([
  'invalid_instant',
  'invalid_duration',
  'invalid_argument',
  'invalid_schedule',
  'unknown_timezone',
  'invalid_range',
  'empty_range',
  'overlapping_ranges',
  'invalid_date',
  'invalid_calendar',
  'no_open_time',
  'out_of_range',
] satisfies SlaErrorCode[]);

/**
 * Checks code, path and value (`toBe`: same reference, NaN equals NaN), and that the message
 * contains the path and `shown` (by default the value's text).
 */
function expectRefusal(
  call: () => unknown,
  code: SlaErrorCode,
  path: string,
  value: unknown,
  shown: string | RegExp = String(value),
): SlaError {
  const error = refusal(call);
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe('SlaError');
  expect(error.code).toBe(code);
  expect(error.path).toBe(path);
  if (typeof value === 'object' && value !== null) expect(error.value).toEqual(value);
  else expect(error.value).toBe(value);
  expect(error.message).toContain(path);
  if (typeof shown === 'string') expect(error.message).toContain(shown);
  else expect(error.message).toMatch(shown);
  return error;
}

const weekdayHours = (range: string): ScheduleConfig['hours'] => ({
  mon: [range],
  tue: [range],
  wed: [range],
  thu: [range],
  fri: [range],
});
const desk = defineSchedule({ timezone: 'America/Martinique', hours: weekdayHours('08:00-16:00') });
const define = (config: unknown) => () => defineSchedule(config as ScheduleConfig);

describe('configuration refusals', () => {
  it('unknown time zone', () => {
    expectRefusal(
      define({ timezone: 'Mars/Olympus', hours: {} }),
      'unknown_timezone',
      'timezone',
      'Mars/Olympus',
    );
    expectRefusal(
      define({ timezone: 'Europe/Pariss', hours: {} }),
      'unknown_timezone',
      'timezone',
      'Europe/Pariss',
    );
    expectRefusal(define({ timezone: '', hours: {} }), 'unknown_timezone', 'timezone', '', '""');
  });

  it('malformed ranges name their index', () => {
    const bad: [string, string][] = [
      ['mon', '13:00-1700'],
      ['tue', '8:00-16:00'],
      ['wed', '25:00-26:00'],
      ['thu', '08:60-09:00'],
      ['fri', '24:00-08:00'], // 24:00 is an end only
      ['sat', '08:00-24:01'],
      ['sun', '08:00–16:00'], // en dash
    ];
    for (const [day, range] of bad) {
      expectRefusal(
        define({ timezone: 'UTC', hours: { [day]: ['06:00-07:00', range] } }),
        'invalid_range',
        `hours.${day}[1]`,
        range,
      );
    }
    expectRefusal(
      define({ timezone: 'UTC', hours: {}, overrides: { '2026-12-24': ['8-12'] } }),
      'invalid_range',
      'overrides.2026-12-24[0]',
      '8-12',
    );
  });

  it('an empty range is refused; 00:00-24:00 and touching ranges are fine', () => {
    expectRefusal(
      define({ timezone: 'UTC', hours: { tue: ['08:00-08:00'] } }),
      'empty_range',
      'hours.tue[0]',
      '08:00-08:00',
    );
    expectRefusal(
      define({ timezone: 'UTC', hours: { sun: ['00:00-00:00'] } }),
      'empty_range',
      'hours.sun[0]',
      '00:00-00:00',
    );
    expect(() =>
      defineSchedule({
        timezone: 'UTC',
        hours: { mon: ['00:00-24:00'], tue: ['08:00-12:00', '12:00-16:00'] },
      }),
    ).not.toThrow();
  });

  it('overlapping ranges of one date', () => {
    expectRefusal(
      define({ timezone: 'UTC', hours: { mon: ['08:00-12:00', '11:00-14:00'] } }),
      'overlapping_ranges',
      'hours.mon[1]',
      '11:00-14:00',
    );
    expectRefusal(
      define({ timezone: 'UTC', hours: { fri: ['20:00-02:00', '22:00-23:00'] } }),
      'overlapping_ranges',
      'hours.fri[1]',
      '22:00-23:00',
    );
    expectRefusal(
      define({
        timezone: 'UTC',
        hours: {},
        overrides: { '2026-12-24': ['08:00-12:00', '09:00-10:00'] },
      }),
      'overlapping_ranges',
      'overrides.2026-12-24[1]',
      '09:00-10:00',
    );
  });

  it('impossible dates in holidays and overrides', () => {
    expectRefusal(
      define({ timezone: 'UTC', hours: {}, holidays: ['2026-02-30'] }),
      'invalid_date',
      'holidays[0]',
      '2026-02-30',
    );
    expectRefusal(
      define({ timezone: 'UTC', hours: {}, holidays: ['2026-01-01', '2025-02-29'] }),
      'invalid_date',
      'holidays[1]',
      '2025-02-29',
    );
    expectRefusal(
      define({ timezone: 'UTC', hours: {}, holidays: ['2026-1-1'] }),
      'invalid_date',
      'holidays[0]',
      '2026-1-1',
    );
    expectRefusal(
      define({ timezone: 'UTC', hours: {}, overrides: { '2026-02-30': [] } }),
      'invalid_date',
      'overrides.2026-02-30',
      '2026-02-30',
    );
    expect(() =>
      defineSchedule({ timezone: 'UTC', hours: {}, holidays: ['2024-02-29'] }),
    ).not.toThrow();
  });

  it('unknown keys and wrong types name the key', () => {
    expectRefusal(
      define({ timezone: 'UTC', hours: {}, holiday: [] }),
      'invalid_schedule',
      'holiday',
      [],
      'holiday',
    );
    expectRefusal(
      define({ timezone: 'UTC', hours: { monday: ['08:00-16:00'] } }),
      'invalid_schedule',
      'hours.monday',
      ['08:00-16:00'],
      'hours.monday',
    );
    expectRefusal(define({ timezone: 42, hours: {} }), 'invalid_schedule', 'timezone', 42);
    expectRefusal(
      define({ timezone: 'UTC', hours: { mon: '08:00-16:00' } }),
      'invalid_schedule',
      'hours.mon',
      '08:00-16:00',
    );
    expectRefusal(
      define({ timezone: 'UTC', hours: { mon: [8] } }),
      'invalid_schedule',
      'hours.mon[0]',
      8,
    );
    expectRefusal(define({ timezone: 'UTC' }), 'invalid_schedule', 'hours', undefined, 'hours');
    expectRefusal(
      define({ timezone: 'UTC', hours: {}, holidays: 42 }),
      'invalid_schedule',
      'holidays',
      42,
    );
    expectRefusal(
      define({ timezone: 'UTC', hours: {}, overrides: { '2026-12-24': '08:00-12:00' } }),
      'invalid_schedule',
      'overrides.2026-12-24',
      '08:00-12:00',
    );
    const error = refusal(define(null));
    expect(error.code).toBe('invalid_schedule');
    expect(error.path.length).toBeGreaterThan(0);
  });

  it('an unknown holiday calendar code', () => {
    expectRefusal(
      define({ timezone: 'UTC', hours: {}, holidays: 'XX-NOPE' }),
      'invalid_calendar',
      'holidays',
      'XX-NOPE',
    );
    expectRefusal(
      define({ timezone: 'UTC', hours: {}, holidays: '' }),
      'invalid_calendar',
      'holidays',
      '',
      '""',
    );
  });

  it('a plain object, or nothing, where a schedule is expected', () => {
    const plain = { timezone: 'UTC', hours: {} };
    expectRefusal(
      () => isOpen(plain as unknown as Schedule, 0),
      'invalid_schedule',
      'schedule',
      plain,
      'timezone',
    );
    expectRefusal(
      () => nextOpen(undefined as unknown as Schedule, 0),
      'invalid_schedule',
      'schedule',
      undefined,
    );
    expectRefusal(() => unionSchedules(), 'invalid_schedule', 'schedules', []);
    expectRefusal(() => intersectSchedules(), 'invalid_schedule', 'schedules', []);
    expectRefusal(
      () => unionSchedules(desk, plain as unknown as Schedule),
      'invalid_schedule',
      'schedules[1]',
      plain,
      'timezone',
    );
  });
});

describe('argument refusals', () => {
  const t = '2026-11-25T10:00:00-04:00';

  it('instants', () => {
    const invalidLuxon = DateTime.invalid('test');
    const bad: [unknown, string | RegExp][] = [
      ['2026-01-01T10:00', '2026-01-01T10:00'],
      ['2026-01-01', '2026-01-01'],
      ['2026-02-30T10:00:00Z', '2026-02-30T10:00:00Z'],
      ['2026-01-01T24:00:00Z', '2026-01-01T24:00:00Z'],
      // a non-digit in the year's last two places once read as 1999
      ['20xx-01-01T10:00:00Z', '20xx-01-01T10:00:00Z'],
      ['2026-01-01T1x:00:00Z', '2026-01-01T1x:00:00Z'],
      ['tomorrow', 'tomorrow'],
      [new Date(Number.NaN), 'Invalid Date'],
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [1.5, '1.5'],
      [8.64e15 + 1, '8640000000000001'],
      [null, 'null'],
      [{}, '{}'],
      [{ epochMilliseconds: '0' }, 'epochMilliseconds'],
      [invalidLuxon, /\(got (?!null\)).*invalid/i],
    ];
    for (const [value, shown] of bad) {
      expectRefusal(() => isOpen(desk, value as never), 'invalid_instant', 'at', value, shown);
    }
    // each function names its own argument
    expectRefusal(() => nextOpen(desk, 'x'), 'invalid_instant', 'at', 'x');
    expectRefusal(() => businessTimeBetween(desk, 'x', t), 'invalid_instant', 'from', 'x');
    expectRefusal(() => businessTimeBetween(desk, t, 'x'), 'invalid_instant', 'to', 'x');
    expectRefusal(() => openIntervals(desk, t, 'x'), 'invalid_instant', 'to', 'x');
    expectRefusal(() => addBusinessTime(desk, 'x', 0), 'invalid_instant', 'start', 'x');
    expectRefusal(() => subtractBusinessTime(desk, 'x', 0), 'invalid_instant', 'end', 'x');
    expectRefusal(() => addBusinessDays(desk, 'x', 1), 'invalid_instant', 'start', 'x');
  });

  it('durations', () => {
    const bad: [unknown, string | RegExp][] = [
      ['P1D', 'P1D'],
      ['PT', 'PT'],
      ['P', '"P"'],
      ['-P1D', '-P1D'],
      ['PT1H30', 'PT1H30'],
      ['1h', '1h'],
      ['PT0.0001S', 'PT0.0001S'],
      [{ days: 1 }, 'days'],
      [{ weeks: 1, hours: 1 }, 'weeks'],
      [{ hours: Number.NaN }, 'NaN'],
      [{ hours: '1' }, 'hours'],
      [{ fortnights: 1 }, 'fortnights'],
      [0.5, '0.5'],
      [Number.NaN, 'NaN'],
      [Number.NEGATIVE_INFINITY, 'Infinity'],
      [null, 'null'],
      [true, 'true'],
      [Duration.fromObject({ days: 1 }), 'P1D'],
      [Duration.invalid('test'), /\(got (?!null\)).*invalid/i],
    ];
    for (const [value, shown] of bad) {
      expectRefusal(
        () => addBusinessTime(desk, t, value as never),
        'invalid_duration',
        'duration',
        value,
        shown,
      );
      expectRefusal(
        () => subtractBusinessTime(desk, t, value as never),
        'invalid_duration',
        'duration',
        value,
        shown,
      );
    }
  });

  it('values that are no duration at all are not read as 0 ms', () => {
    // An array, a Date or a Map has no unit keys: reading it as an empty object makes 0 ms.
    for (const value of [[], [1, 2], new Date(0), new Map([['hours', 1]])]) {
      expectRefusal(
        () => addBusinessTime(desk, t, value as never),
        'invalid_duration',
        'duration',
        value,
        'duration',
      );
    }
  });

  it('objects that claim to be luxon values but hand back a Symbol', () => {
    // shaped like luxon values (brand flags and the properties luxon objects carry)
    const fakeDateTime = {
      isLuxonDateTime: true,
      zoneName: 'UTC',
      isValid: true,
      toMillis: () => Symbol('x'),
    };
    expectRefusal(
      () => isOpen(desk, fakeDateTime as never),
      'invalid_instant',
      'at',
      fakeDateTime,
      'at',
    );
    const fakeDuration = {
      isLuxonDuration: true,
      years: 0,
      days: 0,
      isValid: true,
      toMillis: () => Symbol('x'),
    };
    expectRefusal(
      () => addBusinessTime(desk, t, fakeDuration as never),
      'invalid_duration',
      'duration',
      fakeDuration,
      'duration',
    );
  });

  it('business-day counts and interval order', () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, -0.5, 100_001, -100_001]) {
      expectRefusal(() => addBusinessDays(desk, t, n), 'invalid_argument', 'n', n);
    }
    expectRefusal(() => addBusinessDays(desk, t, '1' as never), 'invalid_argument', 'n', '1');
    expectRefusal(
      () => openIntervals(desk, '2026-11-26T00:00:00Z', '2026-11-25T00:00:00Z'),
      'invalid_argument',
      'to',
      '2026-11-25T00:00:00Z',
    );
    expect(openIntervals(desk, t, t)).toEqual([]);
  });
});

describe('schedules without open time', () => {
  const closed = defineSchedule({ timezone: 'UTC', hours: {} });
  const t = '2026-11-25T10:00:00Z';

  const quickly = (call: () => unknown): SlaError => {
    const started = performance.now();
    const error = refusal(call);
    expect(performance.now() - started).toBeLessThan(2000);
    return error;
  };

  it('arithmetic throws no_open_time quickly; isOpen is false and between is 0', () => {
    expect(quickly(() => nextOpen(closed, t)).code).toBe('no_open_time');
    expect(quickly(() => nextOpen(closed, t)).path).toBe('at');
    expect(quickly(() => addBusinessTime(closed, t, 0)).code).toBe('no_open_time');
    expect(quickly(() => addBusinessTime(closed, t, 'PT1H')).code).toBe('no_open_time');
    // 1e300 ms is also beyond the range of Date: either refusal is right
    expect(['no_open_time', 'out_of_range']).toContain(
      quickly(() => addBusinessTime(closed, t, 1e300)).code,
    );
    expect(quickly(() => subtractBusinessTime(closed, t, 'PT1H')).code).toBe('no_open_time');
    expect(quickly(() => addBusinessDays(closed, t, 1)).code).toBe('no_open_time');
    expect(quickly(() => addBusinessDays(closed, t, 0)).code).toBe('no_open_time');
    expect(quickly(() => addBusinessDays(closed, t, -1)).code).toBe('no_open_time');
    expect(isOpen(closed, t)).toBe(false);
    expect(businessTimeBetween(closed, '1950-01-01T00:00:00Z', '2100-01-01T00:00:00Z')).toBe(0);
    expect(openIntervals(closed, '2000-01-01T00:00:00Z', '2030-01-01T00:00:00Z')).toEqual([]);
  });

  it('a schedule open on one override date only', () => {
    const once = defineSchedule({
      timezone: 'UTC',
      hours: {},
      overrides: { '2026-06-01': ['09:00-10:00'] },
    });
    expect(quickly(() => nextOpen(once, '2046-06-01T00:00:00Z')).code).toBe('no_open_time');
    expect(quickly(() => addBusinessDays(once, '2026-06-01T09:30:00Z', 1)).code).toBe(
      'no_open_time',
    );
    expect(nextOpen(once, '2000-01-01T00:00:00Z').toISOString()).toBe('2026-06-01T09:00:00.000Z');
    expect(addBusinessDays(once, '2000-01-01T00:00:00Z', 0).toISOString()).toBe(
      '2026-06-01T09:00:00.000Z',
    );
    // 30 min back from 2046: the 09:00-10:00 hour of 2026 is 20 years back
    expect(subtractBusinessTime(once, '2046-06-01T00:00:00Z', 'PT30M').toISOString()).toBe(
      '2026-06-01T09:30:00.000Z',
    );
  });
});

describe('huge spans and amounts', () => {
  /** The call's result, or the SlaError it threw; fails if it took `ms` or more. */
  const within = (ms: number, call: () => unknown): unknown => {
    const started = performance.now();
    let result: unknown;
    try {
      result = call();
    } catch (error) {
      if (!(error instanceof SlaError)) throw error;
      result = error;
    }
    expect(performance.now() - started).toBeLessThan(ms);
    return result;
  };

  it('an amount that must leave the range of Date is refused at once', () => {
    // add(start, d) >= start + d because between(a, b) <= b - a, so 1e300 ms from any instant is
    // out of range without walking the timeline to the end of Date's range.
    for (const call of [
      () => addBusinessTime(desk, '2026-01-01T00:00:00Z', 1e300),
      () => addBusinessTime(desk, '+270000-01-01T00:00:00Z', 1e300),
      () => subtractBusinessTime(desk, '2026-01-01T00:00:00Z', 1e300),
      () => addBusinessTime(desk, '2026-01-01T00:00:00Z', -1e300),
      () => subtractBusinessTime(alwaysOpen(), '-265000-01-01T00:00:00Z', 'PT1000000000000H'),
    ]) {
      const result = within(1000, call);
      expect(result).toBeInstanceOf(SlaError);
      expect((result as SlaError).code).toBe('out_of_range');
    }
  });

  it('spans across the whole range of Date answer or refuse without hanging', () => {
    // a hang detector, not a benchmark: minutes would fail it, a few seconds of work would not
    const calls = [
      () => businessTimeBetween(desk, -8.64e15, 8.64e15),
      () => businessTimeBetween(desk, 8.64e15, -8.64e15),
      () => openIntervals(desk, -8.64e15, 8.64e15),
      () => addBusinessTime(desk, -8.64e15, 8.64e15),
      () =>
        addBusinessTime(
          defineSchedule({ timezone: 'UTC', hours: { sun: ['11:00-12:00'] } }),
          0,
          'PT100000000H',
        ),
    ];
    for (const call of calls) {
      const result = within(10_000, call);
      if (result instanceof SlaError) expect(result.code).toBe('out_of_range');
    }
  });

  it('businessTimeBetween over 400 years (weekdays 08:00-16:00) is exact', () => {
    // 2000-01-01 and 2400-01-01 are both Saturdays: 400 years = one Gregorian cycle of 146,097
    // days = 20,871 weeks -> 104,355 weekdays x 8 h = 834,840 h.
    const measure = within(10_000, () =>
      businessTimeBetween(desk, '2000-01-01T00:00:00-04:00', '2400-01-01T00:00:00-04:00'),
    );
    expect(measure).toBe(834_840 * H);
  });

  it('a span of more than 400 years is refused at once as out_of_range, not computed for minutes', () => {
    // The library caps one query at about 400 years of timeline (docs/timeline.md): 8,000 years
    // would take tens of seconds to compile.
    const refused = within(1000, () =>
      businessTimeBetween(desk, '2000-01-01T00:00:00-04:00', '+010000-01-01T00:00:00-04:00'),
    );
    expect(refused).toBeInstanceOf(SlaError);
    expect((refused as SlaError).code).toBe('out_of_range');
    expect((refused as SlaError).message).toMatch(/400/);
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzz: for every public function, arbitrary arguments either give a valid result or throw a
// SlaError. Magnitudes are bounded where an honest answer costs time proportional to them
// (business amounts up to ~1e10 ms, day counts up to 1,000, two-instant spans within 1900-2100
// or at one end of Date's range); the tests above cover the unbounded cases.
// ---------------------------------------------------------------------------------------------

const ZONES = [
  'UTC',
  'Europe/Paris',
  'America/Martinique',
  'America/New_York',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'Asia/Kathmandu',
  'America/Santiago',
  'Pacific/Kiritimati',
  'Etc/GMT+12',
];

const pool: Schedule[] = [
  desk,
  alwaysOpen(),
  defineSchedule({ timezone: 'UTC', hours: {} }),
  defineSchedule({ timezone: 'UTC', hours: { sun: ['11:00-12:00'] } }),
  defineSchedule({ timezone: 'UTC', hours: {}, overrides: { '2026-06-01': ['09:00-10:00'] } }),
  defineSchedule({
    timezone: 'America/New_York',
    hours: weekdayHours('22:00-06:00'),
    holidays: ['2026-11-23'],
    overrides: { '2026-11-21': ['04:00-08:00'] },
  }),
  defineSchedule({
    timezone: 'Pacific/Apia',
    hours: { fri: ['00:00-24:00'], sat: ['09:00-17:00'] },
  }),
  defineSchedule({
    timezone: 'Australia/Lord_Howe',
    hours: { sun: ['02:00-02:30', '05:00-24:00'] },
  }),
];
pool.push(unionSchedules(pool[0] as Schedule, pool[5] as Schedule));
pool.push(
  intersectSchedules(
    pool[0] as Schedule,
    defineSchedule({ timezone: 'Europe/Paris', hours: weekdayHours('09:00-17:00') }),
  ),
);

/** Plain values only, with numbers clamped so that amounts stay cheap to honour. */
function tame(value: unknown, limit: number, depth = 0): unknown {
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) > limit)
    return value % limit;
  if (depth > 4 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => tame(item, limit, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
    return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = tame(item, limit, depth + 1);
  return out;
}

const two = (min: number, max: number) =>
  fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));

const scheduleArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...pool) },
  { weight: 1, arbitrary: fc.anything({ withBoxedValues: true, withMap: true, withDate: true }) },
);

const NEAR_MIN = Date.UTC(1900, 0, 1);
const NEAR_MAX = Date.UTC(2100, 0, 1);
const nearMs = fc
  .integer({ min: NEAR_MIN / 1000, max: NEAR_MAX / 1000 })
  .chain((s) => fc.integer({ min: 0, max: 999 }).map((ms) => s * 1000 + ms));
const highEdgeMs = fc.integer({ min: 0, max: 2e9 }).map((d) => 8.64e15 - d * 1000);
const lowEdgeMs = fc.integer({ min: 0, max: 2e9 }).map((d) => -8.64e15 + d * 1000);
const farMs = fc.oneof(
  fc.maxSafeInteger(),
  fc.constantFrom(8.64e15, -8.64e15, 8.64e15 + 1, -8.64e15 - 1, 0, -0),
);

/** The valid forms of DESIGN §2 for one instant in epoch ms. */
function asInstant(ms: fc.Arbitrary<number>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      ms,
      fc.constantFrom('date', 'number', 'iso', 'offset', 'luxon', 'temporal'),
      fc.constantFrom(...ZONES),
    )
    .map(([m, form, zone]) => {
      if (Math.abs(m) > 8.64e15 || form === 'number') return m;
      if (form === 'date') return new Date(m);
      if (form === 'iso') return new Date(m).toISOString();
      if (form === 'temporal') return { epochMilliseconds: m };
      const dt = DateTime.fromMillis(m, { zone });
      return form === 'luxon' ? dt : (dt.toISO() ?? m);
    });
}

const isoLike = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
      fc.constantFrom('+275760', '-271821', '+010000', '-000000', '+000000', '20260', '26'),
    ),
    two(0, 13),
    two(0, 32),
    fc.constantFrom('T', 't', ' ', '_', ''),
    two(0, 25),
    two(0, 61),
    fc.option(
      two(0, 61).map((s) => `:${s}`),
      { nil: '' },
    ),
    fc.option(fc.stringMatching(/^[.,]\d{1,10}$/), { nil: '' }),
    fc.constantFrom(
      'Z',
      'z',
      '',
      '+01:00',
      '-0400',
      '+14',
      '-23:59',
      '+24:00',
      '+01:60',
      '+02:00[Europe/Paris]',
      'Z[UTC]',
      '[Europe/Paris]',
      ' Z',
    ),
  )
  .map(
    ([y, mo, d, sep, h, mi, s, frac, off]) => `${y}-${mo}-${d}${sep}${h}:${mi}${s}${frac}${off}`,
  );

const malformedInstant: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withDate: true,
    withNullPrototype: true,
    withBigInt: true,
  }),
  fc.string(),
  isoLike,
  fc.double(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    '',
    ' ',
    '2026-01-01T10:00',
    '2026-01-01',
    'Z',
    Symbol('instant'),
    10n,
    DateTime.invalid('fuzz'),
  ),
  fc.record({ epochMilliseconds: fc.oneof(fc.double(), fc.anything()) }),
  fc
    .record({ isValid: fc.anything(), value: fc.oneof(fc.double(), fc.anything()) })
    .map(({ isValid, value }) => ({
      isLuxonDateTime: true,
      zoneName: 'UTC',
      isValid,
      toMillis: () => value,
    })),
);
const validInstant = fc.oneof(
  { weight: 4, arbitrary: asInstant(nearMs) },
  { weight: 1, arbitrary: asInstant(highEdgeMs) },
  { weight: 1, arbitrary: asInstant(lowEdgeMs) },
  { weight: 1, arbitrary: asInstant(farMs) },
);
const instantArb = fc.oneof(validInstant, malformedInstant);
/** Values that name no instant at all (a malformed one may still be valid, e.g. a number). */
const invalidInstant: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1.5,
    8.64e15 + 1,
    null,
    undefined,
    true,
    '',
    'now',
    '2026-01-01T10:00',
    '2026-01-01',
    Symbol('instant'),
    10n,
    new Date(Number.NaN),
    DateTime.invalid('fuzz'),
    {},
    [],
    { epochMilliseconds: Number.NaN },
    { epochMilliseconds: '0' },
  ),
  fc.string().filter((text) => !/\d\d:\d\d/.test(text)),
  fc.double().filter((x) => !Number.isInteger(x) || Math.abs(x) > 8.64e15),
  fc
    .anything()
    .filter((v) => v !== true)
    .map((isValid) => ({ isLuxonDateTime: true, zoneName: 'UTC', isValid, toMillis: () => 0 })),
);
/**
 * Two instants that are cheap to measure between: near each other, at one end of Date's range,
 * or one of them invalid (two valid instants far apart are covered above).
 */
const closeTo = (base: fc.Arbitrary<number>) =>
  fc
    .tuple(
      base,
      fc.integer({ min: -800 * 3600, max: 800 * 3600 }),
      fc.integer({ min: 0, max: 999 }),
    )
    .chain(([a, seconds, ms]) =>
      fc.tuple(asInstant(fc.constant(a)), asInstant(fc.constant(a + seconds * 1000 + ms))),
    );
const instantPair = fc.oneof(
  closeTo(nearMs),
  closeTo(highEdgeMs),
  closeTo(lowEdgeMs),
  fc.tuple(instantArb, invalidInstant),
  fc.tuple(invalidInstant, instantArb),
);

const AMOUNT = 1e10;
const isoDuration = fc
  .tuple(
    fc.constantFrom('', '-', '+', '--'),
    fc.constantFrom('P', 'p', ''),
    fc.option(fc.constantFrom('1Y', '0Y', '2M', '1W', '0D', '1D', '1.5D'), { nil: '' }),
    fc.constantFrom('T', 't', ''),
    fc.option(
      fc.integer({ min: 0, max: 2000 }).map((n) => `${n}H`),
      { nil: '' },
    ),
    fc.option(fc.stringMatching(/^\d{1,4}([.,]\d{1,4})?M$/), { nil: '' }),
    fc.option(fc.stringMatching(/^\d{1,5}([.,]\d{1,6})?S$/), { nil: '' }),
  )
  .map((parts) => parts.join(''));
const durationArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.double({ min: -AMOUNT, max: AMOUNT }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0.5,
    'PT',
    'P1D',
    Symbol('d'),
    1n,
  ),
  isoDuration,
  fc.string(),
  fc.anything().map((v) => tame(v, 2000)),
  fc
    .record(
      {
        hours: fc.oneof(fc.double({ min: -2000, max: 2000 }), fc.anything()),
        minutes: fc.oneof(fc.integer({ min: -1e5, max: 1e5 }), fc.anything()),
        seconds: fc.oneof(fc.double({ min: -1e6, max: 1e6 }), fc.anything()),
        milliseconds: fc.oneof(fc.double({ min: -1e9, max: 1e9 }), fc.anything()),
        days: fc.constantFrom(0, 1, undefined, '0'),
        weeks: fc.constantFrom(0, 2),
      },
      { requiredKeys: [] },
    )
    .map((v) => tame(v, 1e9)),
  fc
    .record(
      {
        hours: fc.integer({ min: -2000, max: 2000 }),
        minutes: fc.integer({ min: -1e5, max: 1e5 }),
        days: fc.constantFrom(0, 1),
        months: fc.constantFrom(0, 1),
      },
      { requiredKeys: [] },
    )
    .map((units) => Duration.fromObject(units)),
  fc.constant(Duration.invalid('fuzz')),
  fc
    .record({
      isValid: fc.anything(),
      value: fc.oneof(
        fc.double({ min: -AMOUNT, max: AMOUNT }),
        fc.anything().map((v) => tame(v, 2000)),
      ),
    })
    .map(({ isValid, value }) => ({
      isLuxonDuration: true,
      years: 0,
      days: 0,
      isValid,
      toMillis: () => value,
    })),
);
const countArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
  fc.constantFrom(100_001, -100_001, Number.MAX_SAFE_INTEGER, '1', null),
  fc.anything().map((v) => tame(v, 1000)),
);

const rangeText = fc.oneof(
  fc
    .tuple(two(0, 24), two(0, 60), two(0, 24), two(0, 60))
    .map(([a, b, c, d]) => `${a}:${b}-${c}:${d}`),
  fc.constantFrom('00:00-24:00', '22:00-06:00', '24:00-24:00', '08:00-08:00', '8-12', ''),
  fc.string(),
  fc.anything(),
);
const dayRanges = fc.oneof(
  { weight: 4, arbitrary: fc.array(rangeText, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.anything() },
);
const dateText = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), two(0, 13), two(0, 32))
    .map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.string(),
);
const calendarArb = fc.record({
  id: fc.oneof(fc.string(), fc.anything()),
  holidaysOf: fc.func(
    fc.oneof(
      fc.array(fc.record({ date: fc.oneof(dateText, fc.anything()), name: fc.string() }), {
        maxLength: 4,
      }),
      fc.anything(),
    ),
  ),
});
const configArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        timezone: fc.oneof(
          fc.constantFrom(...ZONES, 'Mars/Olympus', '', 'utc', 'UTC+5'),
          fc.string(),
          fc.anything(),
        ),
        hours: fc.oneof(
          fc.record(
            {
              mon: dayRanges,
              tue: dayRanges,
              wed: dayRanges,
              thu: dayRanges,
              fri: dayRanges,
              sat: dayRanges,
              sun: dayRanges,
            },
            { requiredKeys: [] },
          ),
          fc.dictionary(fc.string(), dayRanges, { maxKeys: 3 }),
          fc.anything(),
        ),
        holidays: fc.oneof(
          fc.array(dateText, { maxLength: 4 }),
          fc.string(),
          calendarArb,
          fc.anything(),
        ),
        overrides: fc.oneof(fc.dictionary(dateText, dayRanges, { maxKeys: 3 }), fc.anything()),
        extra: fc.anything(),
      },
      { requiredKeys: ['timezone', 'hours'] },
    ),
  },
  { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withMap: true, withDate: true }) },
);

function expectValidDate(value: unknown): void {
  expect(value).toBeInstanceOf(Date);
  expect(Number.isNaN((value as Date).getTime())).toBe(false);
}

function expectSchedule(value: unknown): void {
  expect(typeof value).toBe('object');
  expect(Object.isFrozen(value)).toBe(true);
  expect(typeof (value as Schedule).timezone).toBe('string');
}

/** Runs a call: a result is checked by `valid`; a throw must be a well-formed SlaError. */
function outcome(call: () => unknown, valid: (result: unknown) => void): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!(error instanceof SlaError)) throw error;
    expect(CODES.has(error.code), error.message).toBe(true);
    expect(typeof error.path).toBe('string');
    expect(error.path.length).toBeGreaterThan(0);
    expect(error.message).toContain(error.path);
    return;
  }
  valid(result);
}

const as = <T>(value: unknown): T => value as T;
const fuzz = { numRuns: NUM_RUNS };

describe('fuzz: a valid result or a SlaError, never anything else', () => {
  it('defineSchedule, then queries on the result', () => {
    fc.assert(
      fc.property(configArb, asInstant(nearMs), (config, at) => {
        let schedule: Schedule | undefined;
        outcome(() => {
          schedule = defineSchedule(as(config));
          return schedule;
        }, expectSchedule);
        if (schedule === undefined) return;
        const s = schedule;
        outcome(
          () => isOpen(s, as(at)),
          (r) => expect(typeof r).toBe('boolean'),
        );
        outcome(() => nextOpen(s, as(at)), expectValidDate);
        outcome(() => addBusinessTime(s, as(at), 'PT3H'), expectValidDate);
        outcome(() => addBusinessDays(s, as(at), -2), expectValidDate);
      }),
      fuzz,
    );
  });

  it('unionSchedules and intersectSchedules', () => {
    fc.assert(
      fc.property(fc.array(scheduleArb, { maxLength: 4 }), asInstant(nearMs), (members, at) => {
        for (const combine of [unionSchedules, intersectSchedules]) {
          let combined: Schedule | undefined;
          outcome(() => {
            combined = combine(...as<Schedule[]>(members));
            return combined;
          }, expectSchedule);
          const s = combined;
          if (s === undefined) continue;
          outcome(
            () => isOpen(s, as(at)),
            (r) => expect(typeof r).toBe('boolean'),
          );
          outcome(
            () => businessTimeBetween(s, as(at), addBusinessTime(alwaysOpen(), as(at), 'PT168H')),
            (r) => expect(Number.isFinite(r)).toBe(true),
          );
        }
      }),
      fuzz,
    );
  });

  it('isOpen and nextOpen', () => {
    fc.assert(
      fc.property(scheduleArb, instantArb, (s, at) => {
        outcome(
          () => isOpen(as(s), as(at)),
          (r) => expect(typeof r).toBe('boolean'),
        );
        outcome(() => nextOpen(as(s), as(at)), expectValidDate);
      }),
      fuzz,
    );
  });

  it('businessTimeBetween and openIntervals', () => {
    fc.assert(
      fc.property(scheduleArb, instantPair, (s, [from, to]) => {
        outcome(
          () => businessTimeBetween(as(s), as(from), as(to)),
          (r) => {
            expect(Number.isFinite(r)).toBe(true);
            expect(Object.is(r, -0)).toBe(false);
          },
        );
        outcome(
          () => openIntervals(as(s), as(from), as(to)),
          (r) => {
            expect(Array.isArray(r)).toBe(true);
            for (const { start, end } of r as { start: unknown; end: unknown }[]) {
              expectValidDate(start);
              expectValidDate(end);
              expect((start as Date).getTime()).toBeLessThan((end as Date).getTime());
            }
          },
        );
      }),
      fuzz,
    );
  });

  it('addBusinessTime and subtractBusinessTime', () => {
    fc.assert(
      fc.property(scheduleArb, instantArb, durationArb, (s, at, d) => {
        outcome(() => addBusinessTime(as(s), as(at), as(d)), expectValidDate);
        outcome(() => subtractBusinessTime(as(s), as(at), as(d)), expectValidDate);
      }),
      fuzz,
    );
  });

  it('addBusinessDays', () => {
    fc.assert(
      fc.property(scheduleArb, instantArb, countArb, (s, at, n) => {
        outcome(() => addBusinessDays(as(s), as(at), as(n)), expectValidDate);
      }),
      fuzz,
    );
  });

  it('alwaysOpen', () => {
    expectSchedule(alwaysOpen());
    expect(alwaysOpen()).toBe(alwaysOpen());
  });
});
