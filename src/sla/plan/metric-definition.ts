import type { ConditionEvent, FieldValue } from './event-types';
import type { Label } from './priority';
import type { TargetInput } from './target';

/**
 * An event a metric reacts to: its type, and optionally what the event must carry. `status` (a
 * list) is matched by the opening and by `status-changed`; the other keys must equal the event's.
 * A key the event does not have never matches.
 */
export interface EventCondition {
  readonly event: ConditionEvent;
  /** The status the ticket opens with, or changes to, is one of these. */
  readonly status?: readonly string[];
  /** Who wrote a `replied`. */
  readonly by?: 'agent' | 'requester';
  /** Whether a `replied` was public (a reply has `public: true` unless it says otherwise). */
  readonly public?: boolean;
  /** The field a `field-changed` changed, and its new value. */
  readonly field?: string;
  readonly value?: FieldValue;
}

/**
 * A state in which a metric does not count: the ticket's status is one of a list, or the ticket
 * is waiting on the customer (after `paused`, until `resumed` or `resolved`).
 */
export type StateCondition = { readonly status: readonly string[] } | { readonly waiting: true };

/**
 * An instant worth a warning: when the elapsed time passes a share of the target, the target
 * less a duration, or the target plus a duration.
 */
export type AlertDefinition =
  | { readonly id?: string; readonly at: number }
  | { readonly id?: string; readonly before: TargetInput }
  | { readonly id?: string; readonly after: TargetInput };

/**
 * A clock a plan runs, as data: the events that start it, stop it, and so on. It runs in cycles;
 * each cycle is judged against the target of the ticket's priority.
 */
export interface MetricDefinition {
  /** Names the metric in targets, results and reports: `first-reply`. */
  readonly id: string;
  readonly label?: Label;
  /** Events that start a cycle when none is running. */
  readonly start: readonly EventCondition[];
  /** Events that end the running cycle, judged met or missed. */
  readonly stop: readonly EventCondition[];
  /** States in which the running cycle does not count. */
  readonly pause?: readonly StateCondition[];
  /** Events that make a cycle ended by `stop` run again, keeping its elapsed time. */
  readonly resume?: readonly EventCondition[];
  /** Events that start the running cycle's count again from zero. */
  readonly reset?: readonly EventCondition[];
  /** Events that end the running cycle as neither met nor missed. */
  readonly cancel?: readonly EventCondition[];
  /** `one` (default): the metric runs once per ticket; `many`: a new cycle may start after one ends. */
  readonly cycles?: 'one' | 'many';
  /** `business` (default): the plan's opening hours; `calendar`: around the clock. */
  readonly hours?: 'business' | 'calendar';
  /** What a priority change does to a running cycle: keep its elapsed time (default) or restart. */
  readonly onPriorityChange?: 'keep-elapsed' | 'restart';
  /** Warnings after the at-risk threshold, in order. */
  readonly alerts?: readonly AlertDefinition[];
}
