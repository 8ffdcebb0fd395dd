import { parseOrThrow } from '../errors/from-zod-issue';
import { SlaError } from '../errors/sla-error';
import { alwaysOpen } from '../schedule/always-open';
import { compileScheduleConfig } from '../schedule/define-schedule';
import { isSchedule, type Schedule } from '../schedule/schedule';
import type { ScheduleConfig } from '../schedule/schedule-config';
import { type ClockTargets, type Plan, registerPlan } from './plan';
import { type PlanConfig, planConfigSchema } from './plan-config';
import { CLOCKS, PRIORITIES, type Priority, REQUEST_KINDS } from './priority';
import { parseTarget, type Target } from './target';

export type { PlanConfig } from './plan-config';

/** A clock is at risk past three quarters of its target unless the plan says otherwise. */
export const DEFAULT_AT_RISK = 0.75;

/**
 * Validates and compiles a support plan given as plain, JSON-compatible data.
 *
 * @param config - `id`, `schedule` (configuration, `"24/7"` or a compiled schedule), `targets`
 * per priority for `gti` and `gtr`, optional `kinds` overrides and `atRisk` threshold.
 * @returns An immutable plan for `slaDeadlines` and `evaluateTicket`.
 * @throws {SlaError} `invalid_plan` naming the path of the bad entry (`targets.high.gtr`), or the
 * schedule's own codes under `schedule.` (`schedule.hours.mon[0]`).
 *
 * @example
 * const plan = definePlan({
 *   id: 'gold',
 *   schedule: '24/7',
 *   targets: {
 *     normal: { gti: { hours: 1 }, gtr: 'P5D' },
 *     medium: { gti: { minutes: 45 }, gtr: { businessDays: 2 } },
 *     high: { gti: 'PT30M', gtr: { businessDays: 1 } },
 *     critical: { gti: { minutes: 15 }, gtr: { hours: 4 } },
 *   },
 * });
 * plan.atRisk;
 * //=> 0.75
 */
export function definePlan(config: PlanConfig): Plan {
  const {
    id,
    name,
    targets,
    kinds = {},
    atRisk = DEFAULT_AT_RISK,
  } = parseOrThrow(planConfigSchema, config, 'invalid_plan', '');
  const schedule = planSchedule(config.schedule);
  const plan: Plan = {
    id,
    ...(name === undefined ? {} : { name }),
    schedule,
    atRisk,
    targets: Object.freeze(
      Object.fromEntries(
        PRIORITIES.map((priority) => [
          priority,
          clockTargets(targets[priority], `targets.${priority}`),
        ]),
      ),
    ) as Plan['targets'],
    kinds: Object.freeze(
      Object.fromEntries(
        REQUEST_KINDS.filter((kind) => kinds[kind] !== undefined).map((kind) => [
          kind,
          kindTargets(kinds[kind] ?? {}, `kinds.${kind}`),
        ]),
      ),
    ),
  };
  return registerPlan(Object.freeze(plan));
}

function planSchedule(schedule: PlanConfig['schedule']): Schedule {
  if (schedule === '24/7') return alwaysOpen();
  if (isSchedule(schedule)) return schedule;
  if (typeof schedule !== 'object' || schedule === null) {
    throw new SlaError(
      'invalid_plan',
      'schedule',
      schedule,
      'is neither a schedule configuration, "24/7" nor a schedule',
    );
  }
  return compileScheduleConfig(schedule as ScheduleConfig, 'schedule');
}

function clockTargets(input: Record<string, unknown>, path: string): ClockTargets {
  return Object.freeze({
    gti: parseTarget(input.gti, `${path}.gti`),
    gtr: parseTarget(input.gtr, `${path}.gtr`),
  });
}

function kindTargets(
  input: Partial<Record<Priority, Record<string, unknown> | undefined>>,
  path: string,
) {
  const result: Partial<Record<Priority, Partial<ClockTargets>>> = {};
  for (const priority of PRIORITIES) {
    const clocks = input[priority];
    if (clocks === undefined) continue;
    const parsed: Partial<Record<(typeof CLOCKS)[number], Target>> = {};
    for (const clock of CLOCKS) {
      if (clocks[clock] !== undefined)
        parsed[clock] = parseTarget(clocks[clock], `${path}.${priority}.${clock}`);
    }
    result[priority] = Object.freeze(parsed);
  }
  return Object.freeze(result);
}
