import { SlaError } from '../errors/sla-error';
import type { InstantInput } from '../instant/instant-input';
import { checkEvaluateOptions } from '../sla/cycles/evaluate-options';
import { type EvaluateTicketOptions, evaluateForCount } from '../sla/evaluate-ticket';
import type { Plan } from '../sla/plan/plan';
import type { Policies } from '../sla/policies/policies';
import type { Ticket } from '../sla/ticket-log/ticket';
import { createSlaSummary } from './create-sla-summary';
import type { SlaSummaryOptions, SlaSummaryResult } from './sla-summary';
import { summaryVocabulary } from './summary-vocabulary';
import { whereOf } from './where-of';

/** Options of `summarizeTickets`. */
export interface SummarizeTicketsOptions extends SlaSummaryOptions, EvaluateTicketOptions {
  /** The instant at which every ticket is evaluated. */
  readonly now: InstantInput;
  /** Skip impossible events instead of rejecting their ticket. Default `false`. */
  readonly lenient?: boolean;
}

/**
 * Evaluates every ticket at one `now` and sums the results up per group: counts of met, missed,
 * breached, at-risk and on-track clocks, compliance, and the business time that first contact
 * and resolution took. A ticket that cannot be evaluated is counted as rejected (with where and
 * why for the first ten) and the others are still summed: a `SlaError` gives its code, and a
 * ticket that throws while it is read (a getter, a revoked Proxy) is rejected with the thrown
 * error's name (`TypeError`…) as its code. Tickets are read one at a time, so any iterable works,
 * a generator over a large export included.
 *
 * @param plan - The plan every ticket is held to, or policies (each ticket is held to its
 * policy's version; a ticket no policy takes is rejected with the code `no_policy`).
 * @param tickets - Tickets as `evaluateTicket` takes them; an `id` names a rejected one.
 * @param options - `now` (required), `groupBy` (default `['priority']`; `policy` and field names
 * too), `timezone` for months (default the plan's zone, or the first plan's of the policies), and
 * the evaluation options `lenient`, `onPriorityChange`, `pausing`.
 * @returns Plain data, ready for `JSON.stringify`; business times in milliseconds.
 * @throws {SlaError} for a bad plan or policies, `now` or option (not for bad tickets: those are
 * rejected);
 * whatever the iterable itself throws while it is iterated.
 *
 * @example
 * const summary = summarizeTickets(
 *   standardPlan(),
 *   [
 *     { id: 'T-1', openedAt: '2026-11-30T08:00:00-04:00', priority: 'critical',
 *       events: [{ type: 'responded', at: '2026-11-30T08:10:00-04:00' },
 *                { type: 'resolved', at: '2026-11-30T11:00:00-04:00' }] },
 *     { id: 'T-2', openedAt: '2026-11-30T09:00:00-04:00', priority: 'critical' },
 *     { id: 'T-3', openedAt: 'yesterday', priority: 'high' },
 *   ],
 *   { now: '2026-11-30T10:00:00-04:00' },
 * );
 * [summary.total.tickets, summary.total.metrics.gti.compliance, summary.rejected.count];
 * //=> [2, 50, 1]
 */
export function summarizeTickets(
  plan: Plan | Policies,
  tickets: Iterable<Ticket>,
  options: SummarizeTicketsOptions,
): SlaSummaryResult {
  const vocabulary = summaryVocabulary(plan);
  const { groupBy, timezone, ...evaluateOptions } = (options ?? {}) as SummarizeTicketsOptions;
  // A ticket opened after the report's `now` is a bad ticket, not a bad `now`.
  const checkedOptions = checkEvaluateOptions(evaluateOptions, 'refuse-ticket');
  const summary = createSlaSummary({
    ...(groupBy === undefined ? {} : { groupBy }),
    timezone: timezone ?? vocabulary.timezone ?? 'UTC',
    plan,
  });
  if (typeof (tickets as Partial<Iterable<Ticket>>)?.[Symbol.iterator] !== 'function') {
    throw new SlaError('invalid_argument', 'tickets', tickets, 'is not iterable');
  }
  let index = 0;
  for (const ticket of tickets) {
    try {
      summary.add(ticket, evaluateForCount(plan, ticket, checkedOptions));
    } catch (error) {
      // Past a SlaError, what a ticket throws is its own (a getter, a revoked Proxy): it is
      // rejected like any bad ticket, so that the others are still summed up.
      summary.reject(whereOf(ticket, index), error);
    }
    index++;
  }
  return summary.result();
}
