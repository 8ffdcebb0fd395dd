import { DateMaker } from './cycles/date-maker';
import {
  type CheckedEvaluateOptions,
  checkEvaluateOptions,
  type EvaluateTicketOptions,
} from './cycles/evaluate-options';
import type { MetricReport } from './cycles/metric-report';
import { replayTicket, type SkippedEvent } from './cycles/replay-ticket';
import { nextAlertOf, reportMetric } from './cycles/report-metric';
import { type CompiledPlan, compiledPlanIfAny, compiledPlanOf, type Plan } from './plan/plan';
import type { Priority } from './plan/priority';
import { policyOf } from './policies/choose-plan';
import type { Policies, PolicyRef } from './policies/policies';
import type { Ticket } from './ticket-log/ticket';

export type { EvaluateTicketOptions } from './cycles/evaluate-options';
export type { SkippedEvent } from './cycles/replay-ticket';

/** Every metric of a ticket at `now`. */
export interface TicketEvaluation<M extends string = string> {
  /** The priority in force at `now`. */
  readonly priority: Priority;
  /** Per metric of the plan, in its order: the present cycle, and the list of cycles. */
  readonly metrics: Readonly<Record<M, MetricReport>>;
  /**
   * The next instant after which a metric's status or an alert changes by itself: the one
   * instant to wake up at. At it the old state still holds. `null` when nothing will change
   * without a new event.
   */
  readonly nextChangeAt: Date | null;
  /** Present when evaluated through policies: the policy and version the ticket was held to. */
  readonly policy?: PolicyRef;
  /** Present in lenient mode: the events that were skipped. */
  readonly skipped?: readonly SkippedEvent[];
}

/**
 * Replays a ticket's event log and reports every metric of the plan at `now`: state, target,
 * elapsed and remaining business time, deadline, at-risk instant, breach and status of its
 * present cycle, the list of its cycles and its alerts, and the next instant at which anything
 * changes by itself (for scheduling one wake-up).
 *
 * @param plan - A plan from `definePlan`, `standardPlan` or `premiumPlan`, or policies from
 * `definePolicies` (the ticket is held to the plan of the version its policy had in force when it
 * was opened, and the result names them under `policy`).
 * @param ticket - `openedAt`, `priority`, optional `kind`, `status`, `fields` and `events` in time
 * order (at most `MAX_TICKET_EVENTS`, 100,000).
 * @param options - `now` (required), `lenient`, `onPriorityChange`, `pausing`.
 * @returns A fresh result, made for this call and shared with no other: yours to keep or change.
 * Fields that name the same instant may share one `Date`.
 * @throws {SlaError} `invalid_event` (strict mode) naming the event's index and why it is
 * impossible; `invalid_ticket`, `invalid_instant` or `invalid_plan` for bad arguments
 * (`invalid_ticket` too, lenient or not, for more than `MAX_TICKET_EVENTS` events);
 * `invalid_argument` when `now` is before `openedAt`; `no_policy` when no policy takes the ticket
 * or its policy had no version yet when it was opened. A ticket object that throws when it is
 * read (a getter, a revoked Proxy) lets its own error through.
 *
 * @example
 * const plan = standardPlan();
 * const { metrics } = evaluateTicket(
 *   plan,
 *   { openedAt: '2026-11-27T15:50:00-04:00', priority: 'critical', kind: 'incident',
 *     events: [{ type: 'responded', at: '2026-11-30T08:03:00-04:00' }] },
 *   { now: '2026-11-30T11:00:00-04:00' },
 * );
 * [metrics.gti.status, metrics.gtr.status, metrics.gtr.deadline?.toISOString()];
 * //=> ['met', 'at-risk', '2026-11-30T15:50:00.000Z']
 */
export function evaluateTicket<M extends string>(
  plan: Plan<M> | Policies,
  ticket: Ticket,
  options: EvaluateTicketOptions,
): TicketEvaluation<M> {
  return evaluateChecked(plan, ticket, checkEvaluateOptions(options));
}

/** `evaluateTicket` with options already checked: a report checks them once, not per ticket. */
export function evaluateChecked<M extends string>(
  plan: Plan<M> | Policies,
  ticket: Ticket,
  options: CheckedEvaluateOptions,
): TicketEvaluation<M> {
  return evaluateWith(plan, ticket, options, true);
}

/**
 * The evaluation a summary counts: the statuses, times, priority, policy and refusals of
 * `evaluateChecked`, every instant left `null` (a count reads none, and making the `Date`s was
 * a fifth of the evaluation). Never handed to a caller: its types claim `Date`s it lacks.
 */
export function evaluateForCount<M extends string>(
  plan: Plan<M> | Policies,
  ticket: Ticket,
  options: CheckedEvaluateOptions,
): TicketEvaluation<M> {
  return evaluateWith(plan, ticket, options, false);
}

function evaluateWith<M extends string>(
  plan: Plan<M> | Policies,
  ticket: Ticket,
  options: CheckedEvaluateOptions,
  makesDates: boolean,
): TicketEvaluation<M> {
  // A plan is asked about first: it is the usual argument, and policies are not one.
  const compiled = compiledPlanIfAny(plan);
  if (compiled !== undefined) return evaluatePlan(compiled, ticket, options, undefined, makesDates);
  const chosen = policyOf(plan, ticket);
  return chosen === null
    ? evaluatePlan(compiledPlanOf(plan), ticket, options, undefined, makesDates)
    : evaluatePlan(compiledPlanOf(chosen.plan), chosen.ticket, options, chosen.policy, makesDates);
}

function evaluatePlan<M extends string>(
  plan: CompiledPlan,
  ticket: Ticket,
  options: CheckedEvaluateOptions,
  policy: PolicyRef | undefined,
  makesDates: boolean,
): TicketEvaluation<M> {
  const replayed = replayTicket(plan, ticket, options);
  const { replay, skipped } = replayed;
  const { now } = options;
  // Every slot is filled below, in the plan's order.
  const slots: Record<string, MetricReport | null> = { ...replayed.plan.metricSlots };
  const metrics = slots as Record<M, MetricReport>;
  let next = Infinity;
  const { runs } = replay;
  const { atRisk } = replayed.plan.plan;
  const dates = new DateMaker(replay.opening.at, makesDates);
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index] as (typeof runs)[number];
    const idleTarget = run.current === null ? replay.idleTarget(index, now) : null;
    const report = reportMetric(run, now, atRisk, idleTarget, dates);
    metrics[run.metric.id as M] = report;
    const change = report.nextChangeAt === null ? Infinity : report.nextChangeAt.getTime();
    next = Math.min(next, change, nextAlertOf(report));
  }
  const nextChangeAt = next === Infinity ? null : new Date(next);
  const { priority } = replay;
  if (policy === undefined) {
    return options.lenient
      ? { priority, metrics, nextChangeAt, skipped }
      : { priority, metrics, nextChangeAt };
  }
  return options.lenient
    ? { priority, metrics, nextChangeAt, policy, skipped }
    : { priority, metrics, nextChangeAt, policy };
}
