import { type InstantInput, toEpochMs } from '../instant/instant-input';
import { compiledOf, type Schedule } from '../schedule/schedule';
import { openTimeBetween } from '../timeline/timeline-queries';

/**
 * The open time between two instants, in milliseconds: the measure of `[from, to)`, negative
 * when `to` is before `from`, so that `between(a, c) = between(a, b) + between(b, c)` in any
 * order. Its cost does not grow with the span.
 *
 * @param schedule - A compiled schedule.
 * @param from - First instant.
 * @param to - Second instant.
 * @returns Signed business milliseconds.
 * @throws {SlaError} `invalid_schedule` or `invalid_instant` for bad arguments.
 *
 * @example
 * const desk = defineSchedule({
 *   timezone: 'America/Martinique',
 *   hours: { mon: ['08:00-16:00'], fri: ['08:00-16:00'] },
 * });
 * businessTimeBetween(desk, '2026-11-27T15:00:00-04:00', '2026-11-30T09:00:00-04:00');
 * //=> 7200000  (one hour on Friday, one on Monday)
 */
export function businessTimeBetween(
  schedule: Schedule,
  from: InstantInput,
  to: InstantInput,
): number {
  const { timeline } = compiledOf(schedule);
  const fromMs = toEpochMs(from, 'from');
  const toMs = toEpochMs(to, 'to');
  // `0 -` keeps an empty backwards span at +0 rather than -0.
  return toMs >= fromMs
    ? openTimeBetween(timeline, fromMs, toMs)
    : 0 - openTimeBetween(timeline, toMs, fromMs);
}
