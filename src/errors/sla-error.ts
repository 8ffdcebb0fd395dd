import { formatSlaErrorMessage } from './format-sla-error-message';

/**
 * The closed set of reasons for which sla-clock refuses an input. Codes are stable across
 * versions: match on them, not on messages.
 */
export type SlaErrorCode =
  /** An instant input is not a `Date`, finite epoch milliseconds, an ISO string with an offset, a valid luxon `DateTime` or a Temporal-like object. */
  | 'invalid_instant'
  /** A duration input is malformed, not a whole number of milliseconds, or counts days/weeks/months/years. */
  | 'invalid_duration'
  /** An argument other than an instant or a duration is out of its domain (e.g. a fractional business-day count). */
  | 'invalid_argument'
  /** A schedule configuration (or a value passed where a schedule is expected) has the wrong shape. */
  | 'invalid_schedule'
  /** The time zone is not a known IANA zone. */
  | 'unknown_timezone'
  /** A range is not of the form `"HH:mm-HH:mm"` or names an impossible time. */
  | 'invalid_range'
  /** A range opens and closes at the same wall time (`"08:00-08:00"`). */
  | 'empty_range'
  /** Two ranges of one date overlap. */
  | 'overlapping_ranges'
  /** A date is not an existing `YYYY-MM-DD` calendar date. */
  | 'invalid_date'
  /** A holiday calendar is malformed or has no such code. */
  | 'invalid_calendar'
  /** A support plan's configuration is malformed (the path names the entry, e.g. `targets.high.gtr`). */
  | 'invalid_plan'
  /** A policies configuration is malformed (the path names the entry, e.g. `policies[1].versions[0].from`). */
  | 'invalid_policies'
  /** No policy's `when` matches the ticket, or the matching policy has no version in force at its opening. */
  | 'no_policy'
  /** A ticket is malformed: its opening instant, priority or kind, or more than `MAX_TICKET_EVENTS` events. */
  | 'invalid_ticket'
  /** A ticket event is malformed, out of order, before the opening, or impossible in the clock's state. */
  | 'invalid_event'
  /** The schedule has no open time within the search horizon. */
  | 'no_open_time'
  /**
   * A computation left the range of instants that `Date` can represent, or would cross more than
   * 400 years of timeline in one query (compiling that much would take seconds per call).
   */
  | 'out_of_range';

/**
 * The one error type sla-clock throws on bad input. Every refusal says what was wrong (`code`),
 * where (`path`, a dotted path into the argument or configuration) and with which `value`.
 *
 * @example
 * try {
 *   defineSchedule({ timezone: 'Mars/Olympus', hours: {} });
 * } catch (error) {
 *   if (error instanceof SlaError) console.log(error.code, error.path);
 * }
 * //=> unknown_timezone timezone
 */
export class SlaError extends Error {
  override readonly name = 'SlaError';
  /** Why the input was refused: a member of a closed union. */
  readonly code: SlaErrorCode;
  /** Where: a dotted path into the argument or configuration (`hours.mon[1]`), or the argument name. */
  readonly path: string;
  /** The offending value, as it was given. */
  readonly value: unknown;
  /** The reason in words, without the path and the value (the message adds them). */
  readonly reason: string;

  /**
   * @param code - Why the input was refused.
   * @param path - Where the input was found (argument name or configuration path).
   * @param value - The offending value.
   * @param reason - What was wrong with it, in words.
   */
  constructor(code: SlaErrorCode, path: string, value: unknown, reason: string) {
    super(formatSlaErrorMessage(path, value, reason));
    this.code = code;
    this.path = path;
    this.value = value;
    this.reason = reason;
  }
}
