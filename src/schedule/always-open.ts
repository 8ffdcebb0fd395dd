import { chunkFromIntervals } from '../timeline/chunk';
import { Timeline } from '../timeline/timeline';
import { createSchedule, type Schedule } from './schedule';
import { ZoneClock } from './zone-clock';

let shared: Schedule | undefined;

/**
 * A schedule that is always open (24/7): business time equals real time, and every date is a
 * business day (counted in UTC).
 *
 * @returns The 24/7 schedule (one shared immutable instance).
 * @throws Never.
 *
 * @example
 * addBusinessTime(alwaysOpen(), '2026-11-27T23:00:00Z', { hours: 4 });
 * //=> 2026-11-28T03:00:00.000Z
 */
export function alwaysOpen(): Schedule {
  shared ??= createSchedule('always', {
    timeline: new Timeline((_index, start, end) => chunkFromIntervals(start, end, [start, end])),
    clock: ZoneClock.of('UTC', 'timezone'),
    isOpenDate: () => true,
  });
  return shared;
}
