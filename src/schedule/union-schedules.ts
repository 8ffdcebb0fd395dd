import { unionOfChunks } from '../timeline/combine-chunks';
import { combineSchedules } from './combine-schedules';
import type { Schedule } from './schedule';

/**
 * A schedule open whenever any member is open: follow-the-sun desks in several time zones, each
 * with its own holidays. A date is a business day when it is one for any member (each in its own
 * zone); business days count in the first member's zone.
 *
 * @param schedules - At least one schedule.
 * @returns The union, immutable.
 * @throws {SlaError} `invalid_schedule` when empty or when a member is not a schedule.
 *
 * @example
 * const paris = defineSchedule({ timezone: 'Europe/Paris', hours: { mon: ['09:00-17:00'] } });
 * const fortDeFrance = defineSchedule({ timezone: 'America/Martinique', hours: { mon: ['08:00-16:00'] } });
 * businessTimeBetween(unionSchedules(paris, fortDeFrance), '2026-11-30T00:00:00Z', '2026-12-01T00:00:00Z') / 3_600_000;
 * //=> 12  (08:00–20:00 UTC)
 */
export function unionSchedules(...schedules: Schedule[]): Schedule {
  return combineSchedules('union', schedules, unionOfChunks);
}
