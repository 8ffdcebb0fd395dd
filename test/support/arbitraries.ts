// fast-check arbitraries shared by the property suite (test/properties).
//
// A generated `Scenario` is plain data: a schedule as a `RefSchedule` (weekly config, always,
// union or intersection) and an `anchor` instant. `libSchedule` builds the very same schedule with
// the library (from a deep-frozen copy of each config), so both implementations answer about the
// identical schedule. Instants are `anchor + offset` with offsets of up to ±30 days, durations
// the business time of spans of up to 45 days, so the slow reference never walks far; holidays
// and overrides are placed within ±50 days of the anchor so that they matter. About half of the
// anchors sit near a DST transition of one of the zones.
import fc from 'fast-check';
import { DateTime, Duration, IANAZone } from 'luxon';
import {
  alwaysOpen,
  businessTimeBetween,
  type DurationInput,
  defineSchedule,
  type InstantInput,
  intersectSchedules,
  openIntervals,
  type Schedule,
  unionSchedules,
} from '../../src/index';
import { CHUNK_SPAN } from '../../src/timeline/timeline';
import type { RefSchedule, RefWeekday, RefWeeklyConfig } from '../reference/reference';
import { rangesOfDay } from '../reference/schedule';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
const QUARTER = 15 * MINUTE;

export const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Apia',
  'America/Martinique',
] as const;

const WEEKDAYS: readonly RefWeekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const FIRST_ANCHOR = Date.UTC(1970, 0, 1);
const LAST_ANCHOR = Date.UTC(2100, 0, 1);

// ---------------------------------------------------------------------------------------------
// Time zones: transitions, found once per zone by scanning luxon offsets every four weeks.

const transitionCache = new Map<string, readonly number[]>();

/** The instants (epoch ms) at which `zone`'s UTC offset changes between 1970 and 2100. */
export function transitionsOf(zone: string): readonly number[] {
  const cached = transitionCache.get(zone);
  if (cached) return cached;
  const z = IANAZone.create(zone);
  // Searched on whole minutes: since 1970 these zones change offsets on whole minutes.
  const offsetAt = (minute: number) => z.offset(minute * MINUTE);
  const found: number[] = [];
  const step = 28 * 1440; // four weeks: the transitions of these zones are months apart
  let previous = FIRST_ANCHOR / MINUTE - step;
  let previousOffset = offsetAt(previous);
  for (let t = previous + step; t <= LAST_ANCHOR / MINUTE + step; t += step) {
    const offset = offsetAt(t);
    if (offset !== previousOffset) {
      let low = previous; // offsetAt(low) is the old offset, offsetAt(high) is not
      let high = t;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (offsetAt(middle) === previousOffset) low = middle;
        else high = middle;
      }
      found.push(high * MINUTE);
    }
    previous = t;
    previousOffset = offset;
  }
  transitionCache.set(zone, found);
  return found;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** "YYYY-MM-DD" labels of the local dates `days` after the local date of `instant` in `zone`. */
function localDateLabels(zone: string, instant: number, days: readonly number[]): string[] {
  const day = Math.floor((instant + IANAZone.create(zone).offset(instant) * MINUTE) / DAY);
  return days.map((d) => new Date((day + d) * DAY).toISOString().slice(0, 10));
}

// ---------------------------------------------------------------------------------------------
// Ranges of one date.

/** Minute grids: coarse ones hit DST transition times (02:00, 02:30, 00:00…) often. */
const gridArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(60) },
  { weight: 3, arbitrary: fc.constant(30) },
  { weight: 2, arbitrary: fc.constant(15) },
  { weight: 1, arbitrary: fc.constant(5) },
  { weight: 1, arbitrary: fc.constant(1) },
);

/** The ranges of one date before they are put on the schedule's grid. */
interface DaySketch {
  /** Minutes 0–1440, snapped to the grid, sorted and paired: [p0, p1), [p2, p3)… */
  points: number[];
  /** When set, the last range crosses midnight (its end is put before its start). */
  overnightEnd: number | undefined;
  /** Writes a `24:00` end as `00:00` (which also means the next midnight). */
  midnightAsZero: boolean;
  reversed: boolean;
}

