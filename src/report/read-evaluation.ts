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

/** Properties of a value the caller handed over, not yet checked. */
type Fields = Partial<Record<string, unknown>>;

/**
 * Reads what `summary.add` counts of an evaluation.
 *
 * @throws {SlaError} `invalid_argument` at `evaluation` when it is not what `evaluateTicket`
 * returns.
 */
export function readEvaluation(evaluation: TicketEvaluation): CountedEvaluation {
  const { priority, gti, gtr, skipped } = (evaluation ?? {}) as unknown as Fields;
  if (typeof gti === 'object' && gti !== null && typeof gtr === 'object' && gtr !== null) {
    const { status: gtiStatus, elapsed: gtiElapsed } = gti as Fields;
    const { status: gtrStatus, elapsed: gtrElapsed } = gtr as Fields;
    const skippedCount = skipped === undefined ? 0 : Array.isArray(skipped) ? skipped.length : -1;
    if (
      isPriority(priority) &&
      isStatus(gtiStatus) &&
      Number.isSafeInteger(gtiElapsed) &&
      isStatus(gtrStatus) &&
      Number.isSafeInteger(gtrElapsed) &&
      skippedCount >= 0
    ) {
      return {
        priority,
        gtiStatus,
        gtiElapsed: gtiElapsed as number,
        gtrStatus,
        gtrElapsed: gtrElapsed as number,
        skipped: skippedCount,
      };
    }
  }
  throw new SlaError(
    'invalid_argument',
    'evaluation',
    evaluation,
    'is not what evaluateTicket returns for this ticket',
  );
}

function isStatus(status: unknown): status is ClockStatus {
  return (CLOCK_STATUSES as readonly unknown[]).includes(status);
}
