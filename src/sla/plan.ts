import { SlaError } from '../errors/sla-error';
import type { Schedule } from '../schedule/schedule';
import type { ClockName, Priority, RequestKind } from './priority';
import type { Target } from './target';

/** The targets of both clocks for one priority. */
export type ClockTargets = Readonly<Record<ClockName, Target>>;

/** A compiled support plan: its schedule, a target per priority and clock, and overrides per kind. */
export interface Plan {
  readonly id: string;
  readonly name?: string;
  readonly schedule: Schedule;
  /** Share of the target after which a running clock is at risk (0 < atRisk ≤ 1). */
  readonly atRisk: number;
  readonly targets: Readonly<Record<Priority, ClockTargets>>;
  /** Targets that replace the plan's for one request kind. */
  readonly kinds: Readonly<
    Partial<Record<RequestKind, Readonly<Partial<Record<Priority, Partial<ClockTargets>>>>>>
  >;
}

const plans = new WeakSet<Plan>();

export function registerPlan(plan: Plan): Plan {
  plans.add(plan);
  return plan;
}

/**
 * @throws {SlaError} `invalid_plan` when `value` was not made by `definePlan`, `standardPlan` or
 * `premiumPlan`.
 */
export function assertPlan(value: unknown): Plan {
  if (typeof value !== 'object' || value === null || !plans.has(value as Plan)) {
    throw new SlaError(
      'invalid_plan',
      'plan',
      value,
      'is not a plan: build one with definePlan, standardPlan or premiumPlan',
    );
  }
  return value as Plan;
}

/** The target of one clock for a priority and kind: the kind's override, else the plan's. */
export function targetOf(
  plan: Plan,
  priority: Priority,
  kind: RequestKind | undefined,
  clock: ClockName,
): Target {
  return (kind && plan.kinds[kind]?.[priority]?.[clock]) || plan.targets[priority][clock];
}
