import { SlaError } from '../errors/sla-error';
import { type CheckedEvaluateOptions, checkEvaluateOptions } from '../sla/cycles/evaluate-options';
import type { ClockStatus } from '../sla/cycles/metric-report';
import { evaluateChecked, type TicketEvaluation } from '../sla/evaluate-ticket';
import type { Plan } from '../sla/plan/plan';
import type { Policies } from '../sla/policies/policies';
import type { Ticket } from '../sla/ticket-log/ticket';
import { comparisonResult, copyOf, FlipTally } from './comparison-result';
import { createSlaSummary } from './create-sla-summary';
import type {
  FlipDirection,
  FlippedTicket,
  PlanComparison,
  PlanComparisonOptions,
} from './plan-comparison';
import type { SlaSummary } from './sla-summary';
import { summaryVocabulary } from './summary-vocabulary';
import { idOf } from './where-of';

/** A comparison being filled, one ticket at a time: made by `createPlanComparison`. */
export interface PlanComparer {
  /**
   * Evaluates a ticket under both plans and counts it on both sides; a ticket either side
   * refuses is rejected (with `where` and why, for the first ten) and counted on neither.
   *
   * @returns The ticket's flips, fresh: a caller may write each one out as it comes.
   */
  add(ticket: Ticket, where?: string): readonly FlippedTicket[];
  /** Everything so far: fresh data on every call. */
  result(): PlanComparison;
}

/**
 * Starts a comparison of two plans (or policies) on past tickets, for a change tried before it is
 * made: add tickets one at a time (`add` returns each ticket's flips, to stream them out), then
 * read per group and metric the compliance before and after (`result`). Memory grows with the
 * groups and with the flipped tickets it lists, not with the tickets that do not flip.
 *
 * @param before - The plan or policies in force.
 * @param after - The plan or policies to try.
 * @param options - `now` (required), `groupBy`, `timezone` (default the first plan's zone),
 * `maxFlips` (how many flipped tickets the result lists; default all), and the evaluation
 * options `lenient`, `onPriorityChange`, `pausing`.
 * @returns An empty comparison.
 * @throws {SlaError} for a bad plan, policies, `now` or option.
 *
 * @example
 * const comparison = createPlanComparison(standardPlan(), premiumPlan(), {
 *   now: '2026-12-01T12:00:00-04:00',
 * });
 * // Critical, opened on Friday at 20:00, resolved on Monday at 10:00 in Fort-de-France.
 * const flips = comparison.add({
 *   id: 'T-7', openedAt: '2026-11-27T20:00:00-04:00', priority: 'critical',
 *   events: [{ type: 'responded', at: '2026-11-30T08:05:00-04:00' },
 *            { type: 'resolved', at: '2026-11-30T10:00:00-04:00' }],
 * });
 * flips.map((flip) => `${flip.metric} ${flip.statusBefore}→${flip.statusAfter}`);
 * //=> ['gti met→missed', 'gtr met→missed']   (around the clock, 15 min and 4 h ran out on Friday night)
 */
export function createPlanComparison(
  before: Plan | Policies,
  after: Plan | Policies,
  options: PlanComparisonOptions,
): PlanComparer {
  return new PlanComparisonBuilder(before, after, options);
}

const RANK: Readonly<Record<ClockStatus, number>> = {
  met: 2,
  'on-track': 1,
  'at-risk': 1,
  cancelled: 1,
  inactive: 1,
  missed: 0,
  breached: 0,
};

/** Which way a status changed: see `FlipDirection`. */
export function flipDirection(before: ClockStatus, after: ClockStatus): FlipDirection {
  const change = (RANK[after] ?? 1) - (RANK[before] ?? 1);
  return change < 0 ? 'worse' : change > 0 ? 'better' : 'other';
}