const daySketchArb: fc.Arbitrary<DaySketch> = fc.record({
  points: fc.array(fc.integer({ min: 0, max: 1440 }), { minLength: 2, maxLength: 6 }),
  overnightEnd: fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.nat() },
  ),
  midnightAsZero: fc.boolean(),
  reversed: fc.boolean(),
});

/**
 * 0–3 ranges "HH:mm-HH:mm" of one date on a grid of `grid` minutes that never overlap on the
 * date's axis (they may touch; the last one may cross midnight). Never an empty range.
 */
function renderDay(sketch: DaySketch, grid: number): string[] {
  const points = sketch.points.map((p) => Math.round(p / grid) * grid).sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end > start) ranges.push([start, end]);
  }
  const last = ranges[ranges.length - 1];
  if (last !== undefined && sketch.overnightEnd !== undefined && last[0] > 0) {
    last[1] = (sketch.overnightEnd % (last[0] / grid)) * grid; // before the start
  }
  const texts = ranges.map(([start, end]) => {
    const asZero = end === 1440 && sketch.midnightAsZero && start > 0;
    return `${hhmm(start)}-${end === 1440 && !asZero ? '24:00' : hhmm(end % 1440)}`;
  });
  return sketch.reversed ? texts.reverse() : texts;
}

type Density = 'sparse' | 'business' | 'mixed' | 'dense';
type DayKind = 'omit' | 'closed' | 'full' | 'template' | 'own';

/** Percentages of omitted, closed, 24 h, template and own days, by density. */
const DAY_KINDS: Record<Density, [DayKind, number][]> = {
  sparse: [
    ['omit', 50],
    ['closed', 30],
    ['template', 10],
    ['own', 10],
  ],
  business: [
    ['omit', 10],
    ['closed', 10],
    ['template', 60],
    ['own', 20],
  ],
  mixed: [
    ['omit', 20],
    ['closed', 10],
    ['full', 20],
    ['template', 20],
    ['own', 30],
  ],
  dense: [
    ['closed', 10],
    ['full', 60],
    ['template', 10],
    ['own', 20],
  ],
};

function dayKindOf(density: Density, roll: number): DayKind {
  let left = roll;
  for (const [kind, percent] of DAY_KINDS[density]) {
    if (left < percent) return kind;
    left -= percent;
  }
  return 'own';
}

/** Day offsets from the anchor's local date: mostly within a week, sometimes ±50 days. */
const dayOffsetArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -7, max: 7 }) },
  { weight: 1, arbitrary: fc.integer({ min: -50, max: 50 }) },
);

// ---------------------------------------------------------------------------------------------
// Weekly schedules, as templates whose dates are relative to the (not yet known) anchor.

interface WeeklyTemplate {
  zone: string;
  hours: Partial<Record<RefWeekday, string[]>>;
  overrides: [number, string[]][];
  holidays: number[] | undefined;
}

const zoneArb = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...ZONES) },
  { weight: 1, arbitrary: fc.constant('UTC') },
);

const rollArb = fc.integer({ min: 0, max: 99 });

