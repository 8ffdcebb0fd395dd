import type { Timeline } from '../../timeline/timeline';
import { addOpenTime, openTimeBetween } from '../../timeline/timeline-queries';

/** Where a clock stands: counting, paused (waiting on the customer), or stopped for good. */
export type ClockState = 'running' | 'paused' | 'stopped';

/** A stretch during which the clock counted business time. */
interface Segment {
  readonly start: number;
  /** `null` while the clock is running in it. */
  end: number | null;
  /** Business time elapsed before the segment. */
  readonly elapsedBefore: number;
  /** Business time counted within the segment, once it has ended. */
  counted: number;
}

/** A priority change that swapped the target of a clock and kept its elapsed time. */
interface TargetChange {
  readonly at: number;
  readonly previousTarget: number;
}

/**
 * One SLA clock replayed over a ticket's events, in epoch and business milliseconds. It keeps
 * the segments during which it counted (since its last restart), so that the instant at which
 * its elapsed time passed any threshold can be read back, in the past or in the future.
 */
export class Clock {
  state: ClockState = 'running';
  /** When the clock started counting towards its present target (opening or restart). */
  startedAt: number;
  #segments: Segment[];
  /**
   * The target changes since the last (re)start, oldest first, with the target each replaced;
   * `null` until the first (most clocks never change target).
   */
  #retargets: TargetChange[] | null = null;

  constructor(
    readonly timeline: Timeline,
    public target: number,
    openedAt: number,
  ) {
    this.startedAt = openedAt;
    this.#segments = [{ start: openedAt, end: null, elapsedBefore: 0, counted: 0 }];
  }

  get #last(): Segment {
    return this.#segments[this.#segments.length - 1] as Segment;
  }

  /** Business time elapsed at `t`, which is not before the last event. */
  elapsedAt(t: number): number {
    const last = this.#last;
    if (last.end !== null) return last.elapsedBefore + last.counted;
    return last.elapsedBefore + openTimeBetween(this.timeline, last.start, t);
  }

  /**
   * The latest instant at which the elapsed time is at most `threshold` (the rule of
   * `addBusinessTime`): inside the segment in which the clock passed it, or, if it has not passed
   * it, from the last segment's start as if the clock kept running.
   */
  instantOfElapsed(threshold: number): number {
    for (const segment of this.#segments) {
      if (segment.end !== null && segment.elapsedBefore + segment.counted > threshold) {
        return addOpenTime(
          this.timeline,
          segment.start,
          Math.max(0, threshold - segment.elapsedBefore),
          'at',
        );
      }
    }
    const last = this.#last;
    return addOpenTime(
      this.timeline,
      last.start,
      Math.max(0, threshold - last.elapsedBefore),
      'at',
    );
  }

  /**
   * The first instant of the clock's present, uninterrupted breach, judged at each moment by the
   * target then in force: where its elapsed time passed a target (the last instant within it), or
   * the priority change that gave it a target it had already passed. A breach that began before
   * a change and outlasts it keeps its start. `null` while within the target.
   *
   * @param elapsedNow - `elapsedAt(now)`, which the caller has already worked out.
   * @param deadline - `instantOfElapsed(target)`, likewise.
   */
  breachedAt(elapsedNow: number, deadline: number): number | null {
    if (elapsedNow <= this.target) return null;
    let target = this.target;
    const retargets = this.#retargets ?? [];
    for (let i = retargets.length - 1; i >= 0; i--) {
      const { at, previousTarget } = retargets[i] as TargetChange;
      const elapsedAtChange = this.#elapsedAtPast(at);
      if (elapsedAtChange <= target) break;
      if (elapsedAtChange <= previousTarget) return at;
      target = previousTarget;
    }
    return target === this.target ? deadline : this.instantOfElapsed(target);
  }

  /** Business time elapsed at `t`, any instant since the last (re)start. */
  #elapsedAtPast(t: number): number {
    let elapsed = 0;
    for (const { start, end, elapsedBefore, counted } of this.#segments) {
      if (start >= t) break;
      // A stretch that ended by `t` has its count already.
      elapsed =
        end !== null && end <= t
          ? elapsedBefore + counted
          : elapsedBefore + openTimeBetween(this.timeline, start, t);
    }
    return elapsed;
  }

  /** Ends the running segment at `t` (if any) and enters `state`. */
  halt(t: number, state: 'paused' | 'stopped'): void {
    const last = this.#last;
    if (last.end === null) {
      last.counted = openTimeBetween(this.timeline, last.start, t);
      last.end = t;
    }
    this.state = state;
  }

  /** Starts a running segment at `t`. */
  run(t: number): void {
    const last = this.#last;
    const segment = {
      start: t,
      end: null,
      elapsedBefore: last.elapsedBefore + last.counted,
      counted: 0,
    };
    const segments = this.#segments;
    // A second segment (a pause, then a resumption) is common, a third less so: an array of two
    // is made as such rather than grown, which reserves room for sixteen.
    if (segments.length === 1) this.#segments = [last, segment];
    else segments.push(segment);
    this.state = 'running';
  }

  /**
   * Swaps the target at `t`, keeping the elapsed time (so the clock may be breached from `t` on)
   * or restarting it from zero. Keeping it leaves the counted stretches alone: the deadline is
   * still counted from the last (re)start.
   */
  retarget(t: number, target: number, restart: boolean): void {
    if (!restart) {
      const change = { at: t, previousTarget: this.target };
      if (this.#retargets === null) this.#retargets = [change];
      else this.#retargets.push(change);
      this.target = target;
      return;
    }
    const state = this.state;
    this.halt(t, 'paused');
    this.#segments = [{ start: t, end: t, elapsedBefore: 0, counted: 0 }];
    this.#retargets = null;
    this.startedAt = t;
    this.target = target;
    this.run(t);
    if (state !== 'running') this.halt(t, state === 'stopped' ? 'stopped' : 'paused');
  }
}
