import { MS_PER_DAY } from '../civil/civil-date';

/**
 * The open intervals of one fixed span of epoch time, clipped to it, sorted, disjoint and not
 * touching, with the open time that precedes each interval inside the chunk. Every query on a
 * timeline is a binary search in one or two chunks plus arithmetic on these arrays.
 */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** `cumulative[i]`: open time in `[start, starts[i])`. */
  readonly cumulative: Float64Array;
  /** Open time in the whole chunk. */
  readonly total: number;
  /**
   * `firstInSlot[k]`: how many intervals start before `start + k` days, for `k` from 0 to the
   * chunk's days. The intervals that start on one day are then found without searching the rest.
   */
  readonly firstInSlot: Int32Array;
  /**
   * The last two instants `openTimeBefore` was asked about and its answers (`NaN` until then):
   * a ticket's clocks ask about the same few instants (its opening, a pause) several times.
   */
  recent: number;
  recentOpenBefore: number;
  older: number;
  olderOpenBefore: number;
}

/** The width of the slots that index a chunk's intervals by their start: one day. */
const SLOT_MS = MS_PER_DAY;

/** A list of `[start, end)` pairs, flattened: `[s0, e0, s1, e1, …]`. */
export type FlatIntervals = number[];

/**
 * Builds a chunk from intervals in any order, possibly overlapping or touching, possibly
 * reaching outside `[start, end)`.
 */
export function chunkFromIntervals(start: number, end: number, flat: FlatIntervals): Chunk {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < flat.length; i += 2) {
    const from = Math.max(flat[i] as number, start);
    const to = Math.min(flat[i + 1] as number, end);
    if (to > from) pairs.push([from, to]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const pair of pairs) {
    const last = merged[merged.length - 1];
    if (last && pair[0] <= last[1]) last[1] = Math.max(last[1], pair[1]);
    else merged.push(pair);
  }
  const starts = new Float64Array(merged.length);
  const ends = new Float64Array(merged.length);
  const cumulative = new Float64Array(merged.length);
  let total = 0;
  merged.forEach(([from, to], i) => {
    starts[i] = from;
    ends[i] = to;
    cumulative[i] = total;
    total += to - from;
  });
  return {
    start,
    end,
    starts,
    ends,
    cumulative,
    total,
    firstInSlot: slotsOf(start, end, starts),
    recent: Number.NaN,
    recentOpenBefore: 0,
    older: Number.NaN,
    olderOpenBefore: 0,
  };
}

function slotsOf(start: number, end: number, starts: Float64Array): Int32Array {
  const slotCount = Math.max(1, Math.ceil((end - start) / SLOT_MS));
  const firstInSlot = new Int32Array(slotCount + 1);
  let index = 0;
  for (let slot = 0; slot <= slotCount; slot++) {
    const boundary = start + slot * SLOT_MS;
    while (index < starts.length && (starts[index] as number) < boundary) index++;
    firstInSlot[slot] = index;
  }
  return firstInSlot;
}

/** Flattens a chunk's intervals, for combining chunks of several timelines. */
export function flatIntervalsOf(chunk: Chunk): FlatIntervals {
  const flat: FlatIntervals = [];
  for (let i = 0; i < chunk.starts.length; i++)
    flat.push(chunk.starts[i] as number, chunk.ends[i] as number);
  return flat;
}

/** Index of the last interval starting at or before `t`, or -1. */
export function lastStartingAtOrBefore(chunk: Chunk, t: number): number {
  const { starts, firstInSlot } = chunk;
  const offset = t - chunk.start;
  // Intervals start inside the chunk; `!(≥)` also sends NaN here, which no start precedes.
  if (!(offset >= 0)) return -1;
  // The answer is the interval before `t`'s day or one that starts on that day: search those.
  const slot = Math.min(Math.floor(offset / SLOT_MS), firstInSlot.length - 2);
  let low = firstInSlot[slot] as number;
  let high = (firstInSlot[slot + 1] as number) - 1;
  let found = low - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] as number) <= t) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Open time in `[chunk.start, t)`, for `t` inside the chunk. */
export function openTimeBefore(chunk: Chunk, t: number): number {
  if (t === chunk.recent) return chunk.recentOpenBefore;
  if (t === chunk.older) return chunk.olderOpenBefore;
  const i = lastStartingAtOrBefore(chunk, t);
  const open =
    i < 0
      ? 0
      : (chunk.cumulative[i] as number) +
        Math.min(t, chunk.ends[i] as number) -
        (chunk.starts[i] as number);
  chunk.older = chunk.recent;
  chunk.olderOpenBefore = chunk.recentOpenBefore;
  chunk.recent = t;
  chunk.recentOpenBefore = open;
  return open;
}

/**
 * The latest instant of the chunk at which the open time since `chunk.start` is `position`, for
 * `0 ≤ position < chunk.total`: inside an interval, or the opening that follows when `position`
 * falls exactly on a closing.
 */
export function instantAtPosition(chunk: Chunk, position: number): number {
  const { cumulative, starts, ends } = chunk;
  // First interval whose end position exceeds `position`.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const endPosition =
      (cumulative[middle] as number) + (ends[middle] as number) - (starts[middle] as number);
    if (endPosition > position) high = middle;
    else low = middle + 1;
  }
  return (starts[low] as number) + position - (cumulative[low] as number);
}

/**
 * The earliest instant of the chunk at which the open time since `chunk.start` is `position`, for
 * `0 < position ≤ chunk.total`: inside an interval, or the closing that precedes when
 * `position` falls exactly on an opening.
 */
export function earliestInstantAtPosition(chunk: Chunk, position: number): number {
  const { cumulative, starts } = chunk;
  // Last interval whose start position is below `position`.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((cumulative[middle] as number) < position) low = middle;
    else high = middle - 1;
  }
  return (starts[low] as number) + position - (cumulative[low] as number);
}
