import { quoteInstant } from '../instant/quote-instant';
import type { CompiledSchedule } from '../schedule/schedule';
import { Clock } from './clock';
import { type Plan, targetOf } from './plan';
import type { ClockName, Priority } from './priority';
import { targetDuration } from './target-duration';
import type { ParsedEvent, TicketHead } from './ticket';

/** How a priority change treats the clocks that are not stopped. */
export type PriorityChangePolicy = 'keep-elapsed' | 'restart';

export interface ReplayOptions {
  readonly onPriorityChange: PriorityChangePolicy;
  readonly pausing: ReadonlySet<ClockName>;
}

/**
 * The state of a ticket's two clocks while its log is replayed. `apply` returns `null` when the
 * event was applied, or the reason it is impossible in the present state (nothing changes then).
 */
export class TicketReplay {
  priority: Priority;
  readonly clocks: Readonly<Record<ClockName, Clock>>;
  readonly #opened: TicketHead;
  // Two plain fields rather than the last event itself: events come in several shapes, and a
  // field that holds one kind of value keeps the replay loop's reads monomorphic.
  #lastAt: number;
  /** `#lastAt` as the caller wrote it (the opening's or the last applied event's). */
  #lastAtInput: unknown;
  #paused = false;
  #resolved = false;
  /** The priority each clock's target was set for. */
  readonly #targetPriority: Record<ClockName, Priority>;

  constructor(
    private readonly plan: Plan,
    private readonly schedule: CompiledSchedule,
    opened: TicketHead,
    private readonly options: ReplayOptions,
  ) {
    const { openedAt, priority } = opened;
    this.priority = priority;
    this.#opened = opened;
    this.#lastAt = openedAt;
    this.#lastAtInput = opened.openedAtInput;
    this.clocks = {
      gti: new Clock(schedule.timeline, this.#target('gti', priority, openedAt), openedAt),
      gtr: new Clock(schedule.timeline, this.#target('gtr', priority, openedAt), openedAt),
    };
    this.#targetPriority = { gti: priority, gtr: priority };
  }

  #target(clock: ClockName, priority: Priority, start: number): number {
    return targetDuration(
      this.schedule,
      targetOf(this.plan, priority, this.#opened.kind, clock),
      start,
    );
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
    const refusal = this.#refusal(event);
    if (refusal !== null) return refusal;
    this.#lastAt = event.at;
    this.#lastAtInput = event.atInput;
    const { gti, gtr } = this.clocks;
    switch (event.type) {
      case 'responded':
        gti.halt(event.at, 'stopped');
        break;
      case 'paused':
        for (const name of this.options.pausing)
          if (this.clocks[name].state === 'running') this.clocks[name].halt(event.at, 'paused');
        this.#paused = true;
        break;
      case 'resumed':
        for (const name of this.options.pausing)
          if (this.clocks[name].state === 'paused') this.clocks[name].run(event.at);
        this.#paused = false;
        break;
      case 'priority-changed':
        if (event.priority === undefined || event.priority === this.priority) break;
        this.priority = event.priority;
        for (const name of ['gti', 'gtr'] as const)
          if (this.clocks[name].state !== 'stopped') this.#retarget(name, event.at);
        break;
      case 'resolved':
        gti.halt(event.at, 'stopped');
        gtr.halt(event.at, 'stopped');
        this.#paused = false;
        this.#resolved = true;
        break;
      case 'reopened':
        gtr.run(event.at);
        this.#resolved = false;
        // A priority changed while the ticket was resolved applies to the reopened clock.
        if (this.#targetPriority.gtr !== this.priority) this.#retarget('gtr', event.at);
        break;
    }
    return null;
  }

  #retarget(name: ClockName, at: number): void {
    const clock = this.clocks[name];
    const restart = this.options.onPriorityChange === 'restart';
    clock.retarget(at, this.#target(name, this.priority, restart ? at : clock.startedAt), restart);
    this.#targetPriority[name] = this.priority;
  }

  #refusal(event: ParsedEvent): string | null {
    switch (event.type) {
      case 'responded':
        return this.clocks.gti.state === 'stopped'
          ? 'is impossible: the first-contact clock has stopped (first contact made, or the ticket resolved before it)'
          : null;
      case 'paused':
        if (this.#resolved) return 'is impossible: the ticket is resolved';
        return this.#paused ? 'is impossible: the ticket is already paused' : null;
      case 'resumed':
        return this.#paused ? null : 'is impossible: the ticket is not paused';
      case 'priority-changed':
        return null;
      case 'resolved':
        return this.#resolved ? 'is impossible: the ticket is already resolved' : null;
      case 'reopened':
        return this.#resolved ? null : 'is impossible: the ticket is not resolved';
    }
  }
}
