import { parseOrThrow } from '../../errors/from-zod-issue';
import { SlaError } from '../../errors/sla-error';
import { alwaysOpen } from '../../schedule/always-open';
import { compileScheduleConfig } from '../../schedule/define-schedule';
import { compiledOf, isSchedule, type Schedule } from '../../schedule/schedule';
import type { ScheduleConfig } from '../../schedule/schedule-config';
import { calendarSchedule } from './calendar-schedule';
import { type Plan, registerPlan } from './plan';
import { type PlanConfig, planConfigSchema } from './plan-config';
import { parseKindTargets, parseTargets } from './plan-targets';
import { parseMetrics, parsePriorities, parseRequestKinds } from './plan-vocabulary';
import { shareConditions } from './shared-conditions';

export type { PlanConfig } from './plan-config';

/**
 * The metric ids a plan configuration names: `'gti' | 'gtr'` when it has no `metrics`, `string`
 * when they are not known to the compiler (a configuration read from a file).
 */
export type MetricIdsOf<C extends PlanConfig> = 'metrics' extends keyof C
  ? C['metrics'] extends readonly (infer E)[]
    ? E extends string
      ? E
      : E extends { readonly id: infer I extends string }
        ? I
        : string
    : string
  : 'gti' | 'gtr';

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
export function definePlan<const C extends PlanConfig>(config: C): Plan<MetricIdsOf<C>> {
  const {
    id,
    name,
    atRisk = DEFAULT_AT_RISK,
  } = parseOrThrow(planConfigSchema, config, 'invalid_plan', '');
  const schedule = planSchedule(config.schedule);
  const priorities = parsePriorities(config.priorities);
  const requestKinds = parseRequestKinds(config.requestKinds);
  const metrics = parseMetrics(config.metrics);
  const targets = parseTargets(config.targets, priorities, metrics);
  const kinds = parseKindTargets(config.kinds, requestKinds, priorities, metrics, targets.byIndex);
  const plan: Plan = Object.freeze({
    id,
    ...(name === undefined ? {} : { name }),
    schedule,
    atRisk,
    priorities,
    requestKinds,
    metrics: Object.freeze(
      metrics.map(({ id, label, many }) =>
        Object.freeze({ id, label, cycles: many ? ('many' as const) : ('one' as const) }),
      ),
    ),
    targets: targets.byId,
    kinds: Object.freeze(kinds.byId),
  });
  const shared = shareConditions(metrics);
  const compiledSchedule = compiledOf(schedule, 'schedule');
  return registerPlan<MetricIdsOf<C>>(
    Object.freeze({
      plan,
      schedule: compiledSchedule,
      metrics: shared.metrics,
      counted: Object.freeze(
        shared.metrics.map((metric) => (metric.calendar ? calendarSchedule() : compiledSchedule)),
      ),
      conditions: shared.shared,
      priorityIndex: new Map(priorities.map((priority, index) => [priority.id, index])),
      metricSlots: Object.fromEntries(shared.metrics.map((metric) => [metric.id, null])),
      targets: targets.byIndex,
      kindTargets: kinds.byKind,
    }),
  );
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
