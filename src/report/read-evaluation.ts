import { SlaError } from '../errors/sla-error';
import { CLOCK_STATUSES, type ClockStatus } from '../sla/cycles/metric-report';
import type { TicketEvaluation } from '../sla/evaluate-ticket';
import type { Priority } from '../sla/plan/priority';

/**
 * What a summary counts of one evaluation: each part read once, so what is checked is counted.
 * One is kept by a summary and read into again for every ticket, over the lists' first entries:
 * a summary adds millions of tickets, and an object per cycle cost more than the counting.
 */
export class CountedEvaluation {
  priority: Priority = '';
  skipped = 0;
  /** How many of `metrics` are this evaluation's. */
  metricCount = 0;
  /** The metrics in their order, for the columns of a report, idle ones included. */
  readonly metrics: string[] = [];
  /** How many of the cycle lists' entries are this evaluation's. */
  cycleCount = 0;
  /** Each cycle's metric, status and elapsed time: the same index in the three lists. */
  readonly cycleMetrics: string[] = [];
  readonly cycleStatuses: ClockStatus[] = [];
  readonly cycleElapsed: number[] = [];

  /**
   * Reads what `summary.add` counts of an evaluation: every cycle of every metric.
   *
   * @throws {SlaError} `invalid_argument` at `evaluation` when it is not what `evaluateTicket`
   * returns.
   */
  read(evaluation: TicketEvaluation): void {
    const { priority, metrics, skipped } = (evaluation ?? {}) as unknown as Fields;
    const skippedCount = skipped === undefined ? 0 : Array.isArray(skipped) ? skipped.length : -1;
    this.metricCount = 0;
    this.cycleCount = 0;
    if (
      typeof priority === 'string' &&
      priority !== '' &&
      skippedCount >= 0 &&
      typeof metrics === 'object' &&
      metrics !== null &&
      this.#readMetrics(metrics as Fields)
    ) {
      this.priority = priority;
      this.skipped = skippedCount;
      return;
    }
    throw new SlaError(
      'invalid_argument',
      'evaluation',
      evaluation,
      'is not what evaluateTicket returns for this ticket',
    );
  }

  #readMetrics(metrics: Fields): boolean {
    for (const metric of Object.keys(metrics)) {
      const report = metrics[metric];
      if (typeof report !== 'object' || report === null) return false;
      const { cycles } = report as Fields;
      if (!Array.isArray(cycles)) return false;
      this.metrics[this.metricCount++] = metric;
      // By index: V8 iterates a frozen array (as evaluations' are) slower with for…of.
      for (let index = 0; index < cycles.length; index++) {
        const { status, elapsed } = (cycles[index] ?? {}) as Fields;
        if (!isStatus(status) || !Number.isSafeInteger(elapsed)) return false;
        const at = this.cycleCount++;
        this.cycleMetrics[at] = metric;
        this.cycleStatuses[at] = status;
        this.cycleElapsed[at] = elapsed as number;
      }
    }
    return true;
  }
}

/** Properties of a value the caller handed over, not yet checked. */
type Fields = Partial<Record<string, unknown>>;

function isStatus(status: unknown): status is ClockStatus {
  return (CLOCK_STATUSES as readonly unknown[]).includes(status);
}
