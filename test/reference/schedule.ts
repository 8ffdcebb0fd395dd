// Reference schedules (DESIGN §3): expand a schedule into its open intervals, day by day.
// Slow and simple on purpose. Written independently of src/.
import { DAY, dayLabel, instantOf, localDay, MINUTE, wallOf, weekdayOf } from './zone';

export type RefWeekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface RefWeeklyConfig {
  timezone: string;
  hours: Partial<Record<RefWeekday, string[]>>;
  holidays?: string[];
  overrides?: Record<string, string[]>;
}

export type RefSchedule =
  | { kind: 'weekly'; config: RefWeeklyConfig }
  | { kind: 'always' }
  | { kind: 'union'; members: RefSchedule[] }
  | { kind: 'intersection'; members: RefSchedule[] };

/** A half-open interval [start, end) of instants, start < end. */
export type Interval = [number, number];

const WEEKDAYS: RefWeekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The "HH:mm-HH:mm" ranges of one local date, after overrides and holidays. */
export function rangesOfDay(config: RefWeeklyConfig, day: number): string[] {
  const label = dayLabel(day);
  const override = config.overrides?.[label];
  if (override !== undefined) return override; // an override wins over a holiday
  if (config.holidays?.includes(label)) return [];
  const weekday = WEEKDAYS[weekdayOf(day)];
  if (weekday === undefined) throw new Error('bad weekday');
  return config.hours[weekday] ?? [];
}

/** Minutes after midnight of "HH:mm" ("24:00" is 1440). */
function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** Whether wall reading `wall` shows on the zone's clocks at some instant. */
function shown(zone: string, wall: number): boolean {
  return wallOf(zone, instantOf(zone, wall)) === wall;
}

/** Brute force: no minute of `[from, to)`, nor its last millisecond, shows on the clocks. */
function neverShown(zone: string, from: number, to: number): boolean {
  if (shown(zone, from)) return false;
  for (let wall = from + MINUTE; wall < to; wall += MINUTE) if (shown(zone, wall)) return false;
  return !shown(zone, to - 1);
}

/**
 * Remembered answers of `computeDayIntervals`, a pure function of (config object, day): the
 * property runs ask for the same days many times, and each answer costs dozens of Intl calls.
 */
const dayIntervalsMemo = new WeakMap<RefWeeklyConfig, Map<number, readonly Interval[]>>();

/** The non-empty intervals of the ranges that belong to (start on) local date `day`. */
export function dayIntervals(config: RefWeeklyConfig, day: number): Interval[] {
  let byDay = dayIntervalsMemo.get(config);
  if (!byDay) {
    byDay = new Map();
    dayIntervalsMemo.set(config, byDay);
  }
  let intervals = byDay.get(day);
  if (!intervals) {
    intervals = computeDayIntervals(config, day);
    byDay.set(day, intervals);
  }
  return intervals.map(([start, end]) => [start, end]);
}

function computeDayIntervals(config: RefWeeklyConfig, day: number): Interval[] {
  const out: Interval[] = [];
  for (const range of rangesOfDay(config, day)) {
    const [a, b] = range.split('-');
    if (a === undefined || b === undefined) throw new Error(`bad range ${range}`);
    const startMin = minutesOf(a);
    let endMin = minutesOf(b);
    if (endMin <= startMin) endMin += 24 * 60; // crosses midnight: ends on the next date
    // A range none of whose wall times ever shows on the zone's clocks (it lies inside a DST
    // gap, like 02:15-02:45 on the Paris spring day or a range of Apia's skipped 2011-12-30)
    // has no open time.
    if (neverShown(config.timezone, day * DAY + startMin * MINUTE, day * DAY + endMin * MINUTE))
      continue;
    // Wall readings may run past midnight (24:00, 06:00 next day): instantOf handles that.
    const start = instantOf(config.timezone, day * DAY + startMin * MINUTE);
    const end = instantOf(config.timezone, day * DAY + endMin * MINUTE);
    if (end > start) out.push([start, end]); // a range that vanished in a gap is empty
  }
  return out;
}

/** Sort and join overlapping or touching intervals. */
export function merge(list: Interval[]): Interval[] {
  const sorted = [...list].sort((x, y) => x[0] - y[0]);
  const out: Interval[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Clip intervals to [from, to), dropping what becomes empty. */
function clip(list: Interval[], from: number, to: number): Interval[] {
  const out: Interval[] = [];
  for (const [s, e] of list) {
    const cs = Math.max(s, from);
    const ce = Math.min(e, to);
    if (ce > cs) out.push([cs, ce]);
  }
  return out;
}

/** Intersection of two merged interval lists (plain double loop). */
function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [as, ae] of a) {
    for (const [bs, be] of b) {
      const s = Math.max(as, bs);
      const e = Math.min(ae, be);
      if (e > s) out.push([s, e]);
    }
  }
  return merge(out);
}

/** Open time of `s` within [from, to): merged, sorted, clipped. */
export function refOpenIntervals(s: RefSchedule, from: number, to: number): Interval[] {
  if (!(to > from)) return [];
  switch (s.kind) {
    case 'always':
      return [[from, to]];
    case 'weekly': {
      const zone = s.config.timezone;
      // A range starts on its date and ends at most two wall dates later; a few days of margin
      // on each side is plenty, even for a zone that skips a whole date (Pacific/Apia 2011).
      const all: Interval[] = [];
      for (let day = localDay(zone, from) - 3; day <= localDay(zone, to) + 2; day++) {
        all.push(...dayIntervals(s.config, day));
      }
      return merge(clip(all, from, to));
    }
    case 'union':
      return merge(s.members.flatMap((m) => refOpenIntervals(m, from, to)));
    case 'intersection': {
      let acc: Interval[] = [[from, to]];
      for (const m of s.members) acc = intersect(acc, refOpenIntervals(m, from, to));
      return acc;
    }
  }
}

/** §5 open date: the date keeps at least one non-empty range of its own. */
export function isOpenDate(s: RefSchedule, day: number): boolean {
  switch (s.kind) {
    case 'always':
      return true;
    case 'weekly':
      return dayIntervals(s.config, day).length > 0;
    case 'union':
      return s.members.some((m) => isOpenDate(m, day));
    case 'intersection':
      return s.members.every((m) => isOpenDate(m, day));
  }
}

/** The zone business days are counted in: the first member's, recursively ('UTC' for always). */
export function firstZone(s: RefSchedule): string {
  switch (s.kind) {
    case 'always':
      return 'UTC';
    case 'weekly':
      return s.config.timezone;
    case 'union':
    case 'intersection':
      return s.members[0] === undefined ? 'UTC' : firstZone(s.members[0]);
  }
}
