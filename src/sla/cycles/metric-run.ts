import type { CompiledSchedule } from '../../schedule/schedule';
import type { CompiledMetric } from '../plan/compiled-metric';
import { matches } from '../plan/compiled-metric';
import { EVENT_CODE } from '../plan/event-types';
import type { TargetTable } from '../plan/plan';
import type { Target } from '../plan/target';
import { targetDuration } from '../plan/target-duration';
import type { ParsedEvent } from '../ticket-log/ticket';
import type { TicketState } from '../ticket-log/ticket-state';
import { Cycle } from './cycle';

/** What changes whether the ticket waits on the customer. */
const WAITING_EVENTS =
  (1 << EVENT_CODE.paused) | (1 << EVENT_CODE.resumed) | (1 << EVENT_CODE.resolved);

const NO_CYCLES: readonly Cycle[] = Object.freeze([]);

/**
 * One metric replayed over a ticket's log: its cycles, oldest first. At each event it applies the
 * rules in their order: the event's priority change, then stop, cancel or reset of the running
 * cycle, or the resumption of a stopped one, then a start, then the pause conditions.
 */
export class MetricRun {
  /**
   * Oldest first. The shared empty list until the first cycle, which makes a list of one: most
   * metrics never hold more, and growing an empty array reserves room for sixteen.
   */
  cycles: readonly Cycle[] = NO_CYCLES;
  #current: Cycle | null = null;
  /** The event types (as bits) that can change it from now on: none once it is over for good. */
  #concerns: number;

  constructor(
    readonly metric: CompiledMetric,
    /** The schedule the metric counts in: the plan's, or around the clock. */
    readonly schedule: CompiledSchedule,
    /** The targets of the ticket's kind. */
    private readonly targets: TargetTable,
    /** The metric's position in the plan. */
    private readonly index: number,
    /** Whether waiting on the customer pauses it (the metric's own rule, or `pausing`). */
    private readonly pauseWaiting: boolean,
    private readonly restartOnPriorityChange: boolean,
  ) {
    this.#concerns = metric.concerns | (pauseWaiting ? WAITING_EVENTS : 0);
  }

  get current(): Cycle | null {
    return this.#current;
  }

  /** A priority change (to another priority) at `t`, by event `event`: acts on a running cycle only. */
  changePriority(t: number, priority: number, event: ParsedEvent): void {
    const cycle = this.#current;
    if (cycle === null || !cycle.running) return;
    const target = this.targetOf(priority);
    if (target === null) {
      cycle.end(t, 'cancel', event);
      this.#settle(cycle);
    } else this.#retarget(cycle, t, target, priority);
  }

  /**
   * The rules of one event, after its priority change; `state` is the one after the event, `met`
   * the plan's shared conditions it meets.
   */
  apply(event: ParsedEvent, state: TicketState, priority: number, met: number): void {
    if (((this.#concerns >>> event.code) & 1) === 0) return;
    const metric = this.metric;
    const at = event.at;
    let cycle = this.#current;
    if (cycle?.running) {
      if (matches(metric.stop, event, met)) {
        cycle.end(at, 'stop', event);
        this.#settle(cycle);
      } else if (matches(metric.cancel, event, met)) {
        cycle.end(at, 'cancel', event);
        this.#settle(cycle);
      } else if (matches(metric.reset, event, met)) {
        cycle.noteBreach(at);
        cycle.clock.retarget(at, this.#duration(this.targetOf(priority), at), true);
        cycle.targetPriority = priority;
      }
    } else if (cycle !== null && cycle.endedBy === 'stop' && matches(metric.resume, event, met)) {
      const target = this.targetOf(priority);
      if (target !== null) {
        cycle.resume(at);
        if (cycle.targetPriority !== priority) this.#retarget(cycle, at, target, priority);
      }
    }
    if (
      (cycle === null || !cycle.running) &&
      (metric.many || this.cycles.length === 0) &&
      matches(metric.start, event, met)
    ) {
      const target = this.targetOf(priority);
      if (target !== null) {
        const duration = this.#duration(target, at);
        cycle = new Cycle(this.schedule.timeline, duration, at, priority, event);
        if (this.cycles.length === 0) this.cycles = [cycle];
        else (this.cycles as Cycle[]).push(cycle);
        this.#current = cycle;
      }
    }
    if (cycle?.running) {
      const paused = this.#pausedIn(state);
      const clock = cycle.clock;
      if (paused && clock.state === 'running') clock.halt(at, 'paused');
      else if (!paused && clock.state === 'paused') clock.run(at);
    }
  }

  /** After `cycle` ended: a metric of one cycle that nothing can resume is over for good. */
  #settle(cycle: Cycle): void {
    const { many, resume } = this.metric;
    const resumable = (resume.mask | resume.detailedMask) !== 0 && cycle.endedBy === 'stop';
    if (!many && !resumable) this.#concerns = 0;
  }

  #pausedIn(state: TicketState): boolean {
    if (this.pauseWaiting && state.waiting) return true;
    const statuses = this.metric.pauseStatuses;
    return statuses?.has(state.status) === true;
  }

  /** The metric's target at a priority (by position), or `null` where it is not measured. */
  targetOf(priority: number): Target | null {
    return (this.targets[priority] as TargetTable[number])[this.index] ?? null;
  }

  #retarget(cycle: Cycle, t: number, target: Target, priority: number): void {
    const restart = this.restartOnPriorityChange;
    const duration = this.#duration(target, restart ? t : cycle.clock.startedAt);
    // Only a restart or a higher target can end a breach: remember one that is under way. (A
    // cancel or a stop freezes the cycle, whose breach is judged at the end.)
    if (restart || duration > cycle.clock.target) cycle.noteBreach(t);
    cycle.clock.retarget(t, duration, restart);
    cycle.targetPriority = priority;
  }

  #duration(target: Target | null, start: number): number {
    // A running cycle always has a target: a change to a priority without one cancels it.
    return targetDuration(this.schedule, target as Target, start);
  }
}
