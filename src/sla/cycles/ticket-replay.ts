import { quoteInstant } from '../../instant/quote-instant';
import type { CompiledSchedule } from '../../schedule/schedule';
import type { CompiledPlan } from '../plan/plan';
import { conditionsMet } from '../plan/shared-conditions';
import { targetDuration } from '../plan/target-duration';
import { openingEvent } from '../ticket-log/opening-event';
import type { ParsedEvent, TicketHead } from '../ticket-log/ticket';
import { TicketState } from '../ticket-log/ticket-state';
import { MetricRun } from './metric-run';

/** How a priority change treats the cycles that are running. */
export type PriorityChangePolicy = 'keep-elapsed' | 'restart';

export interface ReplayOptions {
  /** For the metrics that do not say. */
  readonly onPriorityChange: PriorityChangePolicy;
  /** The metrics that waiting on the customer pauses, or `null` to follow their definitions. */
  readonly pausing: ReadonlySet<string> | null;
}

/**
 * A ticket's state and its metrics while its log is replayed. `apply` returns `null` when the
 * event was applied, or the reason it is impossible in the present state (nothing changes then).
 */
export class TicketReplay {
  priority: string;
  readonly state: TicketState;
  readonly runs: readonly MetricRun[];
  readonly opening: ParsedEvent;
  #priorityIndex: number;
  readonly #opened: TicketHead;
  readonly #plan: CompiledPlan;
  // Two plain fields rather than the last event itself: events come in several shapes, and a
  // field that holds one kind of value keeps the replay loop's reads monomorphic.
  #lastAt: number;
  /** `#lastAt` as the caller wrote it (the opening's or the last applied event's). */
  #lastAtInput: unknown;

  constructor(plan: CompiledPlan, opened: TicketHead, options: ReplayOptions) {
    const { openedAt, priority, targets } = opened;
    this.priority = priority;
    this.#plan = plan;
    this.#priorityIndex = opened.priorityIndex;
    this.#opened = opened;
    this.#lastAt = openedAt;
    this.#lastAtInput = opened.openedAtInput;
    this.state = new TicketState(opened.status);
    const { metrics, counted } = plan;
    const { pausing } = options;
    const runs = new Array<MetricRun>(metrics.length);
    for (let index = 0; index < metrics.length; index++) {
      const metric = metrics[index] as (typeof metrics)[number];
      runs[index] = new MetricRun(
        metric,
        counted[index] as CompiledSchedule,
        targets,
        index,
        pausing === null ? metric.pauseWaiting : pausing.has(metric.id),
        (metric.onPriorityChange ?? options.onPriorityChange) === 'restart',
      );
    }
    this.runs = runs;
    this.opening = openingEvent(opened);
    const met = conditionsMet(plan.conditions, this.opening);
    for (const run of this.runs) run.apply(this.opening, this.state, this.#priorityIndex, met);
  }

  /** The schedule a metric counts in: the plan's, or around the clock. */
  scheduleOf(metric: number): CompiledSchedule {
    return (this.runs[metric] as MetricRun).schedule;
  }

  /**
   * The target, in business milliseconds, with which a metric without a cycle would start at
   * `t`, or `null` where the present priority does not measure it.
   */
  idleTarget(metric: number, t: number): number | null {
    const run = this.runs[metric] as MetricRun;
    const target = run.targetOf(this.#priorityIndex);
    return target === null ? null : targetDuration(run.schedule, target, t);
  }

  apply(event: ParsedEvent): string | null {
    const opened = this.#opened;
    if (event.at < opened.openedAt) {
      const opening = quoteInstant(opened.openedAtInput, opened.openedAt);
      return `happens before the ticket was opened (${opening})`;
    }
    if (event.at < this.#lastAt) {
      const previous = quoteInstant(this.#lastAtInput, this.#lastAt);
      return `is out of order: before the previous event (${previous})`;
    }
    const state = this.state;
    const refusal = state.refusal(event);
    if (refusal !== null) return refusal;
    this.#lastAt = event.at;
    this.#lastAtInput = event.atInput;
    state.apply(event);
    const runs = this.runs;
    if (event.priority !== undefined && event.priority !== this.priority) {
      this.priority = event.priority;
      this.#priorityIndex = event.priorityIndex;
      for (const run of runs) run.changePriority(event.at, this.#priorityIndex, event);
    }
    const met = conditionsMet(this.#plan.conditions, event);
    for (const run of runs) run.apply(event, state, this.#priorityIndex, met);
    return null;
  }
}
