// Reference (slow, obviously correct) conversions between instants and local wall times.
// Written independently of src/. Everything is epoch milliseconds.
//
// A "wall" value is the epoch-ms number whose UTC reading equals the local wall-clock reading:
// wall = instant + offset(instant). Local dates are day numbers: floor(wall / DAY).
import { IANAZone } from 'luxon';

export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** Offset of `zone` from UTC at instant `t`, in milliseconds. */
export function offsetAt(zone: string, t: number): number {
  return IANAZone.create(zone).offset(t) * MINUTE;
}

/** The local wall reading of instant `t` in `zone`. */
export function wallOf(zone: string, t: number): number {
  return t + offsetAt(zone, t);
}

/**
 * The instant of wall reading `wall` in `zone`, by the `compatible` rule (Temporal / RFC 5545),
 * following the Temporal spec (GetPossibleEpochNanoseconds + DisambiguatePossibleEpochNanoseconds):
 * the candidate offsets are those in force one day before and one day after; a candidate is real
 * when the instant it gives really shows `wall`. Two real candidates (fall-back): the earlier.
 * None (spring-forward gap): read the wall time with the offset from before the gap, which moves
 * it later by the gap's length.
 */
export function instantOf(zone: string, wall: number): number {
  const before = offsetAt(zone, wall - DAY);
  const after = offsetAt(zone, wall + DAY);
  const real = [wall - before, wall - after].filter((t) => wallOf(zone, t) === wall);
  if (real.length > 0) return Math.min(...real);
  return wall - before;
}

/** Local date (day number) of instant `t` in `zone`. */
export function localDay(zone: string, t: number): number {
  return Math.floor(wallOf(zone, t) / DAY);
}

/** "YYYY-MM-DD" label of a day number. */
export function dayLabel(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Day number of a "YYYY-MM-DD" label. */
export function dayOfLabel(label: string): number {
  return Math.floor(Date.parse(`${label}T00:00:00Z`) / DAY);
}

/** Weekday index of a day number: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return new Date(day * DAY).getUTCDay();
}
