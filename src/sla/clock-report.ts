import type { Clock, ClockState } from './clock';

/** A clock's standing: running clocks are on track, at risk or breached; stopped ones met or missed. */
export type ClockStatus = 'on-track' | 'at-risk' | 'breached' | 'met' | 'missed';

/** Every clock status, for the checks of values that claim to be one. */
export const CLOCK_STATUSES: readonly ClockStatus[] = [
  'on-track',
  'at-risk',
  'breached',
  'met',
  'missed',
];

/** What one clock (GTI or GTR) says at a given `now`. Instants are `Date`s, times milliseconds. */
export interface ClockReport {
  readonly state: ClockState;
  /** The target in business milliseconds (business days already turned into time). */
  readonly target: number;
  /** Business time counted so far. */
  readonly elapsed: number;
  /** `target − elapsed`; negative once breached. */
  readonly remaining: number;
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
}

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
  if (millionths / MILLION === atRisk && Number.isSafeInteger(scaledTarget)) {
    return (scaledTarget - (scaledTarget % MILLION)) / MILLION;
  }
  const decimal = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(atRisk));
  if (!decimal) return Math.floor(product);
  const fraction = decimal[2] ?? '';
  const scale = fraction.length - Number(decimal[3] ?? 0);
  const scaled = BigInt(`${decimal[1]}${fraction}`) * BigInt(target);
  return Number(scale <= 0 ? scaled * 10n ** BigInt(-scale) : scaled / 10n ** BigInt(scale));
}

const MILLION = 1_000_000;

const dateOrNull = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

/** Reads a replayed clock at `now`. */
export function reportClock(clock: Clock, now: number, atRisk: number): ClockReport {
  const { state, target } = clock;
  const elapsed = clock.elapsedAt(now);
  const atRiskThreshold = atRiskThresholdOf(atRisk, target);
  const breached = elapsed > target;
  const deadline = state === 'paused' ? null : clock.instantOfElapsed(target);
  const atRiskAt = state === 'paused' ? null : clock.instantOfElapsed(atRiskThreshold);
  let status: ClockStatus;
  if (state === 'stopped') status = breached ? 'missed' : 'met';
  else if (breached) status = 'breached';
  else status = elapsed > atRiskThreshold ? 'at-risk' : 'on-track';
  let nextChangeAt: number | null = null;
  if (state === 'running' && status === 'on-track') nextChangeAt = atRiskAt;
  else if (state === 'running' && status === 'at-risk') nextChangeAt = deadline;
  return Object.freeze({
    state,
    target,
    elapsed,
    remaining: target - elapsed,
    percentUsed: target > 0 ? (100 * elapsed) / target : 100,
    deadline: dateOrNull(deadline),
    atRiskAt: dateOrNull(atRiskAt),
    breached,
    breachedAt: dateOrNull(clock.breachedAt(elapsed)),
    status,
    nextChangeAt: dateOrNull(nextChangeAt),
  });
}
