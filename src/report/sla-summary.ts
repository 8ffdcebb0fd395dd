import type { TicketEvaluation } from '../sla/evaluate-ticket';
import type { Plan } from '../sla/plan/plan';
import type { Policies } from '../sla/policies/policies';
import type { Ticket } from '../sla/ticket-log/ticket';
import type { ClockSummary } from './clock-tally';
import type { GroupDimension, GroupKey } from './group-key';
import type { SlaSummaryState } from './summary-state';

/** Options of `createSlaSummary`. */
export interface SlaSummaryOptions {
  /**
   * The dimensions to group by, in any combination: `priority`, `kind`, `month`, `policy`, and
   * any other name for that field of the tickets' `fields`. Default `['priority']`; `[]` for the
   * total alone.
   */
  readonly groupBy?: readonly GroupDimension[];
  /** The IANA zone in which the opening's month is read. Default `UTC`. */
  readonly timezone?: string;
  /**
   * The plan the tickets are held to: its priorities order the groups, its metrics are listed
   * even before a ticket is added, and a kind it does not know is refused. Policies give the
   * union of their plans' priorities and kinds, and order the `policy` groups; their plans must
   * name the same metrics. Without it, the default plans' priorities come first, metrics are
   * listed as evaluations bring them, and any kind is counted.
   */
  readonly plan?: Plan | Policies;
  /** A summary's state (`toJSON()`) to restore: alone, it says how the summary groups. */
  readonly state?: SlaSummaryState;
}

/** The tickets of one group, and the cycles of each metric. */
export interface SummaryGroup {
  readonly key: GroupKey;
  readonly tickets: number;
  /** Per metric (`gti`, `gtr`, or the plan's own), the sum over its cycles. */
  readonly metrics: Readonly<Record<string, ClockSummary>>;
}

/** One of the first rejected tickets, and why it was rejected. */
export interface RejectedSample {
  /** Where the ticket was found, as the caller of `reject` said (`line 12`, `tickets[3]`). */
  readonly where: string;
  /** The `SlaError` code, or the name of any other error. */
  readonly code: string;
  readonly message: string;
}

/** What a summary holds: plain data, ready for `JSON.stringify`. Business times are milliseconds. */
export interface SlaSummaryResult {
  readonly groupBy: readonly GroupDimension[];
  /** The zone of the `month` keys. */
  readonly timezone: string;
  /** The metrics counted, in the plan's order. */
  readonly metrics: readonly string[];
  /** Every ticket that was added. */
  readonly total: SummaryGroup;
  /** Sorted by priority (least urgent first), kind (alphabetical, `none` last), then month. */
  readonly groups: readonly SummaryGroup[];
  /** Tickets that could not be evaluated: in no group. Samples are the first ten. */
  readonly rejected: { readonly count: number; readonly samples: readonly RejectedSample[] };
  /** Events that lenient evaluation skipped, over all the tickets added. */
  readonly skippedEvents: number;
}

/**
 * A summary being filled, one ticket at a time: its memory is constant per group, plus 8 bytes per
 * stopped clock (for exact percentiles). Made by `createSlaSummary`.
 */
export interface SlaSummary {
  readonly groupBy: readonly GroupDimension[];
  readonly timezone: string;
  /**
   * Counts a ticket, evaluated by `evaluateTicket`, in its group.
   *
   * @throws {SlaError} `invalid_ticket` for a bad `kind`, `invalid_instant` for a bad `openedAt`
   * (read when grouping by month), `invalid_argument` when `evaluation` is not an evaluation.
   */
  add(ticket: Ticket, evaluation: TicketEvaluation): void;
  /** Counts a ticket that could not be evaluated, and keeps where and why for the first ten. */
  reject(where: string, error: unknown): void;
  /**
   * Adds everything another summary holds (which is left as it is): a summary, or the state of
   * one (`toJSON()`), from this process or another.
   *
   * @throws {SlaError} `invalid_argument` when `other` is neither a summary nor a state of this
   * version, or groups otherwise (`groupBy`, `timezone`).
   */
  merge(other: SlaSummary | SlaSummaryState): void;
  /**
   * The summary's state as plain data, versioned and exact (each stopped cycle's time kept as a
   * whole number): `JSON.stringify(summary)` writes it, and `createSlaSummary({ state })` or
   * `merge(state)` reads it back in any process.
   */
  toJSON(): SlaSummaryState;
  /** The summary of everything added so far: fresh data on every call. */
  result(): SlaSummaryResult;
}