function weeklyTemplateArb(densities: readonly Density[]): fc.Arbitrary<WeeklyTemplate> {
  return fc
    .record({
      zone: zoneArb,
      grid: gridArb,
      density: fc.constantFrom(...densities),
      template: daySketchArb,
      days: fc.array(fc.tuple(rollArb, daySketchArb), { minLength: 7, maxLength: 7 }),
      fallbackDay: fc.constantFrom(...WEEKDAYS),
      overrides: fc.array(fc.tuple(dayOffsetArb, rollArb, daySketchArb), { maxLength: 4 }),
      holidays: fc.option(fc.array(dayOffsetArb, { maxLength: 5 }), { nil: undefined }),
    })
    .map(({ zone, grid, density, template, days, fallbackDay, overrides, holidays }) => {
      let templateRanges = renderDay(template, grid);
      if (templateRanges.length === 0) {
        const start = Math.min(Math.round((template.points[0] ?? 0) / grid) * grid, 1440 - grid);
        templateRanges = [`${hhmm(start)}-${start + grid === 1440 ? '24:00' : hhmm(start + grid)}`];
      }
      const hours: Partial<Record<RefWeekday, string[]>> = {};
      WEEKDAYS.forEach((weekday, i) => {
        const [roll, sketch] = days[i] ?? [0, template];
        const kind = dayKindOf(density, roll);
        if (kind === 'closed') hours[weekday] = [];
        if (kind === 'full') hours[weekday] = ['00:00-24:00'];
        if (kind === 'template') hours[weekday] = [...templateRanges];
        if (kind === 'own') hours[weekday] = renderDay(sketch, grid);
      });
      // Some open time every week, so that no search runs to the horizon.
      if (!WEEKDAYS.some((weekday) => (hours[weekday]?.length ?? 0) > 0)) {
        hours[fallbackDay] = [...templateRanges];
      }
      return {
        zone,
        hours,
        // An override closes the date, opens it 24 h, or gives it ranges of its own.
        overrides: overrides.map(([offset, roll, sketch]): [number, string[]] => [
          offset,
          roll < 35 ? [] : roll < 50 ? ['00:00-24:00'] : renderDay(sketch, grid),
        ]),
        holidays,
      };
    });
}

function materializeWeekly(template: WeeklyTemplate, anchor: number): RefWeeklyConfig {
  const config: RefWeeklyConfig = { timezone: template.zone, hours: template.hours };
  if (template.overrides.length > 0) {
    const labels = localDateLabels(
      template.zone,
      anchor,
      template.overrides.map(([offset]) => offset),
    );
    config.overrides = Object.fromEntries(
      template.overrides.map(([, ranges], i) => [labels[i] ?? '', ranges]),
    );
  }
  if (template.holidays !== undefined) {
    config.holidays = [...new Set(localDateLabels(template.zone, anchor, template.holidays))];
  }
  return config;
}

// ---------------------------------------------------------------------------------------------
// Shapes: weekly, always, union and intersection (of 1–3 members, nested at most once).

type ShapeTemplate =
  | { kind: 'weekly'; weekly: WeeklyTemplate }
  | { kind: 'always' }
  | { kind: 'union' | 'intersection'; members: ShapeTemplate[] };

const ALL_DENSITIES: readonly Density[] = ['sparse', 'business', 'mixed', 'dense'];
// Intersections need common open time: their members are denser.
const DENSE_DENSITIES: readonly Density[] = ['business', 'mixed', 'dense', 'dense'];

const weeklyShapeArb = (densities: readonly Density[]): fc.Arbitrary<ShapeTemplate> =>
  weeklyTemplateArb(densities).map((weekly): ShapeTemplate => ({ kind: 'weekly', weekly }));

function compositeShapeArb(
  depth: number,
  kinds: readonly ('union' | 'intersection')[] = ['union', 'intersection'],
): fc.Arbitrary<ShapeTemplate> {
  return fc.oneof(
    ...kinds.map((kind) => {
      const densities = kind === 'union' ? ALL_DENSITIES : DENSE_DENSITIES;
      const member = fc.oneof(
        { weight: 8, arbitrary: weeklyShapeArb(densities) },
        { weight: 1, arbitrary: fc.constant<ShapeTemplate>({ kind: 'always' }) },
        {
          weight: depth > 0 ? 1 : 0,
          arbitrary:
            depth > 0
              ? compositeShapeArb(depth - 1)
              : fc.constant<ShapeTemplate>({ kind: 'always' }),
        },
      );
      // Mostly two members, often three, sometimes one (the identity).
      return fc
        .tuple(fc.array(member, { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 5 }))
        .map(
          ([members, roll]): ShapeTemplate => ({
            kind,
            members: members.slice(0, [1, 2, 2, 2, 3, 3][roll] ?? 2),
          }),
        );
    }),
  );
}

function zonesOf(shape: ShapeTemplate): string[] {
  if (shape.kind === 'weekly') return [shape.weekly.zone];
  if (shape.kind === 'always') return [];
  return shape.members.flatMap(zonesOf);
}

