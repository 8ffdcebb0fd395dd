import type { ClockTally } from './clock-tally';
import type { SlaSummary } from './sla-summary';
import { SummaryBuilder } from './summary-builder';
import { emptyGroupOf, partsWith, type SlaSummaryState, stateOf } from './summary-state';

/**
 * A summary for another thread of this process: its state with the cycles' times left out
 * (`taken: []`), and all those times in one typed array, each metric's sorted, in the order the
 * state lists its groups and their metrics. `postMessage` transfers the array instead of copying
 * a million numbers one by one.
 */
export interface PackedSummary {
  readonly state: SlaSummaryState;
  readonly times: Float64Array;
}

/** Packs a summary made by `createSlaSummary` (internal: not a state for files). */
export function packSummary(summary: SlaSummary): PackedSummary {
  const parts = builderOf(summary).parts();
  const state = stateOf(parts, () => []);
  let count = 0;
  for (const group of parts.groups) {
    for (const tally of group.metrics.values()) count += tally.taken.count;
  }
  const times = new Float64Array(count);
  let at = 0;
  // The state's own order (an object's keys may not keep the Map's order: "10" comes first).
  parts.groups.forEach((group, index) => {
    const metrics = (state.groups[index] as SlaSummaryState['groups'][number]).metrics;
    for (const metric of Object.keys(metrics)) {
      at = (group.metrics.get(metric) as ClockTally).taken.sortedInto(times, at);
    }
  });
  return { state, times };
}

/**
 * Merges a packed summary into `summary`, as `summary.merge(state)` would merge its state. The
 * packed summary is trusted (this process made it): only its counts are checked against its
 * times.
 *
 * @throws {Error} when its times do not match its counts (a bug, not an input to refuse).
 */
export function mergePacked(summary: SlaSummary, packed: PackedSummary): void {
  const { state, times } = packed;
  let at = 0;
  const groups = state.groups.map((group) => {
    const tally = emptyGroupOf(group);
    for (const [metric, counts] of Object.entries(group.metrics)) {
      const end = at + counts.met + counts.missed;
      if (end > times.length) throw mismatch(times.length, end);
      tally.tallyOf(metric).restore(counts, times.subarray(at, end));
      at = end;
    }
    return tally;
  });
  if (at !== times.length) throw mismatch(times.length, at);
  builderOf(summary).mergeParts(partsWith(state, groups));
}

function mismatch(times: number, cycles: number): Error {
  return new Error(`a packed summary holds ${times} times for ${cycles} cycles`);
}

function builderOf(summary: SlaSummary): SummaryBuilder {
  if (!(summary instanceof SummaryBuilder)) throw new Error('not a summary of createSlaSummary');
  return summary;
}
