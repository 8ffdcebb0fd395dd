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
}

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
  return { start, end, starts, ends, cumulative, total };
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
  const { starts } = chunk;
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
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
  const i = lastStartingAtOrBefore(chunk, t);
  if (i < 0) return 0;
  return (
    (chunk.cumulative[i] as number) +
    Math.min(t, chunk.ends[i] as number) -
    (chunk.starts[i] as number)
  );
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
