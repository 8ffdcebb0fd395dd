import { toDurationMs } from '../../duration/duration-input';
import { SlaError } from '../../errors/sla-error';

/**
 * A clock's target: business time (`{ minutes }`, `{ hours }`, an ISO duration `PT…`) or business
 * days (`{ businessDays }`, an ISO duration `P…D`).
 */
export type TargetInput =
  | string
  | { readonly hours?: number; readonly minutes?: number; readonly seconds?: number }
  | { readonly businessDays: number };

/** A validated target: business milliseconds, or business days turned into time when a clock starts. */
export type Target =
  | { readonly unit: 'time'; readonly milliseconds: number }
  | { readonly unit: 'businessDays'; readonly days: number };

/** ISO-8601 target durations: business time `PT…` (hours, minutes, seconds) or business days `P…D`. */
export const TARGET_PATTERN = /^PT(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?$|^P\d+D$/;
const ISO_DAYS = /^P(\d+)D$/;
const TIME_UNITS = ['hours', 'minutes', 'seconds'] as const;
const REASON =
  'is not a target: { hours, minutes, seconds } (≥ 0), "PT…", { businessDays } or "P…D" (whole, ≥ 1)';

/**
 * Reads a target, exactly as the published JSON Schema describes it.
 *
 * @throws {SlaError} `invalid_plan` naming `path` for anything else, or an amount of zero.
 */
export function parseTarget(input: unknown, path: string): Target {
  if (typeof input === 'string') {
    if (!TARGET_PATTERN.test(input)) throw new SlaError('invalid_plan', path, input, REASON);
    const days = ISO_DAYS.exec(input)?.[1];
    return days === undefined ? timeTarget(input, path) : dayTarget(Number(days), input, path);
  }
  if (
    typeof input !== 'object' ||
    input === null ||
    Object.prototype.toString.call(input) !== '[object Object]'
  ) {
    throw new SlaError('invalid_plan', path, input, REASON);
  }
  const record = input as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === 'businessDays') {
    const days = record.businessDays;
    if (typeof days !== 'number') throw new SlaError('invalid_plan', path, input, REASON);
    return dayTarget(days, input, path);
  }
  const valid =
    keys.length > 0 &&
    keys.every((key) => {
      const amount = record[key];
      return (
        (TIME_UNITS as readonly string[]).includes(key) && typeof amount === 'number' && amount >= 0
      );
    });
  if (!valid) throw new SlaError('invalid_plan', path, input, REASON);
  return timeTarget(input, path);
}

function dayTarget(days: number, input: unknown, path: string): Target {
  if (!Number.isInteger(days) || days < 1 || days > MAX_TARGET_DAYS) {
    throw new SlaError(
      'invalid_plan',
      path,
      input,
      `business days must be a whole number from 1 to ${MAX_TARGET_DAYS}`,
    );
  }
  return Object.freeze({ unit: 'businessDays', days });
}

function timeTarget(input: unknown, path: string): Target {
  let milliseconds: number;
  try {
    milliseconds = toDurationMs(input, path);
  } catch (error) {
    throw error instanceof SlaError
      ? new SlaError('invalid_plan', path, input, error.reason)
      : error;
  }
  if (milliseconds <= 0 || milliseconds > MAX_TARGET_MS) {
    const reason = `must be a business time above zero and at most ${MAX_TARGET_DAYS * 24} hours`;
    throw new SlaError('invalid_plan', path, input, reason);
  }
  return Object.freeze({ unit: 'time', milliseconds });
}

/** Business-day targets are walked date by date when a clock starts; this keeps that bounded. */
const MAX_TARGET_DAYS = 1000;
/** Time targets share the bound: as much time as 1000 days around the clock. */
const MAX_TARGET_MS = MAX_TARGET_DAYS * 86_400_000;