function materialize(shape: ShapeTemplate, anchor: number): RefSchedule {
  if (shape.kind === 'weekly')
    return { kind: 'weekly', config: materializeWeekly(shape.weekly, anchor) };
  if (shape.kind === 'always') return { kind: 'always' };
  return { kind: shape.kind, members: shape.members.map((m) => materialize(m, anchor)) };
}

// ---------------------------------------------------------------------------------------------
// Anchors.

type AnchorChoice =
  | { kind: 'transition'; zonePick: number; pick: number; delta: number }
  | { kind: 'uniform'; ms: number }
  | { kind: 'chunk'; k: number; delta: number };

/** Small moves around a special instant: on a 15-minute grid, a few ms, or anything. */
const deltaArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -288, max: 288 }).map((q) => q * QUARTER) },
  { weight: 1, arbitrary: fc.integer({ min: -2, max: 2 }) },
  { weight: 1, arbitrary: fc.integer({ min: -3 * DAY, max: 3 * DAY }) },
);

const anchorChoiceArb: fc.Arbitrary<AnchorChoice> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('transition' as const),
      zonePick: fc.nat(),
      pick: fc.nat(),
      delta: deltaArb,
    }),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: FIRST_ANCHOR, max: LAST_ANCHOR }), fc.constantFrom(1, QUARTER, HOUR))
      .map(([ms, grid]) => ({ kind: 'uniform' as const, ms: ms - (ms % grid) })),
  },
  {
    // Borders of the library's timeline chunks (CHUNK_SPAN from the epoch): white-box bias
    // only, every instant is a valid input.
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('chunk' as const),
      k: fc.integer({ min: 0, max: Math.floor(Date.UTC(2100, 0, 1) / CHUNK_SPAN) }),
      delta: deltaArb,
    }),
  },
);

function resolveAnchor(choice: AnchorChoice, zones: readonly string[]): number {
  if (choice.kind === 'uniform') return choice.ms;
  if (choice.kind === 'chunk') return choice.k * CHUNK_SPAN + choice.delta;
  const zone = zones.length > 0 ? zones[choice.zonePick % zones.length] : undefined;
  const transitions = zone === undefined ? [] : transitionsOf(zone);
  const transition = transitions[choice.pick % Math.max(1, transitions.length)];
  // No transition (UTC, alwaysOpen): fall back to a spread of instants.
  return (transition ?? FIRST_ANCHOR + (choice.pick % 47_000) * DAY) + choice.delta;
}

// ---------------------------------------------------------------------------------------------
// Scenarios.

export interface Scenario {
  readonly schedule: RefSchedule;
  /** Epoch ms; the instants of a property are `anchor + offset`. */
  readonly anchor: number;
  /** `anchor` as ISO, for reading counterexamples. */
  readonly at: string;
}

const hasIntersection = (s: RefSchedule): boolean =>
  s.kind === 'intersection' || (s.kind === 'union' && s.members.some(hasIntersection));

/** Whether every (for a union: some) weekly member has ranges of its own on `day`, by config. */
function hasRangesOn(schedule: RefSchedule, day: number): boolean {
  if (schedule.kind === 'always') return true;
  if (schedule.kind === 'weekly') return rangesOfDay(schedule.config, day).length > 0;
  const members = schedule.members.map((member) => hasRangesOn(member, day));
  return schedule.kind === 'union' ? members.some(Boolean) : members.every(Boolean);
}

/**
 * Some open time, and some open date (§5), in a week past the overrides and holidays (which sit
 * within ±50 days of the anchor). Weekly schedules and unions always have both (every weekly
 * member has a range); an intersection may have neither, and its searches would then run to the
 * horizon. (Uses the library's `openIntervals`, only to choose inputs: it compiles the schedule
 * that the property then uses. Open dates are judged on the configs, which only errs for ranges
 * that vanish in a DST gap.)
 */
