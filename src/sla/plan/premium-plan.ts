import type { ScheduleConfig } from '../../schedule/schedule-config';
import { type BuiltinPlanOptions, builtinPlanConfig, DEFAULT_TIMEZONE } from './builtin-plans';
import { definePlan } from './define-plan';
import type { Plan } from './plan';

const ALL_DAY = Object.freeze(['00:00-24:00']);
const AROUND_THE_CLOCK: ScheduleConfig = Object.freeze({
  timezone: DEFAULT_TIMEZONE,
  hours: Object.freeze({
    mon: ALL_DAY,
    tue: ALL_DAY,
    wed: ALL_DAY,
    thu: ALL_DAY,
    fri: ALL_DAY,
    sat: ALL_DAY,
    sun: ALL_DAY,
  }),
});

/**
 * The premium plan: open 24/7, with the same target table as the standard plan
 * (business days are then whole days). Giving a zone, hours, holidays or overrides builds a
 * schedule from them instead (default zone `America/Martinique`, every day 00:00–24:00).
 *
 * @param options - Replacements for the id, zone, holidays, hours, overrides, schedule, targets, kinds or at-risk threshold.
 * @returns An immutable plan.
 * @throws {SlaError} as `definePlan` for bad options.
 *
 * @example
 * slaDeadlines(premiumPlan(), { openedAt: '2026-11-27T15:50:00-04:00', priority: 'critical' });
 * //=> { gti: 2026-11-27T20:05:00.000Z, gtr: 2026-11-27T23:50:00.000Z }   (Friday 16:05 and 19:50)
 */
export function premiumPlan(options: BuiltinPlanOptions = {}): Plan<'gti' | 'gtr'> {
  return definePlan(
    builtinPlanConfig(
      { id: 'premium', name: 'Premium', schedule: '24/7', scheduleBase: AROUND_THE_CLOCK },
      options,
    ),
  );
}
