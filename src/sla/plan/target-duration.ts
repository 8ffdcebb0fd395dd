import { addBusinessDaysMs, openTimeOfBusinessDays } from '../../arithmetic/add-business-days';
import type { CompiledSchedule } from '../../schedule/schedule';
import { openTimeBetween } from '../../timeline/timeline-queries';
import type { Target } from './target';

/**
 * A target in business milliseconds for a clock that starts at `start`: business days count
 * as the business time up to `addBusinessDays(start, n)`.
 */
export function targetDuration(schedule: CompiledSchedule, target: Target, start: number): number {
  if (target.unit === 'time') return target.milliseconds;
  if (target.days >= 1) return openTimeOfBusinessDays(schedule, start, target.days);
  return openTimeBetween(schedule.timeline, start, addBusinessDaysMs(schedule, start, target.days));
}
