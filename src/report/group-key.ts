import type { Priority, RequestKind } from '../sla/plan/priority';

/** The dimensions a summary knows by name; any other name groups by a field of the tickets. */
export type SummaryDimension = 'priority' | 'kind' | 'month' | 'policy';

/** What a summary can group by: a known dimension, or the name of a field of the tickets' `fields`. */
export type GroupDimension = SummaryDimension | (string & {});

/**
 * The dimensions a summary knows by name, in the order in which its groups are sorted (fields
 * come after them, in the order `groupBy` names them).
 *
 * @example
 * SUMMARY_DIMENSIONS;
 * //=> ['priority', 'kind', 'month', 'policy']
 */
export const SUMMARY_DIMENSIONS = Object.freeze(['priority', 'kind', 'month', 'policy'] as const);

/**
 * The kind under which a summary counts a ticket that has none; also the policy of a ticket
 * evaluated with a plan, and the value of a field a ticket does not have (or has as `null`).
 *
 * @example
 * summarizeTickets(standardPlan(), [{ openedAt: '2026-11-30T08:00:00-04:00', priority: 'high' }], {
 *   now: '2026-11-30T09:00:00-04:00',
 *   groupBy: ['kind'],
 * }).groups[0].key;
 * //=> { kind: 'none' }
 */
export const NO_KIND = 'none';

/**
 * Which group a ticket falls in: only the dimensions the summary groups by are present. A field
 * holds the ticket's value as text (`String(value)`), or `'none'`.
 */
export interface GroupKey {
  /** The priority in force at `now`. */
  readonly priority?: Priority;
  /** The ticket's kind, or `'none'`. */
  readonly kind?: RequestKind | typeof NO_KIND;
  /** `YYYY-MM` of the opening, in the summary's time zone. */
  readonly month?: string;
  /** The id of the policy the ticket was held to, or `'none'` when it was held to a plan. */
  readonly policy?: string;
  readonly [field: string]: string | undefined;
}

/** What orders groups besides their values: the plan's priorities and the policies' order. */
export interface GroupOrder {
  /** Least urgent first. */
  readonly priorities: readonly string[];
  readonly policies: readonly string[];
  /** The fields grouped by, in `groupBy`'s order. */
  readonly fields: readonly string[];
}

/**
 * Orders keys by priority (in `priorities`' order, least urgent first; others after them,
 * alphabetically), then kind (alphabetically, `none` last), then month, then policy (in the
 * policies' order), then each field (alphabetically, `none` last).
 */
export function compareGroupKeys(a: GroupKey, b: GroupKey, order: GroupOrder): number {
  const byPriority = compareRanked(a.priority ?? '', b.priority ?? '', order.priorities);
  if (byPriority !== 0) return byPriority;
  const byKind = compareNoneLast(a.kind, b.kind);
  if (byKind !== 0) return byKind;
  const [monthA = '', monthB = ''] = [a.month, b.month];
  if (monthA !== monthB) return monthA < monthB ? -1 : 1;
  const byPolicy = compareRanked(a.policy ?? '', b.policy ?? '', order.policies);
  if (byPolicy !== 0) return byPolicy;
  for (const field of order.fields) {
    const byField = compareNoneLast(a[field], b[field]);
    if (byField !== 0) return byField;
  }
  return 0;
}

function compareNoneLast(a = NO_KIND, b = NO_KIND): number {
  if (a === b) return 0;
  if (a === NO_KIND) return 1;
  if (b === NO_KIND) return -1;
  return a < b ? -1 : 1;
}

function compareRanked(a: string, b: string, order: readonly string[]): number {
  if (a === b) return 0;
  const rankA = order.indexOf(a);
  const rankB = order.indexOf(b);
  if (rankA !== rankB) {
    if (rankA === -1) return 1;
    if (rankB === -1) return -1;
    return rankA - rankB;
  }
  return a < b ? -1 : 1;
}
