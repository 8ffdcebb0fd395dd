import { PRIORITIES, type Priority, REQUEST_KINDS, type RequestKind } from '../sla/priority';

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

/** Kinds sorted alphabetically, `none` last. */
const KIND_ORDER: readonly string[] = [...[...REQUEST_KINDS].sort(), NO_KIND];

/** Orders keys by priority (normal first), then kind, then month. */
export function compareGroupKeys(a: GroupKey, b: GroupKey): number {
  const byPriority =
    PRIORITIES.indexOf(a.priority ?? 'normal') - PRIORITIES.indexOf(b.priority ?? 'normal');
  if (byPriority !== 0) return byPriority;
  const byKind = KIND_ORDER.indexOf(a.kind ?? NO_KIND) - KIND_ORDER.indexOf(b.kind ?? NO_KIND);
  if (byKind !== 0) return byKind;
  const [monthA = '', monthB = ''] = [a.month, b.month];
  return monthA < monthB ? -1 : monthA > monthB ? 1 : 0;
}

/** A string that identifies a key among the keys of one summary. */
export function groupKeyId(key: GroupKey): string {
  return `${key.priority ?? ''}|${key.kind ?? ''}|${key.month ?? ''}`;
}
