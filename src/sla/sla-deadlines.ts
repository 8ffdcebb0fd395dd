import { addBusinessDaysMs } from '../arithmetic/add-business-days';
import type { CompiledSchedule } from '../schedule/schedule';
import { addOpenTime } from '../timeline/timeline-queries';
import { matches } from './plan/compiled-metric';
import { compiledPlanIfAny, compiledPlanOf, type Plan, type TargetTable } from './plan/plan';
import { conditionsMet } from './plan/shared-conditions';
import type { Target } from './plan/target';
import { policyOf } from './policies/choose-plan';
import type { Policies } from './policies/policies';
import { openingEvent } from './ticket-log/opening-event';
import { parseTicketHead } from './ticket-log/parse-ticket-head';
import type { Ticket } from './ticket-log/ticket';

/**
 * The deadlines of a new ticket, per metric that starts at the opening: the instant at which
 * its target, counted in the plan's business time from `openedAt`, runs out (a target that runs
 * out at a closing time is due at the next opening). A metric the opening priority does not
 * measure, or that other events start, is left out; one paused from the opening is `null`.
 *
 * @param planOrPolicies - A plan from `definePlan`, `standardPlan` or `premiumPlan`, or
 * policies from `definePolicies` (the ticket's `fields` and `kind` choose the policy).
 * @param ticket - `openedAt`, `priority` and optional `kind`, `status` and `fields` (events are
 * not read).
 * @returns Fresh `Date`s, per metric id.
 * @throws {SlaError} `invalid_plan`, `invalid_ticket` or `invalid_instant` for bad arguments;
 * `no_policy` as `evaluateTicket`.
 *
 * @example
 * slaDeadlines(standardPlan(), { openedAt: '2026-11-27T15:50:00-04:00', priority: 'critical' });
 * //=> { gti: 2026-11-30T12:05:00.000Z, gtr: 2026-11-30T15:50:00.000Z }   (Monday 08:05 and 11:50)
 */
export function slaDeadlines<M extends string>(
  planOrPolicies: Plan<M> | Policies,
  ticket: Pick<Ticket, 'openedAt' | 'priority' | 'kind' | 'status' | 'fields'>,
): Partial<Record<M, Date | null>> {
  // A plan is asked about first: it is the usual argument, and policies are not one.
  let compiled = compiledPlanIfAny(planOrPolicies);
  let read = ticket;
  if (compiled === undefined) {
    const choice = policyOf(planOrPolicies, ticket as Ticket);
    compiled = compiledPlanOf(choice?.plan ?? planOrPolicies);
    read = choice?.ticket ?? ticket;
  }
  // The opening's rules alone: events are not read.
  const opening =
    typeof read === 'object' && read !== null
      ? ({
          openedAt: read.openedAt,
          priority: read.priority,
          kind: read.kind,
          status: read.status,
        } as Ticket)
      : read;
  const head = parseTicketHead(compiled, opening);
  const event = openingEvent(head);
  const met = conditionsMet(compiled.conditions, event);
  const row = head.targets[head.priorityIndex] as TargetTable[number];
  const deadlines: Partial<Record<M, Date | null>> = {};
  const { metrics, counted } = compiled;
  for (let index = 0; index < metrics.length; index++) {
    const metric = metrics[index] as (typeof metrics)[number];
    if (!matches(metric.start, event, met)) continue;
    const target = row[index] ?? null;
    if (target === null) continue;
    // Nobody waits on the customer yet: only the opening status can pause a metric.
    const paused = metric.pauseStatuses?.has(head.status) === true;
    const schedule = counted[index] as CompiledSchedule;
    deadlines[metric.id as M] = paused ? null : new Date(dueAt(schedule, target, head.openedAt));
  }
  return deadlines;
}

/**
 * When a target counted from `start` runs out: business days end where `addBusinessDays` lands
 * (an open instant, so the business time up to it, counted again from `start`, ends there too).
 */
function dueAt(schedule: CompiledSchedule, target: Target, start: number): number {
  if (target.unit === 'businessDays') return addBusinessDaysMs(schedule, start, target.days);
  return addOpenTime(schedule.timeline, start, target.milliseconds, 'ticket.openedAt');
}
