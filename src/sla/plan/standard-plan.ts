import type { ScheduleConfig } from '../../schedule/schedule-config';
import { type BuiltinPlanOptions, builtinPlanConfig, DEFAULT_TIMEZONE } from './builtin-plans';
import { definePlan } from './define-plan';
import type { Plan } from './plan';

const WEEKDAY = Object.freeze(['08:00-16:00']);
const STANDARD_SCHEDULE: ScheduleConfig = Object.freeze({
  timezone: DEFAULT_TIMEZONE,
  hours: Object.freeze({ mon: WEEKDAY, tue: WEEKDAY, wed: WEEKDAY, thu: WEEKDAY, fri: WEEKDAY }),
  holidays: 'FR-MQ',
});

/**
 * The standard plan: Monday to Friday 08:00–16:00 in `America/Martinique`, closed
 * on FR-MQ public holidays; GTI 1 h / 45 min / 30 min / 15 min and GTR 7 / 3 / 1 business days /
 * 4 h for normal / medium / high / critical. Every default can be overridden.
 *
 * @param options - Replacements for the id, zone, holidays, hours, overrides, schedule, targets, kinds or at-risk threshold.
 * @returns An immutable plan.
 * @throws {SlaError} as `definePlan` for bad options.
 *
 * @example
 * slaDeadlines(standardPlan(), { openedAt: '2026-11-27T15:50:00-04:00', priority: 'critical' });
 * //=> { gti: 2026-11-30T12:05:00.000Z, gtr: 2026-11-30T15:50:00.000Z }   (Monday 08:05 and 11:50)
 */
export function standardPlan(options: BuiltinPlanOptions = {}): Plan<'gti' | 'gtr'> {
  return definePlan(
    builtinPlanConfig(
      {
        id: 'standard',
        name: 'Standard',
        schedule: STANDARD_SCHEDULE,
        scheduleBase: STANDARD_SCHEDULE,
      },
      options,
    ),
  );
}
