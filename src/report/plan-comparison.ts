import type { InstantInput } from '../instant/instant-input';
import type { ClockStatus } from '../sla/cycles/metric-report';
import type { EvaluateTicketOptions } from '../sla/evaluate-ticket';
import type { GroupKey } from './group-key';
import type { SlaSummaryOptions, SlaSummaryResult } from './sla-summary';

/** Options of `comparePlans` and `createPlanComparison`. */
export interface PlanComparisonOptions
  extends Omit<SlaSummaryOptions, 'plan'>,
    EvaluateTicketOptions {
  /** The instant at which every ticket is evaluated, under both. */
  readonly now: InstantInput;
  /** How many flipped tickets the result lists (all are counted). Default: every one. */
  readonly maxFlips?: number;
}

/**
 * Which way a ticket's metric flipped: `worse` when it counts against compliance after and did
 * not before (`met` → `missed`, `on-track` → `breached`…) or was met before and is not after;
 * `better` the reverse; `other` between two statuses of one standing (`missed` → `breached`,
 * `on-track` → `at-risk`).
 */
export type FlipDirection = 'worse' | 'better' | 'other';

/** A ticket whose metric has another status under the second plan than under the first. */
export interface FlippedTicket {
  /** The ticket's `id`, or `null` when it has none. */
  readonly id: string | number | null;
  readonly metric: string;
  readonly direction: FlipDirection;
  readonly statusBefore: ClockStatus;
  readonly statusAfter: ClockStatus;
  readonly deadlineBefore: Date | null;
  readonly deadlineAfter: Date | null;
}

/** One metric of one group (or of all tickets), before and after. */
export interface MetricComparison {
  /** Compliance in percent (`met / (met + missed + breached)` over cycles), `null` when nothing was judged. */
  readonly before: number | null;
  readonly after: number | null;
  /** `after − before` in percentage points, `null` when either is. */
  readonly difference: number | null;
}

/** The tickets of one group, and each metric before and after. */
export interface ComparisonGroup {
  readonly key: GroupKey;
  /** Tickets counted in this group before and after (a ticket may change policy groups). */
  readonly tickets: { readonly before: number; readonly after: number };
  readonly metrics: Readonly<Record<string, MetricComparison>>;
}

/** How many tickets flipped, per metric. */
export interface FlipCounts {
  readonly worse: number;
  readonly better: number;
  readonly other: number;
  /** Per `before→after` status pair, e.g. `{ "breached→met": 12 }`. */
  readonly byStatus: Readonly<Record<string, number>>;
}

/** What `comparePlans` gives: plain data, ready for `JSON.stringify`. */
export interface PlanComparison {
  readonly groupBy: SlaSummaryResult['groupBy'];
  readonly timezone: string;
  readonly metrics: readonly string[];
  /** Every ticket that both could evaluate. */
  readonly total: ComparisonGroup;
  /** In the order of the summaries' groups; a group only one side has is compared with nothing. */
  readonly groups: readonly ComparisonGroup[];
  /** Per metric: how many tickets flipped each way. */
  readonly flips: Readonly<Record<string, FlipCounts>>;
  /** The flipped tickets, in input order (the first `maxFlips`). */
  readonly flipped: readonly FlippedTicket[];
  /** Tickets either side could not evaluate: counted on neither. */
  readonly rejected: SlaSummaryResult['rejected'];
  /** The summaries of each side, whole. */
  readonly before: SlaSummaryResult;
  readonly after: SlaSummaryResult;
}
