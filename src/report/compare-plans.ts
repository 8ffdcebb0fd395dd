import { SlaError } from '../errors/sla-error';
import type { Plan } from '../sla/plan/plan';
import type { Policies } from '../sla/policies/policies';
import type { Ticket } from '../sla/ticket-log/ticket';
import { createPlanComparison } from './create-plan-comparison';
import type { PlanComparison, PlanComparisonOptions } from './plan-comparison';
import { whereOf } from './where-of';

export type {
  ComparisonGroup,
  FlipCounts,
  FlipDirection,
  FlippedTicket,
  MetricComparison,
  PlanComparison,
  PlanComparisonOptions,
} from './plan-comparison';

/**
 * Tries a change of plan on past tickets before it is made: evaluates every ticket under both
 * plans (or policies) at one `now` and returns, per group and metric, the compliance before and
 * after and the difference, how many tickets flipped each way, and each flipped ticket with its
 * statuses and deadlines. A ticket either side refuses is rejected and counted on neither.
 *
 * @param before - The plan or policies in force.
 * @param after - The plan or policies to try.
 * @param tickets - Tickets as `evaluateTicket` takes them (any iterable, read once).
 * @param options - `now` (required), `groupBy`, `timezone`, `maxFlips`, and the evaluation
 * options `lenient`, `onPriorityChange`, `pausing`.
 * @returns Plain data; the summaries of both sides under `before` and `after`.
 * @throws {SlaError} for a bad plan, policies, `now` or option, or `tickets` that are not
 * iterable (not for bad tickets: those are rejected).
 *
 * @example
 * // Two critical tickets in Fort-de-France: one opened on Friday evening, one on Monday morning.
 * const comparison = comparePlans(
 *   standardPlan(),
 *   premiumPlan(),
 *   [
 *     { id: 'T-1', openedAt: '2026-11-27T20:00:00-04:00', priority: 'critical',
 *       events: [{ type: 'responded', at: '2026-11-30T08:05:00-04:00' }] },
 *     { id: 'T-2', openedAt: '2026-11-30T09:00:00-04:00', priority: 'critical',
 *       events: [{ type: 'responded', at: '2026-11-30T09:10:00-04:00' }] },
 *   ],
 *   { now: '2026-11-30T12:00:00-04:00' },
 * );
 * [comparison.total.metrics.gti.before, comparison.total.metrics.gti.after];
 * //=> [100, 50]
 * comparison.flipped.map((flip) => `${flip.id} ${flip.metric} ${flip.statusBefore}→${flip.statusAfter}`);
 * //=> ['T-1 gti met→missed', 'T-1 gtr at-risk→breached']
 */
export function comparePlans(
  before: Plan | Policies,
  after: Plan | Policies,
  tickets: Iterable<Ticket>,
  options: PlanComparisonOptions,
): PlanComparison {
  const comparison = createPlanComparison(before, after, options);
  if (typeof (tickets as Partial<Iterable<Ticket>>)?.[Symbol.iterator] !== 'function') {
    throw new SlaError('invalid_argument', 'tickets', tickets, 'is not iterable');
  }
  let index = 0;
  for (const ticket of tickets) {
    comparison.add(ticket, whereOf(ticket, index));
    index++;
  }
  return comparison.result();
}
