import { SlaError } from '../../errors/sla-error';
import type { Priority } from './priority';

/** What the desk knows of a ticket's impact. */
export interface ImpactAssessment {
  /** Whether the user cannot work. */
  readonly blocked: boolean;
  /** Whether a workaround lets them work meanwhile (only matters when blocked). */
  readonly workaround?: boolean;
  /** How many users are blocked; two or more make a blocking ticket without workaround critical. */
  readonly usersBlocked?: number;
}

/**
 * Applies the priority definitions: not blocked → `normal`; blocked with a
 * workaround → `medium`; blocked without one → `high`; several users blocked without one →
 * `critical`.
 *
 * @param impact - Whether the user is blocked, whether a workaround exists, how many are blocked.
 * @returns The priority.
 * @throws {SlaError} `invalid_ticket` when `blocked` is not a boolean, `workaround` is given and
 * not a boolean, or `usersBlocked` is not a whole number, or contradicts `blocked` (0 users
 * blocked while blocked, or some while not).
 *
 * @example
 * classifyPriority({ blocked: true, workaround: false, usersBlocked: 12 });
 * //=> 'critical'
 * classifyPriority({ blocked: true, workaround: true, usersBlocked: 12 });
 * //=> 'medium'
 */
export function classifyPriority(impact: ImpactAssessment): Priority {
  const {
    blocked,
    workaround = false,
    usersBlocked = blocked ? 1 : 0,
  } = impact ?? ({} as ImpactAssessment);
  if (typeof blocked !== 'boolean')
    throw new SlaError('invalid_ticket', 'blocked', blocked, 'must be a boolean');
  if (typeof workaround !== 'boolean') {
    throw new SlaError('invalid_ticket', 'workaround', workaround, 'must be a boolean');
  }
  if (typeof usersBlocked !== 'number' || !Number.isInteger(usersBlocked) || usersBlocked < 0) {
    throw new SlaError(
      'invalid_ticket',
      'usersBlocked',
      usersBlocked,
      'must be a whole number of users, 0 or more',
    );
  }
  if (blocked !== usersBlocked > 0) {
    throw new SlaError(
      'invalid_ticket',
      'usersBlocked',
      usersBlocked,
      blocked
        ? 'must be at least 1 when the user is blocked'
        : 'must be 0 when the user is not blocked',
    );
  }
  if (!blocked) return 'normal';
  if (workaround) return 'medium';
  return usersBlocked >= 2 ? 'critical' : 'high';
}
