import { dayNumberOf, daysInMonth, MS_PER_DAY } from '../civil/civil-date';
import { SlaError } from '../errors/sla-error';
import { stringInstantRefusal } from './string-instant-refusal';

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

/** The instant an ISO-8601 date-time with an offset names, or `undefined`. */
export function parseIsoInstant(text: string): number | undefined {
  const fast = parseCommonIso(text);
  if (fast !== null) return fast;
  const m = ISO_INSTANT.exec(text);
  if (!m || m[1] === '-000000') return undefined;
  const sign = m[9] === '-' ? -1 : 1;
  return instantOfFields(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
    Number((m[7] ?? '').padEnd(3, '0').slice(0, 3)),
    sign * Number(m[10] ?? 0),
    sign * Number(m[11] ?? 0),
  );
}

/** The value of the digit at `index`, or −1 if that is not a digit. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** The two-digit number at `index`, or −1. */
function twoDigits(text: string, index: number): number {
  const tens = digitAt(text, index);
  const units = digitAt(text, index + 1);
  return tens < 0 || units < 0 ? -1 : tens * 10 + units;
}

/**
 * The usual shape, `YYYY-MM-DDTHH:mm[:ss[.fff]](Z|±HH[:mm])`, read without a regular expression
 * (it is the hot path of reading exported tickets): the instant, `undefined` for an impossible
 * date or time, or `null` for any other shape, which the full pattern then reads.
 */
function parseCommonIso(text: string): number | undefined | null {
  const length = text.length;
  if (length < 17 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const separator = text.charCodeAt(10);
  if ((separator !== 84 && separator !== 116 && separator !== 32) || text.charCodeAt(13) !== 58)
    return null;
  const century = twoDigits(text, 0);
  const yearOfCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (century < 0 || yearOfCentury < 0 || month < 0 || day < 0 || hour < 0 || minute < 0)
    return null;
  const year = century * 100 + yearOfCentury;
  let at = 16;
  let second = 0;
  let millisecond = 0;
  if (text.charCodeAt(at) === 58) {
    second = twoDigits(text, at + 1);
    if (second < 0) return null;
    at += 3;
    const mark = text.charCodeAt(at);
    if (mark === 46 || mark === 44) {
      const first = at + 1;
      at = first;
      while (at < length && digitAt(text, at) >= 0) {
        if (at - first < 3) millisecond = millisecond * 10 + digitAt(text, at);
        at++;
      }
      const digits = at - first;
      if (digits === 0 || digits > 9) return null;
      for (let scale = digits; scale < 3; scale++) millisecond *= 10;
    }
  }
  const zone = text.charCodeAt(at);
  if ((zone === 90 || zone === 122) && at + 1 === length) {
    return instantOfFields(year, month, day, hour, minute, second, millisecond, 0, 0);
  }
  if (zone !== 43 && zone !== 45) return null;
  const offsetHours = twoDigits(text, at + 1);
  if (offsetHours < 0) return null;
  at += 3;
  let offsetMinutes = 0;
  if (at < length) {
    if (text.charCodeAt(at) === 58) at++;
    offsetMinutes = twoDigits(text, at);
    if (offsetMinutes < 0 || at + 2 !== length) return null;
  }
  const sign = zone === 45 ? -1 : 1;
  return instantOfFields(
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond,
    sign * offsetHours,
    sign * offsetMinutes,
  );
}

/** The instant of validated fields; `undefined` for an impossible date, time or offset. */
function instantOfFields(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
  offsetHours: number,
  offsetMinutes: number,
): number | undefined {
  const validDate = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  const validTime =
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    Math.abs(offsetHours) <= 23 &&
    Math.abs(offsetMinutes) <= 59;
  if (!validDate || !validTime) return undefined;
  // In arithmetic rather than through Date.UTC, whose call costs more than the whole parse.
  const local =
    dayNumberOf(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    millisecond;
  return local - (offsetHours * 60 + offsetMinutes) * 60_000;
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
 * string without an offset or naming an impossible date, time or offset, an invalid date, a
 * non-finite or fractional number, or an instant outside the range of `Date`.
 */
export function toEpochMs(input: unknown, path: string): number {
  const ms = safeEpochOf(input);
  if (ms === undefined || !Number.isFinite(ms)) {
    const hint =
      typeof input === 'string'
        ? stringInstantRefusal(input)
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
