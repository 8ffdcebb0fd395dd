import { SlaError } from '../errors/sla-error';
import { dayNumberOf, daysInMonth, MS_PER_DAY } from '../schedule/local-date';

/**
 * An instant: a `Date`, epoch milliseconds, an ISO-8601 string with an offset or `Z`, a luxon
 * `DateTime`, or any object with numeric `epochMilliseconds` (Temporal.Instant,
 * Temporal.ZonedDateTime).
 */
export type InstantInput =
  | Date
  | number
  | string
  | { readonly epochMilliseconds: number }
  | LuxonDateTimeLike;

/** The part of a luxon `DateTime` that sla-clock reads (structural: luxon's types are not required). */
export interface LuxonDateTimeLike {
  readonly isValid: boolean;
  readonly zoneName: string | null;
  /** Epoch milliseconds. */
  toMillis(): number;
}

/** The largest distance from the epoch that a `Date` can hold. */
export const MAX_EPOCH_MS = 8.64e15;

// Extended ISO-8601 with a mandatory offset; an RFC 9557 annotation such as [Europe/Paris] may
// follow (as Temporal prints it) and is not needed to fix the instant.
const ISO_INSTANT =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)(?:\[[^\]]*\])*$/;

function parseIsoInstant(text: string): number | undefined {
  const m = ISO_INSTANT.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6] ?? 0);
  const millisecond = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offsetHours = Number(m[10] ?? 0);
  const offsetMinutes = Number(m[11] ?? 0);
  const validDate = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  const validTime =
    hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 23 && offsetMinutes <= 59;
  if (!validDate || !validTime || m[1] === '-000000') return undefined;
  const offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const local =
    dayNumberOf(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    millisecond;
  return local - offset;
}

function epochOf(input: unknown): number | undefined {
  if (typeof input === 'number') return input;
  if (typeof input === 'string') return parseIsoInstant(input.trim());
  if (typeof input !== 'object' || input === null) return undefined;
  // The brand check also accepts Dates from other realms (iframes, vm contexts).
  if (Object.prototype.toString.call(input) === '[object Date]')
    return Date.prototype.getTime.call(input);
  const candidate = input as {
    isValid?: unknown;
    toMillis?: unknown;
    zoneName?: unknown;
    epochMilliseconds?: unknown;
  };
  if (typeof candidate.toMillis === 'function' && 'zoneName' in candidate) {
    return candidate.isValid === true ? Number(candidate.toMillis()) : undefined;
  }
  return typeof candidate.epochMilliseconds === 'number' ? candidate.epochMilliseconds : undefined;
}

/** `epochOf`, with anything an exotic object throws (a revoked Proxy, a throwing getter) read as "not an instant". */
function safeEpochOf(input: unknown): number | undefined {
  try {
    return epochOf(input);
  } catch {
    return undefined;
  }
}

/**
 * Reads an instant input as whole epoch milliseconds.
 *
 * @throws {SlaError} `invalid_instant` for anything that does not name one exact instant: a
 * string without an offset, an invalid date, a non-finite or fractional number, or an instant
 * outside the range of `Date`.
 */
export function toEpochMs(input: unknown, path: string): number {
  const ms = safeEpochOf(input);
  if (ms === undefined || !Number.isFinite(ms)) {
    const hint =
      typeof input === 'string'
        ? 'is not an ISO-8601 date-time with an offset or Z (a string without an offset is not an instant)'
        : 'is not an instant: expected a Date, epoch milliseconds, an ISO string with an offset, a luxon DateTime or a Temporal instant';
    throw new SlaError('invalid_instant', path, input, hint);
  }
  if (!Number.isInteger(ms))
    throw new SlaError('invalid_instant', path, input, 'is not a whole number of milliseconds');
  if (Math.abs(ms) > MAX_EPOCH_MS)
    throw new SlaError('invalid_instant', path, input, 'is outside the range of Date');
  return ms;
}

/**
 * A result instant as a `Date`.
 *
 * @throws {SlaError} `out_of_range` when it lies beyond the instants a `Date` can represent (it
 * would otherwise come out as an Invalid Date).
 */
export function toDate(ms: number, path: string, input: unknown): Date {
  if (!(Math.abs(ms) <= MAX_EPOCH_MS)) {
    throw new SlaError(
      'out_of_range',
      path,
      input,
      'the result would lie beyond the instants a Date can represent',
    );
  }
  return new Date(ms);
}