/** The comparer behind `createPlanComparison`. */
export class PlanComparisonBuilder implements PlanComparer {
  readonly #before: Plan | Policies;
  readonly #after: Plan | Policies;
  readonly #options: CheckedEvaluateOptions;
  readonly #summaries: { readonly before: SlaSummary; readonly after: SlaSummary };
  readonly #flips = new FlipTally();
  readonly #flipped: FlippedTicket[] = [];
  readonly #maxFlips: number;
  #added = 0;

  constructor(before: Plan | Policies, after: Plan | Policies, options: PlanComparisonOptions) {
    const { groupBy, timezone, maxFlips, ...evaluateOptions } = (options ??
      {}) as PlanComparisonOptions;
    if (maxFlips !== undefined && !(Number.isInteger(maxFlips) && maxFlips >= 0)) {
      throw new SlaError(
        'invalid_argument',
        'options.maxFlips',
        maxFlips,
        'is not a whole number ≥ 0',
      );
    }
    this.#maxFlips = maxFlips ?? Infinity;
    // A ticket opened after the comparison's `now` is a bad ticket, not a bad `now`.
    this.#options = checkEvaluateOptions(evaluateOptions, 'refuse-ticket');
    const zone = timezone ?? summaryVocabulary(before).timezone ?? 'UTC';
    const common = { ...(groupBy === undefined ? {} : { groupBy }), timezone: zone };
    this.#summaries = {
      before: createSlaSummary({ ...common, plan: before }),
      after: createSlaSummary({ ...common, plan: after }),
    };
    this.#before = before;
    this.#after = after;
  }

  add(ticket: Ticket, where?: string): readonly FlippedTicket[] {
    const index = this.#added++;
    try {
      return this.evaluate(ticket).flips;
    } catch (error) {
      this.reject(where ?? `tickets[${index}]`, error);
      return NO_FLIPS;
    }
  }

  /**
   * Evaluates a ticket under both and counts it on both sides: for a reader that reports each
   * rejection itself (the command, by line).
   *
   * @returns The evaluation before, and the ticket's flips.
   * @throws whatever either evaluation throws; nothing is counted then.
   */
  evaluate(ticket: Ticket): {
    readonly before: TicketEvaluation;
    readonly flips: readonly FlippedTicket[];
  } {
    const before = evaluateChecked(this.#before, ticket, this.#options);
    const after = evaluateChecked(this.#after, ticket, this.#options);
    this.#summaries.before.add(ticket, before);
    this.#summaries.after.add(ticket, after);
    return { before, flips: this.#flipsOf(idOf(ticket), before, after) };
  }

  /** Counts a ticket that could not be evaluated, on neither side; each side keeps why. */
  reject(where: string, error: unknown): void {
    this.#summaries.before.reject(where, error);
    this.#summaries.after.reject(where, error);
  }

  result(): PlanComparison {
    return comparisonResult(
      this.#summaries.before.result(),
      this.#summaries.after.result(),
      this.#flips,
      this.#flipped,
    );
  }

  #flipsOf(
    id: string | number | null,
    before: TicketEvaluation,
    after: TicketEvaluation,
  ): readonly FlippedTicket[] {
    let flips: FlippedTicket[] | undefined;
    for (const metric of Object.keys(before.metrics)) {
      const was = before.metrics[metric];
      const is = after.metrics[metric];
      if (was === undefined || is === undefined || was.status === is.status) continue;
      const direction = flipDirection(was.status, is.status);
      this.#flips.count(metric, direction, was.status, is.status);
      const flip: FlippedTicket = {
        id,
        metric,
        direction,
        statusBefore: was.status,
        statusAfter: is.status,
        deadlineBefore: was.deadline,
        deadlineAfter: is.deadline,
      };
      // The kept copy shares no Date with the one handed back, which the caller may change.
      if (this.#flipped.length < this.#maxFlips) this.#flipped.push(copyOf(flip));
      if (flips === undefined) flips = [flip];
      else flips.push(flip);
    }
    return flips ?? NO_FLIPS;
  }
}

const NO_FLIPS: readonly FlippedTicket[] = Object.freeze([]);
