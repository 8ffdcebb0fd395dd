import { type DurationInput, toDurationMs } from '../duration/duration-input';
import { type InstantInput, toDate, toEpochMs } from '../instant/instant-input';
import { compiledOf, type Schedule } from '../schedule/schedule';
import { addOpenTime, subtractOpenTime } from '../timeline/timeline-queries';

/**
 * The mirror of `addBusinessTime`: the earliest instant `t ≤ end` with
 * `businessTimeBetween(t, end) ≤ duration`. When the amount runs out exactly at an opening the
 * answer is the previous closing. A negative amount adds.
 *
 * @param schedule - A compiled schedule.
 * @param end - When counting (backwards) starts.
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
 * subtractBusinessTime(desk, '2026-11-30T08:30:00-04:00', 'PT1H'); // Monday 08:30
 * //=> 2026-11-27T19:30:00.000Z  (Friday 15:30 in Martinique)
 */
export function subtractBusinessTime(
  schedule: Schedule,
  end: InstantInput,
  duration: DurationInput,
): Date {
  const { timeline } = compiledOf(schedule);
  const endMs = toEpochMs(end, 'end');
  const amount = toDurationMs(duration, 'duration');
  return toDate(
    amount >= 0
      ? subtractOpenTime(timeline, endMs, amount, 'end')
      : addOpenTime(timeline, endMs, -amount, 'end'),
    'end',
    end,
  );
}
