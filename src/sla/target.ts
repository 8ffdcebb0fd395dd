import { toDurationMs } from '../duration/duration-input';
import { SlaError } from '../errors/sla-error';

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

const ISO_DAYS = /^P(\d+)D$/i;

/**
 * Reads a target.
 *
 * @throws {SlaError} `invalid_plan` naming `path` for anything that is not a positive amount.
 */
export function parseTarget(input: unknown, path: string): Target {
  const days =
    typeof input === 'string'
      ? ISO_DAYS.exec(input.trim())?.[1]
      : typeof input === 'object' && input !== null && 'businessDays' in input
        ? (input as { businessDays: unknown }).businessDays
        : undefined;
  if (days !== undefined) {
    const count = Number(days);
    const extraKeys = typeof input === 'object' && input !== null && Object.keys(input).length > 1;
    if (
      !Number.isInteger(count) ||
      count < 1 ||
      count > 10_000 ||
      typeof days === 'boolean' ||
      extraKeys
    ) {
      throw new SlaError(
        'invalid_plan',
        path,
        input,
        'business days must be a whole number from 1 to 10000, alone',
      );
    }
    return Object.freeze({ unit: 'businessDays', days: count });
  }
  let milliseconds: number;
  try {
    milliseconds = toDurationMs(input, path);
  } catch (error) {
    const reason = error instanceof SlaError ? error.reason : 'is not a target';
    throw new SlaError(
      'invalid_plan',
      path,
      input,
      `${reason}; a target is { minutes }, { hours }, PT…, { businessDays } or P…D`,
    );
  }
  if (typeof input === 'number' || milliseconds <= 0) {
    throw new SlaError(
      'invalid_plan',
      path,
      input,
      'must be a positive business time such as { hours: 4 } or "PT4H"',
    );
  }
  return Object.freeze({ unit: 'time', milliseconds });
}