function hasOpenTimeAndDates(schedule: RefSchedule, anchor: number): boolean {
  if (!hasIntersection(schedule)) return true;
  const from = anchor + 51 * DAY;
  if (openIntervals(libSchedule(schedule), from, from + 7 * DAY).length === 0) return false;
  const day = Math.floor(from / DAY);
  for (let d = day - 1; d <= day + 7; d++) if (hasRangesOn(schedule, d)) return true;
  return false;
}

function scenarioOf(shapeArb: fc.Arbitrary<ShapeTemplate>): fc.Arbitrary<Scenario> {
  return fc
    .tuple(shapeArb, anchorChoiceArb)
    .map(([shape, choice]): Scenario => {
      const anchor = resolveAnchor(choice, zonesOf(shape));
      return { schedule: materialize(shape, anchor), anchor, at: new Date(anchor).toISOString() };
    })
    .filter((s) => hasOpenTimeAndDates(s.schedule, s.anchor));
}

/** A weekly schedule of any density. */
export const weeklyScenarioArb = scenarioOf(weeklyShapeArb(ALL_DENSITIES));
/** A union or an intersection of 1–3 members (weekly, alwaysOpen, or one nested composite). */
export const compositeScenarioArb = scenarioOf(compositeShapeArb(1));
/** Any schedule: mostly weekly, often composite, sometimes alwaysOpen. */
export const scenarioArb = scenarioOf(
  fc.oneof(
    { weight: 6, arbitrary: weeklyShapeArb(ALL_DENSITIES) },
    { weight: 3, arbitrary: compositeShapeArb(1) },
    { weight: 1, arbitrary: fc.constant<ShapeTemplate>({ kind: 'always' }) },
  ),
);

// ---------------------------------------------------------------------------------------------
// Building the library's schedule.

/** Deep-freezes a plain JSON-like value (the library must accept frozen configs). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Enough for the scenarios of a few 1000-run properties (~10 KB each with a compiled year). */
const MAX_CACHED_SCHEDULES = 4096;
const byIdentity = new WeakMap<RefSchedule, Schedule>();
const byValue = new Map<string, Schedule>();

/**
 * The library's schedule for `spec`, built from deep-frozen copies of its configs. Built once per
 * distinct spec and worker: all properties run with the same seed, so properties of one file
 * whose first argument is the same arbitrary see the same scenarios, and share the compiled
 * schedules (compiling a year of a zone's local times is most of a run's cost).
 */
export function libSchedule(spec: RefSchedule): Schedule {
  const known = byIdentity.get(spec);
  if (known) return known;
  const key = JSON.stringify(spec);
  let schedule = byValue.get(key);
  if (schedule === undefined) {
    if (spec.kind === 'weekly') schedule = defineSchedule(deepFreeze(structuredClone(spec.config)));
    else if (spec.kind === 'always') schedule = alwaysOpen();
    else if (spec.kind === 'union') schedule = unionSchedules(...spec.members.map(libSchedule));
    else schedule = intersectSchedules(...spec.members.map(libSchedule));
    if (byValue.size >= MAX_CACHED_SCHEDULES) {
      const oldest = byValue.keys().next().value;
      if (oldest !== undefined) byValue.delete(oldest);
    }
    byValue.set(key, schedule);
  }
  byIdentity.set(spec, schedule);
  return schedule;
}

// ---------------------------------------------------------------------------------------------
// Instants, durations and their input forms.

/**
 * Signed real spans of up to `maxDays` days: mostly on a 15-minute grid (so instants fall on
 * openings, closings and DST transitions) and within a few days; sometimes any millisecond, and
 * sometimes just a few ms.
 */
function spanArb(maxDays: number): fc.Arbitrary<number> {
  const quarters = maxDays * 96;
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: -96, max: 96 }).map((q) => q * QUARTER) },
    { weight: 3, arbitrary: fc.integer({ min: -288, max: 288 }).map((q) => q * QUARTER) },
    { weight: 1, arbitrary: fc.integer({ min: -1344, max: 1344 }).map((q) => q * QUARTER) },
    { weight: 1, arbitrary: fc.integer({ min: -14 * DAY, max: 14 * DAY }) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.integer({ min: -quarters, max: quarters }).map((q) => q * QUARTER),
        fc.integer({ min: -maxDays * DAY, max: maxDays * DAY }),
      ),
    },
    { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }) },
  );
}

