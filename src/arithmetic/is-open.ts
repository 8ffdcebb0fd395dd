import { type InstantInput, toEpochMs } from '../instant/instant-input';
import { compiledOf, type Schedule } from '../schedule/schedule';
import { isOpenAt } from '../timeline/timeline-queries';

/**
 * Whether the schedule is open at an instant: inside a range `[start, end)`, so the opening
 * instant is open and the closing instant is not.
 *
 * @param schedule - A compiled schedule.
 * @param at - The instant to test.
 * @returns `true` when open.
 * @throws {SlaError} `invalid_schedule` or `invalid_instant` for bad arguments.
 *
 * @example
 * const desk = defineSchedule({ timezone: 'America/Martinique', hours: { fri: ['08:00-16:00'] } });
 * isOpen(desk, '2026-11-27T15:59:59.999-04:00');
 * //=> true
 * isOpen(desk, '2026-11-27T16:00:00-04:00');
 * //=> false
 */
export function isOpen(schedule: Schedule, at: InstantInput): boolean {
  const { timeline } = compiledOf(schedule);
  return isOpenAt(timeline, toEpochMs(at, 'at'));
}
