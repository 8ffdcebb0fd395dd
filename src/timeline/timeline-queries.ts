import {
  earliestInstantAtPosition,
  instantAtPosition,
  lastStartingAtOrBefore,
  openTimeBefore,
} from './chunk';
import { chunkIndexOf, HORIZON_CHUNKS, noOpenTime, type Timeline } from './timeline';

/**
 * The calculations of DESIGN §4 on a timeline, in epoch milliseconds. Each one touches the
 * chunks between its instants only; inside a chunk it is a binary search.
 */

export function isOpenAt(timeline: Timeline, t: number): boolean {
  const chunk = timeline.chunkAt(t);
  const i = lastStartingAtOrBefore(chunk, t);
  return i >= 0 && t < (chunk.ends[i] as number);
}

/** `t` if open, else the next opening. */
export function nextOpening(timeline: Timeline, t: number, path: string): number {
  let index = chunkIndexOf(t);
  const chunk = timeline.chunk(index);
  const i = lastStartingAtOrBefore(chunk, t);
  if (i >= 0 && t < (chunk.ends[i] as number)) return t;
  if (i + 1 < chunk.starts.length) return chunk.starts[i + 1] as number;
  for (let searched = 0; searched < HORIZON_CHUNKS; searched++) {
    const next = timeline.chunk(++index);
    if (next.starts.length > 0) return next.starts[0] as number;
  }
  throw noOpenTime(path, t, 'after');
}

/** `t` if open time ends at or runs through it (`t` in `(start, end]`), else the previous closing. */
export function previousClosing(timeline: Timeline, t: number, path: string): number {
  let index = chunkIndexOf(t);
  const chunk = timeline.chunk(index);
  const i = lastStartingAtOrBefore(chunk, t - 1);
  if (i >= 0) return Math.min(t, chunk.ends[i] as number);
  for (let searched = 0; searched < HORIZON_CHUNKS; searched++) {
    const previous = timeline.chunk(--index);
    const count = previous.ends.length;
    if (count > 0) return previous.ends[count - 1] as number;
  }
  throw noOpenTime(path, t, 'before');
}

/** Open time in `[a, b)`, for `a ≤ b`. */
export function openTimeBetween(timeline: Timeline, a: number, b: number): number {
  const first = chunkIndexOf(a);
  const last = chunkIndexOf(b);
  const firstChunk = timeline.chunk(first);
  if (first === last) return openTimeBefore(firstChunk, b) - openTimeBefore(firstChunk, a);
  let total = firstChunk.total - openTimeBefore(firstChunk, a);
  for (let index = first + 1; index < last; index++) total += timeline.chunk(index).total;
  return total + openTimeBefore(timeline.chunk(last), b);
}

/** The latest `t ≥ start` with `openTimeBetween(start, t) ≤ amount`, for `amount ≥ 0`. */
export function addOpenTime(
  timeline: Timeline,
  start: number,
  amount: number,
  path: string,
): number {
  let index = chunkIndexOf(start);
  let chunk = timeline.chunk(index);
  let position = openTimeBefore(chunk, start) + amount;
  let emptyChunks = 0;
  while (position >= chunk.total) {
    position -= chunk.total;
    emptyChunks = chunk.total === 0 ? emptyChunks + 1 : 0;
    if (emptyChunks > HORIZON_CHUNKS) throw noOpenTime(path, start, 'after');
    chunk = timeline.chunk(++index);
  }
  return instantAtPosition(chunk, position);
}

/** The earliest `t ≤ end` with `openTimeBetween(t, end) ≤ amount`, for `amount ≥ 0`. */
export function subtractOpenTime(
  timeline: Timeline,
  end: number,
  amount: number,
  path: string,
): number {
  let index = chunkIndexOf(end);
  let chunk = timeline.chunk(index);
  let position = openTimeBefore(chunk, end) - amount;
  let emptyChunks = 0;
  while (position <= 0) {
    emptyChunks = chunk.total === 0 ? emptyChunks + 1 : 0;
    if (emptyChunks > HORIZON_CHUNKS) throw noOpenTime(path, end, 'before');
    chunk = timeline.chunk(--index);
    position += chunk.total;
  }
  return earliestInstantAtPosition(chunk, position);
}

/** Open intervals clipped to `[from, to)`, merged across chunk boundaries, as `[s0, e0, s1, …]`. */
export function openIntervalsBetween(timeline: Timeline, from: number, to: number): number[] {
  const flat: number[] = [];
  if (to <= from) return flat;
  const last = chunkIndexOf(to - 1);
  for (let index = chunkIndexOf(from); index <= last; index++) {
    const chunk = timeline.chunk(index);
    for (let i = Math.max(0, lastStartingAtOrBefore(chunk, from)); i < chunk.starts.length; i++) {
      const start = Math.max(chunk.starts[i] as number, from);
      const end = Math.min(chunk.ends[i] as number, to);
      if (start >= to) break;
      if (end <= start) continue;
      if (flat.length > 0 && flat[flat.length - 1] === start) flat[flat.length - 1] = end;
      else flat.push(start, end);
    }
  }
  return flat;
}