/** Offsets of instants from the anchor, up to ±30 days (so two instants are ≤ 60 days apart). */
export const offsetArb: fc.Arbitrary<number> = spanArb(30);

/**
 * A business duration: either the business time of a real span from the start (so it runs out
 * at interesting places, such as exactly at a closing, and never walks far) plus a small jitter,
 * or a small raw amount (0, a few ms, whole minutes or hours). Signed.
 */
export type DurationChoice = { span: number; jitter: number } | { raw: number };

export const durationChoiceArb: fc.Arbitrary<DurationChoice> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      span: spanArb(45),
      jitter: fc.oneof(
        { weight: 4, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: -2, max: 2 }) },
        { weight: 1, arbitrary: fc.integer({ min: -HOUR, max: HOUR }) },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      raw: fc.oneof(
        fc.constant(0),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -60, max: 60 }).map((m) => m * MINUTE),
        fc.integer({ min: -4, max: 4 }).map((h) => h * HOUR),
      ),
    }),
  },
);

/** The signed duration in ms for a choice, measured with the library on `schedule`. */
export function durationOf(schedule: Schedule, start: number, choice: DurationChoice): number {
  if ('raw' in choice) return choice.raw;
  const d = businessTimeBetween(schedule, start, start + choice.span) + choice.jitter;
  return d === 0 ? 0 : d;
}

export type InstantForm =
  | { kind: 'number' | 'date' | 'isoZ' | 'luxon' | 'temporal' }
  | { kind: 'isoOffset'; zone: string };

export const instantFormArb: fc.Arbitrary<InstantForm> = fc.oneof(
  fc.constantFrom<InstantForm>(
    { kind: 'number' },
    { kind: 'date' },
    { kind: 'isoZ' },
    { kind: 'luxon' },
    { kind: 'temporal' },
  ),
  fc.constantFrom(...ZONES).map((zone): InstantForm => ({ kind: 'isoOffset', zone })),
);

/** The instant `ms` written in one of the input forms of DESIGN §2. */
export function asInstant(ms: number, form: InstantForm): InstantInput {
  switch (form.kind) {
    case 'number':
      return ms;
    case 'date':
      return new Date(ms);
    case 'isoZ':
      return new Date(ms).toISOString();
    case 'isoOffset':
      return DateTime.fromMillis(ms, { zone: form.zone }).toISO() ?? 'invalid';
    case 'luxon':
      return DateTime.fromMillis(ms, { zone: 'America/Santiago' });
    case 'temporal':
      return { epochMilliseconds: ms };
  }
}

export type DurationForm = 'number' | 'milliseconds' | 'parts' | 'iso' | 'luxon';
export const durationFormArb = fc.constantFrom<DurationForm>(
  'number',
  'milliseconds',
  'parts',
  'iso',
  'luxon',
);

/** The duration `ms` written in one of the input forms of DESIGN §2 (no days or longer). */
export function asDuration(ms: number, form: DurationForm): DurationInput {
  const sign = ms < 0 ? -1 : 1;
  const a = Math.abs(ms);
  const parts = {
    hours: sign * Math.floor(a / HOUR) || 0,
    minutes: sign * Math.floor((a % HOUR) / MINUTE) || 0,
    seconds: sign * Math.floor((a % MINUTE) / 1000) || 0,
    milliseconds: sign * (a % 1000) || 0,
  };
  switch (form) {
    case 'number':
      return ms;
    case 'milliseconds':
      return { milliseconds: ms };
    case 'parts':
      return parts;
    case 'iso': {
      const h = Math.floor(a / HOUR);
      const m = Math.floor((a % HOUR) / MINUTE);
      const s = Math.floor((a % MINUTE) / 1000);
      return `${ms < 0 ? '-' : ''}PT${h}H${m}M${s}.${pad(a % 1000, 3)}S`;
    }
    case 'luxon':
      return Duration.fromObject(parts);
  }
}
