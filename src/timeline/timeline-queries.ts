import { SlaError } from '../errors/sla-error';
import { MAX_EPOCH_MS } from '../instant/instant-input';
import {
  earliestInstantAtPosition,
  instantAtPosition,
  lastStartingAtOrBefore,
  openTimeBefore,
} from './chunk';
import {
  CHUNK_SPAN,
  chunkIndexOf,
  HORIZON_CHUNKS,
  MAX_SPAN_CHUNKS,
  noOpenTime,
  spanTooLong,
  type Timeline,
} from './timeline';

/**
 * The business-time calculations on a timeline, in epoch milliseconds. Each one touches the
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
export function openTimeBetween(timeline: Timeline, a: number, b: number, path = 'to'): number {
  const first = chunkIndexOf(a);
  const last = chunkIndexOf(b);
  if (last - first > MAX_SPAN_CHUNKS) throw spanTooLong(path, a);
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
  // Business time never runs faster than real time: the answer is at least `start + amount`.
  if (start + amount > MAX_EPOCH_MS) {
    // A schedule that never opens is the more useful diagnosis.
    nextOpening(timeline, start, path);
    throw beyondDates(amount);
  }
  if (amount > MAX_SPAN_CHUNKS * CHUNK_SPAN) throw spanTooLong(path, start);
  const first = chunkIndexOf(start);
  let index = first;
  let chunk = timeline.chunk(index);
  let position = openTimeBefore(chunk, start) + amount;
  let emptyChunks = 0;
  while (position >= chunk.total) {
    position -= chunk.total;
    emptyChunks = chunk.total === 0 ? emptyChunks + 1 : 0;
    if (emptyChunks > HORIZON_CHUNKS) throw noOpenTime(path, start, 'after');
    if (++index - first > MAX_SPAN_CHUNKS) throw spanTooLong(path, start);
    chunk = timeline.chunk(index);
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
  if (end - amount < -MAX_EPOCH_MS) {
    previousClosing(timeline, end, path);
    throw beyondDates(amount);
  }
  if (amount > MAX_SPAN_CHUNKS * CHUNK_SPAN) throw spanTooLong(path, end);
  const last = chunkIndexOf(end);
  let index = last;
  let chunk = timeline.chunk(index);
  let position = openTimeBefore(chunk, end) - amount;
  let emptyChunks = 0;
  while (position <= 0) {
    emptyChunks = chunk.total === 0 ? emptyChunks + 1 : 0;
    if (emptyChunks > HORIZON_CHUNKS) throw noOpenTime(path, end, 'before');
    if (last - --index > MAX_SPAN_CHUNKS) throw spanTooLong(path, end);
    chunk = timeline.chunk(index);
    position += chunk.total;
  }
  return earliestInstantAtPosition(chunk, position);
}

/** Open intervals clipped to `[from, to)`, merged across chunk boundaries, as `[s0, e0, s1, …]`. */
export function openIntervalsBetween(timeline: Timeline, from: number, to: number): number[] {
  const flat: number[] = [];
  if (to <= from) return flat;
  const last = chunkIndexOf(to - 1);
  if (last - chunkIndexOf(from) > MAX_SPAN_CHUNKS) throw spanTooLong('to', from);
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

function beyondDates(amount: number): SlaError {
  return new SlaError(
    'out_of_range',
    'duration',
    amount,
    'the result would lie beyond the instants a Date can represent',
  );
}
