import { type DurationInput, toDurationMs } from '../duration/duration-input';
import { type InstantInput, toDate, toEpochMs } from '../instant/instant-input';
import { compiledOf, type Schedule } from '../schedule/schedule';
import { addOpenTime, subtractOpenTime } from '../timeline/timeline-queries';

/**
 * The instant at which a business-time amount counted from `start` runs out: the latest
 * instant `t ≥ start` with `businessTimeBetween(start, t) ≤ duration`. When the amount runs out
 * exactly at a closing time the answer is the next opening (no business time passes in
 * between); a zero amount from a closed instant also gives the next opening. A negative amount
 * subtracts.
 *
 * @param schedule - A compiled schedule.
 * @param start - When counting starts.
 * @param duration - Milliseconds, `PT…` ISO duration, `{ hours, minutes, seconds, milliseconds }`
 * or a luxon `Duration`.
 * @returns A new `Date`.
 * @throws {SlaError} `no_open_time` past the search horizon; `out_of_range` beyond the range of
 * `Date`; `invalid_schedule`, `invalid_instant` or `invalid_duration` for bad arguments.
 *
 * @example
 * const desk = defineSchedule({
 *   timezone: 'America/Martinique',
 *   hours: { mon: ['08:00-16:00'], fri: ['08:00-16:00'] },
 * });
 * addBusinessTime(desk, '2026-11-27T15:45:00-04:00', { minutes: 15 }); // Friday 15:45
 * //=> 2026-11-30T12:00:00.000Z  (Monday 08:00 in Martinique)
 */
export function addBusinessTime(
  schedule: Schedule,
  start: InstantInput,
  duration: DurationInput,
): Date {
  const { timeline } = compiledOf(schedule);
  const startMs = toEpochMs(start, 'start');
  const amount = toDurationMs(duration, 'duration');
  return toDate(
    amount >= 0
      ? addOpenTime(timeline, startMs, amount, 'start')
      : subtractOpenTime(timeline, startMs, -amount, 'start'),
    'start',
    start,
  );
}
