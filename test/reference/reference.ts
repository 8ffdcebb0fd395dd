// Reference business-time arithmetic (DESIGN §4) and business days (§5): walk the open intervals
// linearly, chunk by chunk. Slow and simple on purpose. Written independently of src/.
import {
  firstZone,
  type Interval,
  isOpenDate,
  type RefSchedule,
  refOpenIntervals,
} from './schedule';
import { DAY, instantOf, localDay, wallOf } from './zone';

export type { RefSchedule, RefWeekday, RefWeeklyConfig } from './schedule';
export { refOpenIntervals } from './schedule';

/** How far searches go before giving up. */
const HORIZON = 3 * 366 * DAY;
const CHUNK = 14 * DAY;

/** Open intervals at or after `t`, in order (split at chunk borders, which is harmless). */
function* forward(s: RefSchedule, t: number): Generator<Interval> {
  for (let a = t; a < t + HORIZON; a += CHUNK) yield* refOpenIntervals(s, a, a + CHUNK);
  throw new Error(`no open time within ${HORIZON / DAY} days after ${new Date(t).toISOString()}`);
}

/** Open intervals before `t`, latest first (split at chunk borders, which is harmless). */
function* backward(s: RefSchedule, t: number): Generator<Interval> {
  for (let b = t; b > t - HORIZON; b -= CHUNK) yield* refOpenIntervals(s, b - CHUNK, b).reverse();
  throw new Error(`no open time within ${HORIZON / DAY} days before ${new Date(t).toISOString()}`);
}

export function refIsOpen(s: RefSchedule, t: number): boolean {
  return refOpenIntervals(s, t, t + 1).length > 0;
}

export function refNextOpen(s: RefSchedule, t: number): number {
  for (const [start] of forward(s, t)) return start;
  throw new Error('unreachable');
}

/** Measure of open time in [a, b); negative when b < a. */
export function refBetween(s: RefSchedule, a: number, b: number): number {
  if (b < a) return 0 - refBetween(s, b, a); // 0 - x, not -x: never answer -0
  let total = 0;
  for (const [start, end] of refOpenIntervals(s, a, b)) total += end - start;
  return total;
}

/** The latest t >= start with between(start, t) <= d. */
export function refAdd(s: RefSchedule, start: number, d: number): number {
  if (d < 0) return refSubtract(s, start, -d);
  let left = d;
  for (const [a, b] of forward(s, start)) {
    if (left < b - a) return a + left; // runs out inside this interval (or at its opening)
    left -= b - a; // used up the whole interval: the answer is at the next opening or later
  }
  throw new Error('unreachable');
}

/** The earliest t <= end with between(t, end) <= d. */
export function refSubtract(s: RefSchedule, end: number, d: number): number {
  if (d < 0) return refAdd(s, end, -d);
  let left = d;
  for (const [a, b] of backward(s, end)) {
    if (left < b - a) return b - left; // runs out inside this interval (or at its closing)
    left -= b - a;
  }
  throw new Error('unreachable');
}

/** Step |n| open dates from `day`, forward for n > 0, backward for n < 0. */
function stepOpenDates(s: RefSchedule, day: number, n: number): number {
  const dir = n < 0 ? -1 : 1;
  let d = day;
  for (let k = 0; k < Math.abs(n); k++) {
    let tries = 0;
    do {
      d += dir;
      if (++tries > HORIZON / DAY) throw new Error('no open date within the horizon');
    } while (!isOpenDate(s, d));
  }
  return d;
}

/** §5 business days; n < 0 is the mirror (normalise with the previous closing). */
export function refAddBusinessDays(s: RefSchedule, start: number, n: number): number {
  const zone = firstZone(s);
  if (n >= 0) {
    const s0 = refNextOpen(s, start);
    const wall = wallOf(zone, s0);
    const day0 = localDay(zone, s0);
    const timeOfDay = wall - day0 * DAY;
    const day = stepOpenDates(s, day0, n);
    return refNextOpen(s, instantOf(zone, day * DAY + timeOfDay));
  }
  // s0 = start if open time ends at or runs through start ((S, E]), else the previous closing;
  // that is exactly subtract(start, 0).
  const s0 = refSubtract(s, start, 0);
  const w = wallOf(zone, s0 - 1);
  const day0 = Math.floor(w / DAY);
  const timeOfDay = w - day0 * DAY;
  const day = stepOpenDates(s, day0, n);
  const t = instantOf(zone, day * DAY + timeOfDay) + 1;
  return refSubtract(s, t, 0); // t itself if in (S, E], else the previous closing
}
