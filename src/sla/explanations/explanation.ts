import type { MetricReport } from '../cycles/metric-report';
import type { SkippedEvent } from '../cycles/replay-ticket';
import type { ConditionEvent, TicketEventType } from '../plan/event-types';
import type { Priority } from '../plan/priority';
import type { PolicyRef } from '../policies/policies';

/**
 * What a stretch of a metric's story was: business time that `counted`; time `closed` (the desk
 * was not open); `paused` (a pause condition held: waiting on the customer, or a status);
 * `stopped` (a cycle ended by its stop, until it resumed: resolved until a reopening, for GTR);
 * `projected` (open time still to come, up to the deadline); `discarded` (time that counted
 * towards a cycle's target before a restart or a reset started it again from zero); `idle` (no
 * cycle running: before the first one starts, or between one's end and the next one's start).
 */
export type SegmentKind =
  | 'counted'
  | 'closed'
  | 'paused'
  | 'stopped'
  | 'projected'
  | 'discarded'
  | 'idle';

/** Why a stretch did not count. */
export interface SegmentReason {
  /**
   * Of a `closed` stretch: `outside-hours`, outside the desk's weekly hours (nights, weekends);
   * `holiday`, a holiday of the desk's calendar; `override`, a date whose hours the schedule
   * replaces (a half day). Of a `paused` stretch: `waiting`, waiting on the customer (after
   * `paused`, until `resumed` or `resolved`); `status`, the ticket's `status` is one the metric
   * pauses in. Of a `stopped` stretch, the event that stopped the cycle: `resolved`, the ticket
   * was resolved; `status`, its status was changed to `status`; `event`, another event (`event`).
   */
  readonly type:
    | 'outside-hours'
    | 'holiday'
    | 'override'
    | 'resolved'
    | 'waiting'
    | 'status'
    | 'event';
  /** The holiday's name, in the language asked for (several names joined by ", "). */
  readonly name?: string;
  /** The local date, `YYYY-MM-DD`, of a holiday or an override. */
  readonly date?: string;
  /** For `status`: the ticket's status. */
  readonly status?: string;
  /** For `event`: the type of the event that stopped the cycle. */
  readonly event?: TicketEventType;
}

/** One stretch of a metric's story, `[from, to)`. */
export interface ExplainedSegment {
  readonly from: Date;
  readonly to: Date;
  readonly kind: SegmentKind;
  /** Business milliseconds in it: its length when counted, projected or discarded; 0 otherwise. */
  readonly business: number;
  /** Of a `closed`, `paused` or `stopped` stretch: why it did not count. */
  readonly reason?: SegmentReason;
}

/** Something that happened to a metric. */
export interface ClockEvent {
  readonly at: Date;
  /**
   * `opened` (the ticket's opening, which also starts the first cycle of a metric that starts
   * there); `started` (a cycle began at a logged event); `paused` (with its `reason`) and
   * `resumed`; `responded`, `resolved` or `stopped` (by another event: the cycle ended, judged
   * `met` or `missed`: `outcome`); `cancelled` (by a cancel condition, or by a change to a
   * priority without a target: `priority`); `reset` (the cycle lost its time and runs again from
   * zero); `reopened` (a cycle ended by its stop runs again, its elapsed time kept);
   * `priority-changed` (a change that gave the cycle another target, or restarted it: also when
   * a stopped cycle that remembered the change resumes); `breached` (the first instant of a
   * cycle's breach: its `breachedAt`).
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
    | 'cancelled'
    | 'reset';
  /** For `priority-changed`, and a cancel by a priority change: the priorities before and after. */
  readonly priority?: { readonly from: Priority; readonly to: Priority };
  /** For `priority-changed`: the targets before and after, in business milliseconds. */
  readonly target?: { readonly from: number; readonly to: number };
  /** For `priority-changed` under `onPriorityChange: 'restart'`: the clock started again from zero. */
  readonly restarted?: boolean;
  /** For `paused`: the condition that holds (`waiting`, or `status` with the status). */
  readonly reason?: SegmentReason;
  /** For `responded`, `resolved` and `stopped`: how the cycle was judged, with the target then in force. */
  readonly outcome?: 'met' | 'missed';
  /**
   * For `started`, `paused`, `resumed`, `responded`, `resolved`, `stopped`, `cancelled`,
   * `reset` and `reopened`: the ticket's event that caused it, by type and by position in
   * `ticket.events` (`index`; none for the opening, type `opened`).
   */
  readonly trigger?: { readonly type: ConditionEvent; readonly index?: number };
}

/** One metric's story: why its deadline is where it is. */
export interface ClockExplanation {
  /** What `evaluateTicket` reports for this metric. */
  readonly report: MetricReport;
  /**
   * From the opening to the end of the story, in order and without gaps: the end of the last
   * cycle once it has ended (stopped or cancelled), else `now` or, for a running cycle not yet
   * breached, its deadline, through projected segments. The stretches of the cycles follow one
   * another, `idle` between them and before the first.
   */
  readonly segments: readonly ExplainedSegment[];
  /** What happened to the metric, in time order (events of one instant in the order they acted). */
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
  /** Present when explained through policies: the policy and version the ticket was held to. */
  readonly policy?: PolicyRef;
  /** Present in lenient mode: the events that were skipped. */
  readonly skipped?: readonly SkippedEvent[];
}
