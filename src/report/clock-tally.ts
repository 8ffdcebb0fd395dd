import type { ClockStatus } from '../sla/cycles/metric-report';
import { compliancePercent } from './compliance-percent';
import type { ClockTallyState } from './summary-state';
import { type TakenSummary, TakenTimes } from './taken-times';

/** One metric summed over the cycles of a group's tickets (one cycle a ticket for `gti`, `gtr`). */
export interface ClockSummary {
  /** Cycles counted: one per cycle started, whatever its status. */
  readonly cycles: number;
  /** Stopped within the target. */
  readonly met: number;
  /** Stopped past the target. */
  readonly missed: number;
  /** Running or paused, already past the target. */
  readonly breached: number;
  /** Running or paused, past the at-risk threshold. */
  readonly atRisk: number;
  /** Running or paused, within the at-risk threshold. */
  readonly onTrack: number;
  /** Ended by a cancel condition: neither met nor missed, not in the compliance. */
  readonly cancelled: number;
  /**
   * `100 × met / (met + missed + breached)`, unrounded: an open ticket already past its target has
   * failed whatever happens next. `null` when no ticket is met, missed or breached.
   */
  readonly compliance: number | null;
  /** The business time taken by the stopped clocks (met and missed). */
  readonly taken: TakenSummary;
}

/** Counts of one clock's statuses, and the times of its stopped clocks. */
export class ClockTally {
  met = 0;
  missed = 0;
  breached = 0;
  atRisk = 0;
  onTrack = 0;
  cancelled = 0;
  readonly taken = new TakenTimes();

  add(status: ClockStatus, elapsed: number): void {
    switch (status) {
      case 'met':
        this.met++;
        this.taken.push(elapsed);
        break;
      case 'missed':
        this.missed++;
        this.taken.push(elapsed);
        break;
      case 'breached':
        this.breached++;
        break;
      case 'at-risk':
        this.atRisk++;
        break;
      case 'on-track':
        this.onTrack++;
        break;
      case 'cancelled':
        this.cancelled++;
        break;
    }
  }

  /**
   * Sets the counts and times of a state (a fresh tally's: nothing counted yet); `sortedTimes`,
   * when given, are its times in place of the state's own (a packed summary's).
   */
  restore(state: ClockTallyState, sortedTimes?: Float64Array): void {
    this.met = state.met;
    this.missed = state.missed;
    this.breached = state.breached;
    this.atRisk = state.atRisk;
    this.onTrack = state.onTrack;
    this.cancelled = state.cancelled;
    this.taken.addValues(sortedTimes ?? state.taken);
  }

  /** Adds `other`'s counts and times (`other` is left as it is). */
  addAll(other: ClockTally): void {
    this.met += other.met;
    this.missed += other.missed;
    this.breached += other.breached;
    this.atRisk += other.atRisk;
    this.onTrack += other.onTrack;
    this.cancelled += other.cancelled;
    this.taken.pushAll(other.taken);
  }

  summary(): ClockSummary {
    return ClockTally.summaryOf([this]);
  }

  /** The summary of several tallies together (a group's total), without copying them first. */
  static summaryOf(tallies: readonly ClockTally[]): ClockSummary {
    let [met, missed, breached, atRisk, onTrack, cancelled] = [0, 0, 0, 0, 0, 0];
    for (const tally of tallies) {
      met += tally.met;
      missed += tally.missed;
      breached += tally.breached;
      atRisk += tally.atRisk;
      onTrack += tally.onTrack;
      cancelled += tally.cancelled;
    }
    return {
      cycles: met + missed + breached + atRisk + onTrack + cancelled,
      met,
      missed,
      breached,
      atRisk,
      onTrack,
      cancelled,
      compliance: compliancePercent(met, missed, breached),
      taken: TakenTimes.summaryOf(tallies.map((tally) => tally.taken)),
    };
  }
}
