import type { Priority, RequestKind } from '../sla/plan/priority';

/** What tickets can be grouped by in a summary. */
export type SummaryDimension = 'priority' | 'kind' | 'month';

/**
 * The dimensions a summary can group by, in the order in which its groups are sorted.
 *
 * @example
 * SUMMARY_DIMENSIONS;
 * //=> ['priority', 'kind', 'month']
 */
export const SUMMARY_DIMENSIONS = Object.freeze(['priority', 'kind', 'month'] as const);

/**
 * The kind under which a summary counts a ticket that has none.
 *
 * @example
 * summarizeTickets(standardPlan(), [{ openedAt: '2026-11-30T08:00:00-04:00', priority: 'high' }], {
 *   now: '2026-11-30T09:00:00-04:00',
 *   groupBy: ['kind'],
 * }).groups[0].key;
 * //=> { kind: 'none' }
 */
export const NO_KIND = 'none';

/** Which group a ticket falls in: only the dimensions the summary groups by are present. */
export interface GroupKey {
  /** The priority in force at `now`. */
  readonly priority?: Priority;
  /** The ticket's kind, or `'none'`. */
  readonly kind?: RequestKind | typeof NO_KIND;
  /** `YYYY-MM` of the opening, in the summary's time zone. */
  readonly month?: string;
}

/**
 * Orders keys by priority (in `priorities`' order, least urgent first; others after them,
 * alphabetically), then kind (alphabetically, `none` last), then month.
 */
export function compareGroupKeys(a: GroupKey, b: GroupKey, priorities: readonly string[]): number {
  const byPriority = compareRanked(a.priority ?? '', b.priority ?? '', priorities);
  if (byPriority !== 0) return byPriority;
  const kindA = a.kind ?? NO_KIND;
  const kindB = b.kind ?? NO_KIND;
  if (kindA !== kindB) {
    if (kindA === NO_KIND) return 1;
    if (kindB === NO_KIND) return -1;
    return kindA < kindB ? -1 : 1;
  }
  const [monthA = '', monthB = ''] = [a.month, b.month];
  return monthA < monthB ? -1 : monthA > monthB ? 1 : 0;
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
