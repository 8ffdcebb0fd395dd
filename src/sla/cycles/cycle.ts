import type { Timeline } from '../../timeline/timeline';
import type { ParsedEvent } from '../ticket-log/ticket';
import { Clock } from './clock';

/** How a cycle ended: by a `stop` condition (judged met or missed), or by a `cancel` one. */
export type CycleEnd = 'stop' | 'cancel';

/** One cycle of a metric: a clock, when it started and ended, and whether it was ever breached. */
export class Cycle {
  readonly clock: Clock;
  endedAt: number | null = null;
  /** The event that ended it, while `endedAt` is set. */
  endEvent: ParsedEvent | null = null;
  endedBy: CycleEnd | null = null;
  /** Set when a change (target swap, reset) is about to end a breach it had. */
  wasBreached = false;
  /** The priority (by position) its target was set for. */
  targetPriority: number;

  constructor(
    timeline: Timeline,
    target: number,
    readonly startedAt: number,
    priority: number,
    /** The event that started it (the opening, or a logged one). */
    readonly startEvent: ParsedEvent,
  ) {
    this.clock = new Clock(timeline, target, startedAt);
    this.targetPriority = priority;
  }

  /** Whether the cycle is running (counting or paused). */
  get running(): boolean {
    return this.endedBy === null;
  }

  /** Remembers a breach at `t`, before a change that could end it. */
  noteBreach(t: number): void {
    if (!this.wasBreached && this.clock.elapsedAt(t) > this.clock.target) this.wasBreached = true;
  }

  end(t: number, by: CycleEnd, event: ParsedEvent): void {
    this.clock.halt(t, 'stopped');
    this.endedAt = t;
    this.endEvent = event;
    this.endedBy = by;
  }

  /** Runs again after a stop, keeping the elapsed time. */
  resume(t: number): void {
    this.endedAt = null;
    this.endEvent = null;
    this.endedBy = null;
    this.clock.run(t);
  }
}
