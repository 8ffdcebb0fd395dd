import { compiledOf } from '../schedule/schedule';
import { addOpenTime } from '../timeline/timeline-queries';
import { assertPlan, type Plan, targetOf } from './plan';
import type { ClockName } from './priority';
import { targetDuration } from './target-duration';
import { parseTicketHead, type Ticket } from './ticket';

/**
 * The GTI and GTR deadlines of a new ticket: the instants at which each target, counted in the
 * plan's business time from `openedAt`, runs out (a target that runs out at a closing time is
 * due at the next opening).
 *
 * @param plan - A plan from `definePlan`, `standardPlan` or `premiumPlan`.
 * @param ticket - `openedAt`, `priority` and optional `kind` (events are not read).
 * @returns Fresh `Date`s.
 * @throws {SlaError} `invalid_plan`, `invalid_ticket` or `invalid_instant` for bad arguments.
 *
 * @example
 * slaDeadlines(standardPlan(), { openedAt: '2026-11-27T15:50:00-04:00', priority: 'critical' });
 * //=> { gti: 2026-11-30T12:05:00.000Z, gtr: 2026-11-30T15:50:00.000Z }   (Monday 08:05 and 11:50)
 */
export function slaDeadlines(
  plan: Plan,
  ticket: Pick<Ticket, 'openedAt' | 'priority' | 'kind'>,
): { gti: Date; gtr: Date } {
  const checkedPlan = assertPlan(plan);
  const { openedAt, priority, kind } = parseTicketHead(ticket);
  const schedule = compiledOf(checkedPlan.schedule, 'plan.schedule');
  const deadline = (clock: ClockName) =>
    new Date(
      addOpenTime(
        schedule.timeline,
        openedAt,
        targetDuration(schedule, targetOf(checkedPlan, priority, kind, clock), openedAt),
        'ticket.openedAt',
      ),
    );
  return { gti: deadline('gti'), gtr: deadline('gtr') };
}
