import type { MetricReport } from '../cycles/metric-report';
import type { SkippedEvent } from '../cycles/replay-ticket';
import type { Priority } from '../plan/priority';

/**
 * What a stretch of a clock's story was: business time that `counted`; time `closed` (the desk
 * was not open); `paused` (waiting on the customer); `stopped` (resolved, until a reopening);
 * `projected` (open time still to come, up to the deadline); `discarded` (time that counted
 * towards a target that a restart replaced: `onPriorityChange: 'restart'`).
 */
export type SegmentKind = 'counted' | 'closed' | 'paused' | 'stopped' | 'projected' | 'discarded';

/** Why a stretch did not count. */
export interface SegmentReason {
  /**
   * `outside-hours`: outside the desk's weekly hours (nights, weekends); `holiday`: a holiday of
   * the desk's calendar; `override`: a date whose hours the schedule replaces (a half day);
   * `resolved`: between a resolution and a reopening.
   */
  readonly type: 'outside-hours' | 'holiday' | 'override' | 'resolved';
  /** The holiday's name, in the language asked for (several names joined by ", "). */
  readonly name?: string;
  /** The local date, `YYYY-MM-DD`, of a holiday or an override. */
  readonly date?: string;
}

/** One stretch of a clock's story, `[from, to)`. */
export interface ExplainedSegment {
  readonly from: Date;
  readonly to: Date;
  readonly kind: SegmentKind;
  /** Business milliseconds in it: its length when counted, projected or discarded; 0 otherwise. */
  readonly business: number;
  readonly reason?: SegmentReason;
}

/** Something that happened to a clock. */
export interface ClockEvent {
  readonly at: Date;
  /**
   * `opened`; `started` (a cycle began at another event than the opening); `paused` and
   * `resumed`; `responded`, `resolved` or `stopped` (by another event: the cycle ended, judged);
   * `cancelled`; `reopened` (a stopped cycle resumed); `priority-changed` (a change that gave the
   * cycle another target, or restarted it); `breached` (the first instant of the present breach:
   * `breachedAt`).
   */
  readonly type:
    | 'opened'
    | 'paused'
    | 'resumed'
    | 'responded'
    | 'resolved'
    | 'reopened'
    | 'priority-changed'
    | 'breached'
    | 'started'
    | 'stopped'
    | 'cancelled';
  /** For `priority-changed`: the priorities before and after. */
  readonly priority?: { readonly from: Priority; readonly to: Priority };
  /** For `priority-changed`: the targets before and after, in business milliseconds. */
  readonly target?: { readonly from: number; readonly to: number };
  /** For `priority-changed` under `onPriorityChange: 'restart'`: the clock started again from zero. */
  readonly restarted?: boolean;
}

/** One clock's story: why its deadline is where it is. */
export interface ClockExplanation {
  /** What `evaluateTicket` reports for this metric. */
  readonly report: MetricReport;
  /**
   * From the opening to the end of the story, in order and without gaps: the clock's stop, `now`,
   * or (for a running clock not yet breached) its deadline, through projected segments.
   */
  readonly segments: readonly ExplainedSegment[];
  readonly events: readonly ClockEvent[];
  readonly deadline: Date | null;
  readonly breachedAt: Date | null;
}

/** Every metric of a ticket, explained. */
export interface TicketExplanation<M extends string = string> {
  /** The priority in force at `now`. */
  readonly priority: Priority;
  /** Per metric of the plan, in its order. */
  readonly metrics: Readonly<Record<M, ClockExplanation>>;
  /** Present in lenient mode: the events that were skipped. */
  readonly skipped?: readonly SkippedEvent[];
}
