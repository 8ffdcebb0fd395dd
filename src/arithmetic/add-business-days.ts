import { type DayNumber, MS_PER_DAY } from '../civil/civil-date';
import { SlaError } from '../errors/sla-error';
import { type InstantInput, toDate, toEpochMs } from '../instant/instant-input';
import { type CompiledSchedule, compiledOf, type Schedule } from '../schedule/schedule';
import { type Chunk, lastStartingAtOrBefore } from '../timeline/chunk';
import { CHUNK_SPAN, chunkIndexOf, HORIZON_CHUNKS, MAX_SPAN_CHUNKS } from '../timeline/timeline';
import { nextOpening, openTimeBetween, previousClosing } from '../timeline/timeline-queries';

/** Keeps the date walk short: about 38 years of five-day weeks. */
export const MAX_BUSINESS_DAYS = 10_000;
const HORIZON_DAYS = (HORIZON_CHUNKS * CHUNK_SPAN) / MS_PER_DAY;

/**
 * Adds whole business days: from the next opening at or after `start`, step `n`
 * open dates forward (dates that keep at least one non-empty range of their own after holidays
 * and overrides), keep the wall time, and take the next opening if that instant is closed. So
 * Tuesday 10:00 + 1 is Wednesday 10:00, and Saturday 10:00 + 1 is Tuesday 08:00: Monday is the
 * full business day the customer is owed. A negative `n` mirrors this backwards from the
 * previous closing.
 *
 * @param schedule - A compiled schedule; dates are counted in its `timezone`.
 * @param start - When counting starts.
 * @param n - A whole number of business days, at most 10,000 either way.
 * @returns A new `Date`.
 * @throws {SlaError} `invalid_argument` for a fractional or too large `n`; `no_open_time` when no
 * open date lies within the search horizon; `invalid_schedule` or `invalid_instant` for bad
 * arguments.
 *
 * @example
 * const desk = defineSchedule({
 *   timezone: 'America/Martinique',
 *   hours: { mon: ['08:00-16:00'], tue: ['08:00-16:00'], wed: ['08:00-16:00'],
 *            thu: ['08:00-16:00'], fri: ['08:00-16:00'] },
 * });
 * addBusinessDays(desk, '2026-11-28T10:00:00-04:00', 1); // Saturday 10:00
 * //=> 2026-12-01T12:00:00.000Z  (Tuesday 08:00 in Martinique)
 */
export function addBusinessDays(schedule: Schedule, start: InstantInput, n: number): Date {
  const compiled = compiledOf(schedule);
  const startMs = toEpochMs(start, 'start');
  if (typeof n !== 'number' || !Number.isInteger(n) || Math.abs(n) > MAX_BUSINESS_DAYS) {
    throw new SlaError(
      'invalid_argument',
      'n',
      n,
      `is not a whole number of business days within ±${MAX_BUSINESS_DAYS}`,
    );
  }
  return toDate(addBusinessDaysMs(compiled, startMs, n), 'start', start);
}

/** `addBusinessDays` on epoch milliseconds, for a validated whole `n`. */
export function addBusinessDaysMs(compiled: CompiledSchedule, startMs: number, n: number): number {
  return n >= 0 ? forward(compiled, startMs, n) : backward(compiled, startMs, -n);
}

function forward(
  { timeline, clock, isOpenDate }: CompiledSchedule,
  startMs: number,
  n: number,
): number {
  const from = nextOpening(timeline, startMs, 'start');
  const local = clock.localMsOf(from);
  const day = stepOpenDates(isOpenDate, Math.floor(local / MS_PER_DAY), n, 1, from);
  const wallTime = local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
  return nextOpening(timeline, clock.instantOf(day * MS_PER_DAY + wallTime), 'start');
}

/**
 * `openTimeBetween(start, addBusinessDaysMs(start, n))` for `n ≥ 1`: the business time a
 * business-day target gives a clock that starts at `start`. One walk: the chunk searches that
 * find the next opening at each end give the open time before it as well.
 */
export function openTimeOfBusinessDays(
  compiled: CompiledSchedule,
  startMs: number,
  n: number,
): number {
  const { timeline, clock, isOpenDate } = compiled;
  const first = chunkIndexOf(startMs);
  const firstChunk = timeline.chunk(first);
  const from = openingAtOrAfter(firstChunk, startMs);
  // The opening lies in a later chunk, or a bound is near: the plain composition says what to do.
  if (from === undefined) return composed(compiled, startMs, n);
  const local = clock.localMsOf(from.at);
  const day = Math.floor(local / MS_PER_DAY);
  const target = stepOpenDates(isOpenDate, day, n, 1, from.at);
  const landing = clock.instantOf(target * MS_PER_DAY + local - day * MS_PER_DAY);
  const last = chunkIndexOf(landing);
  if (last - first > MAX_SPAN_CHUNKS) return composed(compiled, startMs, n);
  const lastChunk = timeline.chunk(last);
  const end = openingAtOrAfter(lastChunk, landing);
  if (end === undefined) return composed(compiled, startMs, n);
  if (first === last) return end.openBefore - from.openBefore;
  let total = firstChunk.total - from.openBefore;
  for (let index = first + 1; index < last; index++) total += timeline.chunk(index).total;
  return total + end.openBefore;
}

function composed(compiled: CompiledSchedule, startMs: number, n: number): number {
  return openTimeBetween(compiled.timeline, startMs, forward(compiled, startMs, n));
}

/**
 * `t` if open, else the next opening inside `chunk`, with the chunk's open time before it;
 * `undefined` when no interval of the chunk starts after `t`.
 */
function openingAtOrAfter(chunk: Chunk, t: number): { at: number; openBefore: number } | undefined {
  const i = lastStartingAtOrBefore(chunk, t);
  if (i >= 0 && t < (chunk.ends[i] as number)) {
    return { at: t, openBefore: (chunk.cumulative[i] as number) + t - (chunk.starts[i] as number) };
  }
  if (i + 1 >= chunk.starts.length) return undefined;
  return { at: chunk.starts[i + 1] as number, openBefore: chunk.cumulative[i + 1] as number };
}

// The mirror of `forward`: reflecting time turns `[start, end)` into `(start, end]`, so the
// wall time read is the one just before the closing, and one millisecond is added back.
function backward(
  { timeline, clock, isOpenDate }: CompiledSchedule,
  startMs: number,
  n: number,
): number {
  const from = previousClosing(timeline, startMs, 'start');
  const local = clock.localMsOf(from - 1);
  const day = stepOpenDates(isOpenDate, Math.floor(local / MS_PER_DAY), n, -1, from);
  const wallTime = local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
  return previousClosing(timeline, clock.instantOf(day * MS_PER_DAY + wallTime) + 1, 'start');
}

function stepOpenDates(
  isOpenDate: (day: DayNumber) => boolean,
  day: DayNumber,
  n: number,
  direction: 1 | -1,
  from: number,
): DayNumber {
  let remaining = n;
  let closedInARow = 0;
  while (remaining > 0) {
    day += direction;
    if (isOpenDate(day)) {
      remaining -= 1;
      closedInARow = 0;
    } else if (++closedInARow > HORIZON_DAYS) {
      throw new SlaError(
        'no_open_time',
        'start',
        new Date(from),
        `no open date within ${HORIZON_DAYS} days`,
      );
    }
  }
  return day;
}
