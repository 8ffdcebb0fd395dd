import { type InstantInput, toDate, toEpochMs } from '../instant/instant-input';
import { compiledOf, type Schedule } from '../schedule/schedule';
import { nextOpening } from '../timeline/timeline-queries';

/**
 * The instant itself if the schedule is open then, otherwise the next opening.
 *
 * @param schedule - A compiled schedule.
 * @param at - Where to start looking.
 * @returns A new `Date`.
 * @throws {SlaError} `no_open_time` when nothing opens within the search horizon (over 50 years);
 * `invalid_schedule` or `invalid_instant` for bad arguments.
 *
 * @example
 * const desk = defineSchedule({
 *   timezone: 'America/Martinique',
 *   hours: { mon: ['08:00-16:00'], fri: ['08:00-16:00'] },
 * });
 * nextOpen(desk, '2026-11-27T16:00:00-04:00'); // Friday closing
 * //=> 2026-11-30T12:00:00.000Z  (Monday 08:00 in Martinique)
 */
export function nextOpen(schedule: Schedule, at: InstantInput): Date {
  const { timeline } = compiledOf(schedule);
  return toDate(nextOpening(timeline, toEpochMs(at, 'at'), 'at'), 'at', at);
}
