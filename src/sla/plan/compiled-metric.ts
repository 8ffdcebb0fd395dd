import { CONDITION_EVENTS, type ConditionEvent, EVENT_CODE, type FieldValue } from './event-types';
import type { Label } from './priority';

/** One condition that asks more of an event than its type. */
export interface DetailedCondition {
  readonly code: number;
  readonly status: ReadonlySet<string> | undefined;
  readonly by: string | undefined;
  readonly isPublic: boolean | undefined;
  readonly field: string | undefined;
  /** Whether the condition names a `value` (which may be `null`). */
  readonly hasValue: boolean;
  readonly value: FieldValue | undefined;
}

/**
 * A list of event conditions, compiled: the event types that match whatever they carry, as bits
 * of a mask, and the conditions that look further.
 */
export interface EventMatcher {
  readonly mask: number;
  /** The event types some detailed condition names, as bits. */
  readonly detailedMask: number;
  readonly detailed: readonly DetailedCondition[];
  /**
   * The bits of its detailed conditions among the plan's shared ones, or `-1` when they are
   * judged here (a plan with very many distinct conditions).
   */
  readonly detailedBits: number;
}

/** An alert's threshold, as a function of the cycle's target. */
export interface CompiledAlert {
  readonly id: string;
  readonly kind: 'share' | 'before' | 'after';
  /** The share (0 < share), or the business milliseconds before or after the target. */
  readonly amount: number;
}

/** A metric of a plan, compiled from its definition. */
export interface CompiledMetric {
  readonly id: string;
  readonly label: Label;
  readonly start: EventMatcher;
  readonly stop: EventMatcher;
  readonly resume: EventMatcher;
  readonly reset: EventMatcher;
  readonly cancel: EventMatcher;
  /** Whether waiting on the customer pauses it. */
  readonly pauseWaiting: boolean;
  /** The statuses that pause it, or `null` when none do. */
  readonly pauseStatuses: ReadonlySet<string> | null;
  readonly many: boolean;
  readonly calendar: boolean;
  readonly onPriorityChange: 'keep-elapsed' | 'restart' | undefined;
  readonly alerts: readonly CompiledAlert[];
  /** Whether the opening (with the default status or any) can start it: for `slaDeadlines`. */
  readonly startsAtOpening: boolean;
  /**
   * The event types (as bits) that can change it whatever the ticket's waiting: those its
   * conditions name, and `status-changed` when statuses pause it. Others leave it as it is.
   */
  readonly concerns: number;
}

/** The fields of an event that conditions read. */
export interface MatchedEvent {
  readonly code: number;
  readonly status: string | undefined;
  readonly by: string | undefined;
  readonly isPublic: boolean | undefined;
  readonly field: string | undefined;
  readonly value: FieldValue | undefined;
  /** Whether the event carries a value (`field-changed`). */
  readonly hasValue: boolean;
}

/**
 * Whether `event` matches one of the conditions compiled in `matcher`.
 *
 * @param met - The bits of the plan's shared conditions that `event` meets, or `-1` when they
 * were not worked out.
 */
export function matches(matcher: EventMatcher, event: MatchedEvent, met = -1): boolean {
  // Small enough to be inlined on the replay's hot path; the detailed walk is not.
  if (((matcher.mask >>> event.code) & 1) === 1) return true;
  if (((matcher.detailedMask >>> event.code) & 1) === 0) return false;
  const bits = matcher.detailedBits;
  return bits >= 0 && met >= 0 ? (bits & met) !== 0 : matchesDetailed(matcher.detailed, event);
}

function matchesDetailed(detailed: readonly DetailedCondition[], event: MatchedEvent): boolean {
  for (const condition of detailed) if (matchesCondition(condition, event)) return true;
  return false;
}

/** Whether `event` meets one detailed condition. */
export function matchesCondition(condition: DetailedCondition, event: MatchedEvent): boolean {
  if (condition.code !== event.code) return false;
  if (condition.status !== undefined) {
    if (event.status === undefined || !condition.status.has(event.status)) return false;
  }
  if (condition.by !== undefined && condition.by !== event.by) return false;
  if (condition.isPublic !== undefined && condition.isPublic !== event.isPublic) return false;
  if (condition.field !== undefined && condition.field !== event.field) return false;
  return !condition.hasValue || (event.hasValue && condition.value === event.value);
}

/** The code of an event type a condition may name, or `undefined`. */
export function conditionEventCode(value: unknown): number | undefined {
  return typeof value === 'string' && Object.hasOwn(EVENT_CODE, value)
    ? EVENT_CODE[value as ConditionEvent]
    : undefined;
}

export const NO_EVENTS: EventMatcher = Object.freeze({
  mask: 0,
  detailedMask: 0,
  detailed: Object.freeze([]),
  detailedBits: 0,
});

export { CONDITION_EVENTS };
