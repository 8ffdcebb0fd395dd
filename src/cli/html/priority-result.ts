import {
  type ClockTallyState,
  createSlaSummary,
  type SlaSummaryResult,
  type SlaSummaryState,
} from '../../index';

/**
 * The summary regrouped by priority alone, for the subtotals of a table grouped by priority and
 * more (month, kind…): each priority's counts summed and its stopped cycles' times pooled, so
 * that its median and p90 are exact, not averaged. `undefined` when the summary is not grouped
 * by priority and something else.
 */
export function priorityResult(state: SlaSummaryState): SlaSummaryResult | undefined {
  if (!state.groupBy.includes('priority') || state.groupBy.length < 2) return undefined;
  const byPriority = new Map<string, { tickets: number; metrics: Record<string, Tally> }>();
  for (const group of state.groups) {
    const priority = String(group.key.priority);
    let into = byPriority.get(priority);
    if (into === undefined) {
      into = { tickets: 0, metrics: {} };
      byPriority.set(priority, into);
    }
    into.tickets += group.tickets;
    for (const [metric, tally] of Object.entries(group.metrics)) {
      const sum = into.metrics[metric] ?? emptyTally();
      into.metrics[metric] = sum;
      sum.met += tally.met;
      sum.missed += tally.missed;
      sum.breached += tally.breached;
      sum.atRisk += tally.atRisk;
      sum.onTrack += tally.onTrack;
      sum.cancelled += tally.cancelled;
      for (const time of tally.taken) sum.taken.push(time);
    }
  }
  const groups = [...byPriority].map(([priority, { tickets, metrics }]) => ({
    key: { priority },
    tickets,
    metrics,
  }));
  return createSlaSummary({ state: { ...state, groupBy: ['priority'], groups } }).result();
}

function emptyTally(): Tally {
  return { met: 0, missed: 0, breached: 0, atRisk: 0, onTrack: 0, cancelled: 0, taken: [] };
}

type Tally = { -readonly [K in keyof ClockTallyState]: ClockTallyState[K] } & { taken: number[] };
