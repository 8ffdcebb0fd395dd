import type { ClockStatus } from '../sla/cycles/metric-report';
import type {
  ComparisonGroup,
  FlipCounts,
  FlipDirection,
  FlippedTicket,
  MetricComparison,
  PlanComparison,
} from './plan-comparison';
import type { SlaSummaryResult, SummaryGroup } from './sla-summary';

/** How many tickets flipped, per metric and direction, and per status pair. */
export class FlipTally {
  readonly #byMetric = new Map<
    string,
    { worse: number; better: number; other: number; byStatus: Map<string, number> }
  >();

  count(metric: string, direction: FlipDirection, before: ClockStatus, after: ClockStatus): void {
    let counts = this.#byMetric.get(metric);
    if (counts === undefined) {
      counts = { worse: 0, better: 0, other: 0, byStatus: new Map() };
      this.#byMetric.set(metric, counts);
    }
    counts[direction]++;
    const pair = `${before}→${after}`;
    counts.byStatus.set(pair, (counts.byStatus.get(pair) ?? 0) + 1);
  }

  /** Per metric of `metrics`, fresh: zeros for a metric nothing flipped. */
  counts(metrics: readonly string[]): Record<string, FlipCounts> {
    const result: Record<string, FlipCounts> = {};
    for (const metric of metrics) {
      const counts = this.#byMetric.get(metric);
      result[metric] = {
        worse: counts?.worse ?? 0,
        better: counts?.better ?? 0,
        other: counts?.other ?? 0,
        byStatus: Object.fromEntries(counts?.byStatus ?? []),
      };
    }
    return result;
  }
}

/** A flip that shares no `Date` with `flip`: each one handed out is the caller's to change. */
export function copyOf(flip: FlippedTicket): FlippedTicket {
  const { deadlineBefore, deadlineAfter } = flip;
  return {
    ...flip,
    deadlineBefore: deadlineBefore === null ? null : new Date(deadlineBefore.getTime()),
    deadlineAfter: deadlineAfter === null ? null : new Date(deadlineAfter.getTime()),
  };
}

/** How many tickets flipped, over every metric and direction. */
export function flipTotal(comparison: Pick<PlanComparison, 'flips'>): number {
  let total = 0;
  for (const flips of Object.values(comparison.flips)) {
    total += flips.worse + flips.better + flips.other;
  }
  return total;
}

/** The comparison of two summaries of the same tickets, with the flips counted while adding. */
export function comparisonResult(
  before: SlaSummaryResult,
  after: SlaSummaryResult,
  flips: FlipTally,
  flipped: readonly FlippedTicket[],
): PlanComparison {
  const metrics = [
    ...before.metrics,
    ...after.metrics.filter((id) => !before.metrics.includes(id)),
  ];
  const afterGroups = new Map(after.groups.map((group) => [JSON.stringify(group.key), group]));
  const groups = before.groups.map((group) => {
    const key = JSON.stringify(group.key);
    const theirs = afterGroups.get(key);
    afterGroups.delete(key);
    return compareGroups(metrics, group, theirs);
  });
  for (const group of afterGroups.values()) groups.push(compareGroups(metrics, undefined, group));
  return {
    groupBy: [...before.groupBy],
    timezone: before.timezone,
    metrics,
    total: compareGroups(metrics, before.total, after.total),
    groups,
    flips: flips.counts(metrics),
    flipped: flipped.map(copyOf),
    rejected: before.rejected,
    before,
    after,
  };
}

function compareGroups(
  metrics: readonly string[],
  before: SummaryGroup | undefined,
  after: SummaryGroup | undefined,
): ComparisonGroup {
  const byMetric: Record<string, MetricComparison> = {};
  for (const metric of metrics) {
    const was = before?.metrics[metric]?.compliance ?? null;
    const is = after?.metrics[metric]?.compliance ?? null;
    byMetric[metric] = {
      before: was,
      after: is,
      difference: was === null || is === null ? null : is - was,
    };
  }
  return {
    key: { ...(before ?? after)?.key },
    tickets: { before: before?.tickets ?? 0, after: after?.tickets ?? 0 },
    metrics: byMetric,
  };
}
