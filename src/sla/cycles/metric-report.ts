import type { ClockState } from './clock';

/**
 * A cycle's standing: a running one is on track, at risk or breached; one ended by a stop met or
 * missed; one ended by a cancel cancelled. A metric with no cycle yet is inactive.
 */
export type ClockStatus =
  | 'on-track'
  | 'at-risk'
  | 'breached'
  | 'met'
  | 'missed'
  | 'cancelled'
  | 'inactive';

/** Every status, for the checks of values that claim to be one. */
export const CLOCK_STATUSES: readonly ClockStatus[] = Object.freeze([
  'on-track',
  'at-risk',
  'breached',
  'met',
  'missed',
  'cancelled',
  'inactive',
]);

/** Where a metric stands: no cycle yet (`idle`), counting, paused, or stopped (its cycle ended). */
export type MetricState = 'idle' | ClockState;

/** One cycle of a metric, as its report lists it. */
export interface CycleReport {
  readonly startedAt: Date;
  /** When a stop or cancel ended it; `null` while it runs. */
  readonly endedAt: Date | null;
  readonly status: ClockStatus;
  readonly elapsed: number;
  readonly target: number;
  readonly deadline: Date | null;
  readonly breachedAt: Date | null;
}

/** An alert of the present cycle: when its threshold is (or was, or would be) passed. */
export interface AlertReport {
  /** `at-risk` for the at-risk threshold, else the alert's id (`alert-1`, … when unnamed). */
  readonly id: string;
  /** The last instant at or below the threshold; `null` while paused, or once stopped short of it. */
  readonly at: Date | null;
  /** Whether the elapsed time is past the threshold. */
  readonly passed: boolean;
}

/**
 * What one metric says at a given `now`, of its present (last started) cycle, with the list of
 * its cycles. Instants are `Date`s, times milliseconds.
 */
export interface MetricReport {
  readonly state: MetricState;
  /**
   * The target in business milliseconds (business days already turned into time); `null` only
   * for an idle metric that the present priority does not measure.
   */
  readonly target: number | null;
  /** Business time counted so far. */
  readonly elapsed: number;
  /** `target − elapsed`; negative once breached; `null` with the target. */
  readonly remaining: number | null;
  /** `100 × elapsed / target`. */
  readonly percentUsed: number;
  /** The last instant before the clock is breached, counted from its last (re)start; `null` while paused. */
  readonly deadline: Date | null;
  /** The last instant before the clock is at risk, by the same rule; `null` while paused. */
  readonly atRiskAt: Date | null;
  /** `elapsed > target`. */
  readonly breached: boolean;
  /** When the clock passed its deadline, or the priority change that put it past its new target. */
  readonly breachedAt: Date | null;
  readonly status: ClockStatus;
  /**
   * The instant after which the status next changes by itself: `atRiskAt` while on track,
   * `deadline` while at risk, `null` when paused, stopped or breached. At it the status is still
   * the old one; one millisecond later it is the new one.
   */
  readonly nextChangeAt: Date | null;
  /** Every cycle, oldest first: the report's fields describe the last. */
  readonly cycles: readonly CycleReport[];
  /** Some cycle was breached at some instant up to `now`. */
  readonly everBreached: boolean;
  /** The at-risk threshold, then the metric's own alerts. */
  readonly alerts: readonly AlertReport[];
}

/** @deprecated The report of one metric: `MetricReport`. */
export type ClockReport = MetricReport;

/**
 * The largest elapsed time that is not past `atRisk × target`, with `atRisk` read as the decimal
 * it prints as (`0.35` is 35/100, although the double nearest to it is a hair below): binary
 * rounding would otherwise put 0.35 × 2,700,000 at 944,999.9999999999.
 */
export function atRiskThresholdOf(atRisk: number, target: number): number {
  const product = atRisk * target;
  // Farther from a whole millisecond than binary rounding can move it (a few parts in 10^16),
  // the floor is the decimal's floor.
  if (Math.abs(product - Math.round(product)) > product * 1e-15 + 1e-9) return Math.floor(product);
  // The usual thresholds (0.75, 0.875) are whole millionths: exact in safe-integer arithmetic.
  const millionths = Math.round(atRisk * MILLION);
  const scaledTarget = millionths * target;
  if (millionths / MILLION === atRisk && scaledTarget <= MAX_EXACT_PRODUCT) {
    // A division rather than `%`, which is a call out of optimized code: the quotient, rounded,
    // can reach the next whole number up, never one below the floor.
    const quotient = Math.floor(scaledTarget / MILLION);
    return quotient * MILLION > scaledTarget ? quotient - 1 : quotient;
  }
  const decimal = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(atRisk));
  if (!decimal) return Math.floor(product);
  const fraction = decimal[2] ?? '';
  const scale = fraction.length - Number(decimal[3] ?? 0);
  const scaled = BigInt(`${decimal[1]}${fraction}`) * BigInt(target);
  return Number(scale <= 0 ? scaled * 10n ** BigInt(-scale) : scaled / 10n ** BigInt(scale));
}

const MILLION = 1_000_000;
/** Below it, `scaledTarget` and `quotient × MILLION` (at most a million more) are exact. */
const MAX_EXACT_PRODUCT = Number.MAX_SAFE_INTEGER - MILLION;
