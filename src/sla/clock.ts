import type { Timeline } from '../timeline/timeline';
import { addOpenTime, openTimeBetween, subtractOpenTime } from '../timeline/timeline-queries';

/** Where a clock stands: counting, paused (waiting on the customer), or stopped for good. */
export type ClockState = 'running' | 'paused' | 'stopped';

/**
 * One SLA clock replayed over a ticket's events, in epoch and business milliseconds. It counts
 * business time over running segments; its deadlines derive from the start of the current (or
 * last) running segment and the business time elapsed before it.
 */
export class Clock {
  state: ClockState = 'running';
  /** Start of the current, or last, running segment. */
  segmentStart: number;
  /** Business time elapsed when that segment started. */
  elapsedAtSegmentStart = 0;
  /** Business time elapsed when the clock last halted (meaningful while not running). */
  elapsedWhenHalted = 0;
  /** When the clock started counting towards its present target (opening or restart). */
  startedAt: number;
  /** When business time passed the target (cleared by a new target it has not passed). */
  breachedAt: number | null = null;

  constructor(
    private readonly timeline: Timeline,
    public target: number,
    openedAt: number,
  ) {
    this.segmentStart = openedAt;
    this.startedAt = openedAt;
  }

  /** Business time elapsed at `t`, which is not before the current segment's start. */
  elapsedAt(t: number): number {
    if (this.state !== 'running') return this.elapsedWhenHalted;
    return this.elapsedAtSegmentStart + openTimeBetween(this.timeline, this.segmentStart, t);
  }

  /**
   * The last instant at which the elapsed time is at most `threshold`, by the rule of
   * `addBusinessTime` from the last segment's start (subtracting when already past it).
   */
  instantOfElapsed(threshold: number): number {
    const amount = threshold - this.elapsedAtSegmentStart;
    return amount >= 0
      ? addOpenTime(this.timeline, this.segmentStart, amount, 'at')
      : subtractOpenTime(this.timeline, this.segmentStart, -amount, 'at');
  }

  /** The instant the clock passed its target while running, if it did by `t`. */
  crossingBy(t: number): number | null {
    if (this.breachedAt !== null || this.state !== 'running' || this.elapsedAt(t) <= this.target) {
      return this.breachedAt;
    }
    return this.instantOfElapsed(this.target);
  }

  /** Ends the running segment at `t` (if any) and enters `state`. */
  halt(t: number, state: 'paused' | 'stopped'): void {
    if (this.state === 'running') {
      this.breachedAt = this.crossingBy(t);
      this.elapsedWhenHalted = this.elapsedAt(t);
    }
    this.state = state;
  }

  /** Starts a running segment at `t`. */
  run(t: number): void {
    this.elapsedAtSegmentStart = this.elapsedWhenHalted;
    this.segmentStart = t;
    this.state = 'running';
  }

  /**
   * Swaps the target at `t`, keeping the elapsed time (so the clock may be breached from `t` on)
   * or restarting it from zero.
   */
  retarget(t: number, target: number, restart: boolean): void {
    const wasRunning = this.state === 'running';
    this.halt(t, 'paused');
    if (restart) {
      this.elapsedWhenHalted = 0;
      this.startedAt = t;
      this.breachedAt = null;
    }
    this.target = target;
    if (this.elapsedWhenHalted <= target) this.breachedAt = null;
    else this.breachedAt ??= t;
    this.run(t);
    if (!wasRunning) this.state = 'paused';
  }
}
