import type { ClockName, Priority, Ticket, TicketEvaluation } from '../../index';

/** Buckets of the business time taken, as a share of the target (the last is open-ended). */
export const SHARE_BUCKETS = [0.25, 0.5, 0.75, 1, 1.5, 2, Number.POSITIVE_INFINITY] as const;

/** How many late or at-risk tickets the page draws; the others are counted. */
const ATTENTION_LIMIT = 30;

/**
 * What the HTML page needs beyond the summary, gathered while the report streams, in constant
 * memory: per priority and clock, how the stopped clocks' time compared with their targets, and
 * the first late or at-risk tickets (to be explained once the input is read).
 */
export class PageData {
  /** `shares[priority][clock][bucket]`: stopped clocks whose time fell in that share of the target. */
  readonly shares = new Map<Priority, Record<ClockName, number[]>>();
  /** The first late or at-risk tickets, in the order of the input. */
  readonly attention: (Ticket & { id: string })[] = [];
  attentionCount = 0;

  add(ticket: Ticket & { id: string }, evaluation: TicketEvaluation): void {
    let byClock = this.shares.get(evaluation.priority);
    if (byClock === undefined) {
      byClock = { gti: SHARE_BUCKETS.map(() => 0), gtr: SHARE_BUCKETS.map(() => 0) };
      this.shares.set(evaluation.priority, byClock);
    }
    for (const name of ['gti', 'gtr'] as const) {
      const report = evaluation.metrics[name];
      if (
        report === undefined ||
        report.state !== 'stopped' ||
        report.target === null ||
        report.target <= 0
      )
        continue;
      const share = report.elapsed / report.target;
      const bucket = SHARE_BUCKETS.findIndex((limit) => share <= limit);
      (byClock[name][bucket] as number)++;
    }
    const late = Object.values(evaluation.metrics).some(
      (report) => report.status === 'breached' || report.status === 'at-risk',
    );
    if (!late) return;
    this.attentionCount++;
    if (this.attention.length < ATTENTION_LIMIT) this.attention.push(ticket);
  }
}
