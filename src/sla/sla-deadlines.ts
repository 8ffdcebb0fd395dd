import { addOpenTime } from '../timeline/timeline-queries';
import type { CheckedEvaluateOptions } from './cycles/evaluate-options';
import { replayTicket } from './cycles/replay-ticket';
import type { Plan } from './plan/plan';
import type { Ticket } from './ticket-log/ticket';

/**
 * The deadlines of a new ticket, per metric that starts at the opening: the instant at which
 * its target, counted in the plan's business time from `openedAt`, runs out (a target that runs
 * out at a closing time is due at the next opening). A metric the opening priority does not
 * measure, or that other events start, is left out; one paused from the opening is `null`.
 *
 * @param plan - A plan from `definePlan`, `standardPlan` or `premiumPlan`.
 * @param ticket - `openedAt`, `priority` and optional `kind` and `status` (events are not read).
 * @returns Fresh `Date`s, per metric id.
 * @throws {SlaError} `invalid_plan`, `invalid_ticket` or `invalid_instant` for bad arguments.
 *
 * @example
 * slaDeadlines(standardPlan(), { openedAt: '2026-11-27T15:50:00-04:00', priority: 'critical' });
 * //=> { gti: 2026-11-30T12:05:00.000Z, gtr: 2026-11-30T15:50:00.000Z }   (Monday 08:05 and 11:50)
 */
export function slaDeadlines<M extends string>(
  plan: Plan<M>,
  ticket: Pick<Ticket, 'openedAt' | 'priority' | 'kind' | 'status'>,
): Partial<Record<M, Date | null>> {
  // The opening's rules alone: events are not read.
  const opening =
    typeof ticket === 'object' && ticket !== null
      ? ({
          openedAt: ticket.openedAt,
          priority: ticket.priority,
          kind: ticket.kind,
          status: ticket.status,
        } as Ticket)
      : ticket;
  const { replay } = replayTicket(plan, opening, AT_OPENING);
  const deadlines: Partial<Record<M, Date | null>> = {};
  for (const run of replay.runs) {
    const cycle = run.current;
    if (cycle === null) continue;
    const { clock } = cycle;
    deadlines[run.metric.id as M] =
      clock.state === 'paused'
        ? null
        : new Date(addOpenTime(clock.timeline, cycle.startedAt, clock.target, 'ticket.openedAt'));
  }
  return deadlines;
}

const AT_OPENING: CheckedEvaluateOptions = Object.freeze({
  now: Number.POSITIVE_INFINITY,
  nowInput: undefined,
  lenient: false,
  onPriorityChange: 'keep-elapsed',
  pausing: null,
  openedAfterNow: 'refuse-now',
});
