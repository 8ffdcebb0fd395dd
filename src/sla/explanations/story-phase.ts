import type { ExplainedSegment, SegmentReason } from './explanation';
import type { SegmentMaker } from './segment-maker';
import { reasonOf } from './segment-reason';

/**
 * A stretch in which a metric stayed as it was: no cycle yet (`idle`), a cycle counting or paused
 * (for one reason), or a cycle ended (`ended`: `stopped` if it resumes later, else `idle`).
 */
export interface Phase {
  readonly at: number;
  readonly kind: 'idle' | 'running' | 'paused' | 'ended';
  /** The cycle's position in the metric's cycles; -1 before the first. */
  readonly cycle: number;
  /** The cycle's restarts and resets before it: its time is discarded if a later one came. */
  readonly epoch: number;
  /** Why a `paused` phase is paused, or what ended an `ended` one. */
  readonly reason: SegmentReason | undefined;
}

/**
 * Adds to `segments` the stretches of `phases`, each until the next one; the last until `now`,
 * or until its own start if it ended. `epochs` holds the last epoch of each cycle.
 */
export function phaseSegments(
  phases: readonly Phase[],
  epochs: readonly number[],
  now: number,
  explainer: SegmentMaker,
  segments: ExplainedSegment[],
): void {
  phases.forEach((phase, i) => {
    const next = phases[i + 1];
    const until = next?.at ?? (phase.kind === 'ended' ? phase.at : now);
    if (until <= phase.at) return;
    const from = new Date(phase.at);
    const to = new Date(until);
    if (phase.kind === 'running') {
      const discarded = phase.epoch < (epochs[phase.cycle] ?? 0);
      explainer.open(phase.at, until, discarded ? 'discarded' : 'counted');
    } else if (phase.kind === 'paused') {
      segments.push({ from, to, kind: 'paused', business: 0, ...reasonOf(phase.reason) });
    } else if (phase.kind === 'ended' && next?.cycle === phase.cycle) {
      // Ended by its stop and resumed later: it stood stopped in between.
      segments.push({ from, to, kind: 'stopped', business: 0, ...reasonOf(phase.reason) });
    } else {
      segments.push({ from, to, kind: 'idle', business: 0 });
    }
  });
}
