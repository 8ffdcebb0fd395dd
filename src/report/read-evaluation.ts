import { SlaError } from '../errors/sla-error';
import { CLOCK_STATUSES, type ClockStatus } from '../sla/clock-report';
import type { TicketEvaluation } from '../sla/evaluate-ticket';
import type { Priority } from '../sla/priority';
import { isPriority } from '../sla/ticket';

/** What a summary counts of one evaluation: each part read once, so what is checked is counted. */
export interface CountedEvaluation {
  readonly priority: Priority;
  readonly gtiStatus: ClockStatus;
  readonly gtiElapsed: number;
  readonly gtrStatus: ClockStatus;
  readonly gtrElapsed: number;
  readonly skipped: number;
}

/**
 * Reads what `summary.add` counts of an evaluation.
 *
 * @throws {SlaError} `invalid_argument` at `evaluation` when it is not what `evaluateTicket`
 * returns.
 */
export function readEvaluation(evaluation: TicketEvaluation): CountedEvaluation {
  if (typeof evaluation === 'object' && evaluation !== null) {
    const { priority, gti, gtr, skipped } = evaluation as unknown as Partial<
      Record<string, unknown>
    >;
    const [gtiStatus, gtiElapsed] = statusAndElapsed(gti);
    const [gtrStatus, gtrElapsed] = statusAndElapsed(gtr);
    const skippedCount = skipped === undefined ? 0 : Array.isArray(skipped) ? skipped.length : -1;
    if (
      isPriority(priority) &&
      gtiStatus !== undefined &&
      gtrStatus !== undefined &&
      skippedCount >= 0
    ) {
      return { priority, gtiStatus, gtiElapsed, gtrStatus, gtrElapsed, skipped: skippedCount };
    }
  }
  throw new SlaError(
    'invalid_argument',
    'evaluation',
    evaluation,
    'is not what evaluateTicket returns for this ticket',
  );
}

/** A clock report's status and elapsed time, or `[undefined, 0]` for anything else. */
function statusAndElapsed(report: unknown): [ClockStatus | undefined, number] {
  if (typeof report !== 'object' || report === null) return [undefined, 0];
  const { status, elapsed } = report as { status?: unknown; elapsed?: unknown };
  return (CLOCK_STATUSES as readonly unknown[]).includes(status) && Number.isSafeInteger(elapsed)
    ? [status as ClockStatus, elapsed as number]
    : [undefined, 0];
}
