import { ClockTally } from './clock-tally';
import type { GroupKey } from './group-key';
import type { SummaryGroup } from './sla-summary';

/** The tickets of one group of a summary: how many, and a tally per metric. */
export class GroupTally {
  tickets = 0;
  /** Per metric id, in the order the metrics were first met. */
  readonly metrics = new Map<string, ClockTally>();

  constructor(readonly key: GroupKey) {}

  tallyOf(metric: string): ClockTally {
    let tally = this.metrics.get(metric);
    if (tally === undefined) {
      tally = new ClockTally();
      this.metrics.set(metric, tally);
    }
    return tally;
  }

  addAll(other: GroupTally): void {
    this.tickets += other.tickets;
    for (const [metric, tally] of other.metrics) this.tallyOf(metric).addAll(tally);
  }

  summary(metricIds: readonly string[]): SummaryGroup {
    const metrics: Record<string, ReturnType<ClockTally['summary']>> = {};
    for (const id of metricIds) metrics[id] = (this.metrics.get(id) ?? EMPTY).summary();
    return { key: { ...this.key }, tickets: this.tickets, metrics };
  }
}

const EMPTY = /* @__PURE__ */ new ClockTally();
