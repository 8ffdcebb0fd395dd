import { intersectionOfChunks } from '../timeline/combine-chunks';
import { combineSchedules } from './combine-schedules';
import type { Schedule } from './schedule';

/**
 * A schedule open only when every member is open, e.g. a desk's hours intersected with the
 * hours a customer can be reached. A date is a business day when it is one for every member;
 * business days count in the first member's zone.
 *
 * @param schedules - At least one schedule.
 * @returns The intersection, immutable.
 * @throws {SlaError} `invalid_schedule` when empty or when a member is not a schedule.
 *
 * @example
 * const paris = defineSchedule({ timezone: 'Europe/Paris', hours: { mon: ['09:00-17:00'] } });
 * const fortDeFrance = defineSchedule({ timezone: 'America/Martinique', hours: { mon: ['08:00-16:00'] } });
 * businessTimeBetween(intersectSchedules(paris, fortDeFrance), '2026-11-30T00:00:00Z', '2026-12-01T00:00:00Z') / 3_600_000;
 * //=> 4  (12:00–16:00 UTC)
 */
export function intersectSchedules(...schedules: Schedule[]): Schedule {
  return combineSchedules('intersection', schedules, intersectionOfChunks);
}
