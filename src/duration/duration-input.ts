import { SlaError } from '../errors/sla-error';

/**
 * A business-time amount: milliseconds, an ISO-8601 duration of hours, minutes and seconds
 * (`PT4H30M`, `-PT15M`), an object `{ hours, minutes, seconds, milliseconds }` or a luxon
 * `Duration`. Days and longer are refused: business days have their own function.
 */
export type DurationInput =
  | number
  | string
  | {
      readonly hours?: number;
      readonly minutes?: number;
      readonly seconds?: number;
      readonly milliseconds?: number;
    }
  | LuxonDurationLike;

/** The part of a luxon `Duration` that sla-clock reads (structural: luxon's types are not required). */
export interface LuxonDurationLike {
  readonly isValid: boolean;
  readonly years: number;
  readonly days: number;
  /** The amount in milliseconds. */
  toMillis(): number;
}

const UNIT_MS = { hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1 } as const;
const CALENDAR_UNITS = ['years', 'quarters', 'months', 'weeks', 'days'] as const;
const ISO_DURATION =
  /^([+-])?P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;

type Parsed = { ms: number } | { error: string };

const CALENDAR_REASON =
  'counts days, weeks, months or years: use addBusinessDays for business days';

function parseIsoDuration(text: string): Parsed {
  const m = ISO_DURATION.exec(text);
  if (!m || text.endsWith('T') || /^[+-]?P$/i.test(text))
    return { error: 'is not an ISO-8601 duration such as PT4H30M' };
  if (m[2] ?? m[3] ?? m[4] ?? m[5]) return { error: CALENDAR_REASON };
  const amount = (part: string | undefined) => Number((part ?? '0').replace(',', '.'));
  const ms =
    amount(m[6]) * UNIT_MS.hours + amount(m[7]) * UNIT_MS.minutes + amount(m[8]) * UNIT_MS.seconds;
  return { ms: m[1] === '-' ? -ms : ms };
}

/** Whether a duration-like object counts days or longer (getters on prototypes included). */
function countsCalendarUnits(record: Record<string, unknown>): boolean {
  return CALENDAR_UNITS.some(
    (unit) => unit in record && record[unit] !== 0 && record[unit] !== undefined,
  );
}

function parseObject(input: object): Parsed {
  const record = input as Record<string, unknown>;
  if (
    Object.prototype.toString.call(input) !== '[object Object]' ||
    !Object.keys(UNIT_MS).some((unit) => unit in record)
  ) {
    return {
      error: 'is not a duration: give at least one of hours, minutes, seconds, milliseconds',
    };
  }
  // `in` also sees getters on prototypes (Temporal.Duration), so a day count is never ignored.
  if (
    CALENDAR_UNITS.some(
      (unit) => unit in record && record[unit] !== 0 && record[unit] !== undefined,
    )
  ) {
    return { error: CALENDAR_REASON };
  }
  const unknown = Object.keys(record).find(
    (key) => !Object.hasOwn(UNIT_MS, key) && !CALENDAR_UNITS.includes(key as never),
  );
  if (unknown !== undefined)
    return { error: `has an unknown unit "${unknown}" (hours, minutes, seconds, milliseconds)` };
  let ms = 0;
  for (const [unit, factor] of Object.entries(UNIT_MS)) {
    const amount = record[unit];
    if (amount === undefined) continue;
    if (typeof amount !== 'number' || !Number.isFinite(amount))
      return { error: `has a ${unit} that is not a finite number` };
    ms += amount * factor;
  }
  return { ms };
}

function parse(input: unknown): Parsed {
  if (typeof input === 'number') return { ms: input };
  if (typeof input === 'string') return parseIsoDuration(input.trim());
  if (typeof input !== 'object' || input === null) return { error: 'is not a duration' };
  const luxon = input as { isValid?: unknown; toMillis?: unknown };
  if (typeof luxon.toMillis === 'function' && 'days' in luxon && 'years' in luxon) {
    if (luxon.isValid !== true) return { error: 'is an invalid luxon Duration' };
    if (countsCalendarUnits(input as Record<string, unknown>)) return { error: CALENDAR_REASON };
    return { ms: Number(luxon.toMillis()) };
  }
  return parseObject(input);
}

/**
 * Reads a duration input as whole milliseconds (negative allowed).
 *
 * @throws {SlaError} `invalid_duration` for malformed input, a non-finite amount, a fraction of a
 * millisecond, or a count of days or longer units.
 */
export function toDurationMs(input: unknown, path: string): number {
  let parsed: Parsed;
  try {
    parsed = parse(input);
  } catch {
    // A revoked Proxy or a throwing getter: not a duration, never a TypeError from inside.
    parsed = { error: 'is not a readable duration' };
  }
  if ('error' in parsed) throw new SlaError('invalid_duration', path, input, parsed.error);
  const rounded = Math.round(parsed.ms);
  // Decimal amounts such as 1.1 hours carry binary rounding noise far below a millisecond.
  const tolerance = 1e-9 * Math.max(1, Math.abs(parsed.ms));
  if (!Number.isFinite(parsed.ms) || Math.abs(parsed.ms - rounded) > tolerance) {
    const reason = Number.isFinite(parsed.ms)
      ? 'is not a whole number of milliseconds'
      : 'is not a finite amount';
    throw new SlaError('invalid_duration', path, input, reason);
  }
  return rounded === 0 ? 0 : rounded;
}
