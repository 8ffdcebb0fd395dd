import { SlaError } from '../../errors/sla-error';
import type { CompiledSchedule, Schedule } from '../../schedule/schedule';
import type { CompiledMetric } from './compiled-metric';
import type { Label, Priority, RequestKind } from './priority';
import type { SharedConditions } from './shared-conditions';
import type { Target } from './target';

/** The target of each metric for one priority: `null` where the metric is not measured. */
export type MetricTargets = Readonly<Record<string, Target | null>>;

/** One of a plan's priorities. */
export interface PlanPriority {
  readonly id: Priority;
  readonly label: Label;
}

/** One of a plan's metrics: its id and label (the rest of its definition is compiled). */
export interface PlanMetric<M extends string = string> {
  readonly id: M;
  /** `one`: once per ticket; `many`: a new cycle may start after one ends. */
  readonly cycles: 'one' | 'many';
  readonly label: Label;
}

/**
 * A compiled support plan: its schedule, priorities, kinds and metrics, a target per priority
 * and metric, and overrides per kind. `M` names its metrics (`'gti' | 'gtr'` for the default
 * plans; inferred by `definePlan` from a literal configuration, `string` otherwise).
 */
export interface Plan<M extends string = string> {
  readonly id: string;
  readonly name?: string;
  readonly schedule: Schedule;
  /** Share of the target after which a running cycle is at risk (0 < atRisk ≤ 1). */
  readonly atRisk: number;
  /** From least to most urgent. */
  readonly priorities: readonly PlanPriority[];
  readonly requestKinds: readonly RequestKind[];
  readonly metrics: readonly PlanMetric<M>[];
  readonly targets: Readonly<Record<Priority, MetricTargets>>;
  /** Targets that replace the plan's for one request kind. */
  readonly kinds: Readonly<Record<RequestKind, Readonly<Record<Priority, Partial<MetricTargets>>>>>;
}

/** Per priority (by position), per metric (by position): a target, or `null` where not measured. */
export type TargetTable = readonly (readonly (Target | null)[])[];

/** What the clocks need of a plan, in arrays indexed by priority and metric. */
export interface CompiledPlan {
  readonly plan: Plan;
  /** `plan.schedule`, compiled. */
  readonly schedule: CompiledSchedule;
  readonly metrics: readonly CompiledMetric[];
  /** The schedule each metric counts in (by position): the plan's, or around the clock. */
  readonly counted: readonly CompiledSchedule[];
  /** The metrics' detailed conditions, each judged once per event. */
  readonly conditions: SharedConditions;
  /** Each priority's position, lowest first. */
  readonly priorityIndex: ReadonlyMap<Priority, number>;
  /**
   * An object of the metrics' ids in their order, each `null`: a result's reports are stored into
   * a copy, whose properties then exist (a store that adds a property under a changing key is slow).
   */
  readonly metricSlots: Readonly<Record<string, null>>;
  /** The targets of a ticket without a kind. */
  readonly targets: TargetTable;
  /** Every request kind's targets: the plan's, with the kind's overrides in place. */
  readonly kindTargets: ReadonlyMap<RequestKind, TargetTable>;
}

const plans = new WeakMap<Plan, CompiledPlan>();

export function registerPlan<M extends string>(compiled: CompiledPlan): Plan<M> {
  plans.set(compiled.plan, compiled);
  return compiled.plan as Plan<M>;
}

/**
 * @throws {SlaError} `invalid_plan` when `value` was not made by `definePlan`, `standardPlan` or
 * `premiumPlan`.
 */
export function compiledPlanOf(value: unknown): CompiledPlan {
  const compiled =
    typeof value === 'object' && value !== null ? plans.get(value as Plan) : undefined;
  if (compiled === undefined) {
    throw new SlaError(
      'invalid_plan',
      'plan',
      value,
      'is not a plan: build one with definePlan, standardPlan or premiumPlan',
    );
  }
  return compiled;
}

/** The compiled form of `value` when `definePlan`, `standardPlan` or `premiumPlan` made it. */
export function compiledPlanIfAny(value: unknown): CompiledPlan | undefined {
  return typeof value === 'object' && value !== null ? plans.get(value as Plan) : undefined;
}

/** Whether `value` was made by `definePlan`, `standardPlan` or `premiumPlan`. */
export function isPlan(value: unknown): value is Plan {
  return typeof value === 'object' && value !== null && plans.has(value as Plan);
}

/** @throws {SlaError} as `compiledPlanOf`. */
export function assertPlan(value: unknown): Plan {
  return compiledPlanOf(value).plan;
}
