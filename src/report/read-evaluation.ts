import { SlaError } from '../errors/sla-error';
import { CLOCK_STATUSES, type ClockStatus } from '../sla/cycles/metric-report';
import type { TicketEvaluation } from '../sla/evaluate-ticket';
import type { Priority } from '../sla/plan/priority';

/** One cycle a summary counts: its metric, status and elapsed time. */
export interface CountedCycle {
  readonly metric: string;
  readonly status: ClockStatus;
  readonly elapsed: number;
}

/** What a summary counts of one evaluation: each part read once, so what is checked is counted. */
export interface CountedEvaluation {
  readonly priority: Priority;
  /** The metrics in their order, for the columns of a report, idle ones included. */
  readonly metrics: readonly string[];
  readonly cycles: readonly CountedCycle[];
  readonly skipped: number;
}

/** Properties of a value the caller handed over, not yet checked. */
type Fields = Partial<Record<string, unknown>>;

/**
 * Reads what `summary.add` counts of an evaluation: every cycle of every metric.
 *
 * @throws {SlaError} `invalid_argument` at `evaluation` when it is not what `evaluateTicket`
 * returns.
 */
export function readEvaluation(evaluation: TicketEvaluation): CountedEvaluation {
  const { priority, metrics, skipped } = (evaluation ?? {}) as unknown as Fields;
  const skippedCount = skipped === undefined ? 0 : Array.isArray(skipped) ? skipped.length : -1;
  const ids: string[] = [];
  const cycles: CountedCycle[] = [];
  if (
    typeof priority === 'string' &&
    priority !== '' &&
    skippedCount >= 0 &&
    typeof metrics === 'object' &&
    metrics !== null &&
    readMetrics(metrics as Fields, ids, cycles)
  ) {
    return { priority, metrics: ids, cycles, skipped: skippedCount };
  }
  throw new SlaError(
    'invalid_argument',
    'evaluation',
    evaluation,
    'is not what evaluateTicket returns for this ticket',
  );
}

function readMetrics(metrics: Fields, ids: string[], counted: CountedCycle[]): boolean {
  for (const metric of Object.keys(metrics)) {
    const report = metrics[metric];
    if (typeof report !== 'object' || report === null) return false;
    const { cycles } = report as Fields;
    if (!Array.isArray(cycles)) return false;
    ids.push(metric);
    for (const cycle of cycles as unknown[]) {
      const { status, elapsed } = (cycle ?? {}) as Fields;
      if (!isStatus(status) || !Number.isSafeInteger(elapsed)) return false;
      counted.push({ metric, status, elapsed: elapsed as number });
    }
  }
  return true;
}

function isStatus(status: unknown): status is ClockStatus {
  return (CLOCK_STATUSES as readonly unknown[]).includes(status);
}
