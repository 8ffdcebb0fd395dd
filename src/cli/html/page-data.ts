import type { Plan, Priority, Ticket, TicketEvaluation } from '../../index';

/** Buckets of the business time taken, as a share of the target (the last is open-ended). */
export const SHARE_BUCKETS = [0.25, 0.5, 0.75, 1, 1.5, 2, Number.POSITIVE_INFINITY] as const;

/** How many late or at-risk tickets the page draws; the others are counted. */
const ATTENTION_LIMIT = 30;

/**
 * What the HTML page needs beyond the summary, gathered while the report streams, in constant
 * memory: per priority and metric, how the cycles that stopped compared with their targets, and
 * the first late or at-risk tickets (to be explained once the input is read).
 */
export class PageData {
  /**
   * `shares[priority][metric][bucket]`: cycles, stopped by now, whose time fell in that share of
   * the target (a ticket's every cycle, not only its last).
   */
  readonly shares = new Map<Priority, Record<string, number[]>>();
  /** The first late or at-risk tickets, in the order of the input. */
  readonly attention: (Ticket & { id: string })[] = [];
  attentionCount = 0;
  readonly #metrics: readonly string[];

  constructor(plan: Plan) {
    this.#metrics = plan.metrics.map((metric) => metric.id);
  }

  add(ticket: Ticket & { id: string }, evaluation: TicketEvaluation): void {
    let byMetric = this.shares.get(evaluation.priority);
    if (byMetric === undefined) {
      byMetric = Object.fromEntries(this.#metrics.map((id) => [id, SHARE_BUCKETS.map(() => 0)]));
      this.shares.set(evaluation.priority, byMetric);
    }
    for (const id of this.#metrics) {
      const counts = byMetric[id];
      const report = evaluation.metrics[id];
      if (report === undefined || counts === undefined) continue;
      for (const cycle of report.cycles) {
        // Met or missed: judged against the target it stopped with.
        if ((cycle.status !== 'met' && cycle.status !== 'missed') || cycle.target <= 0) continue;
        const share = cycle.elapsed / cycle.target;
        const bucket = SHARE_BUCKETS.findIndex((limit) => share <= limit);
        (counts[bucket] as number)++;
      }
    }
    const late = Object.values(evaluation.metrics).some(
      (report) => report.status === 'breached' || report.status === 'at-risk',
    );
    if (!late) return;
    this.attentionCount++;
    if (this.attention.length < ATTENTION_LIMIT) this.attention.push(ticket);
  }
}
