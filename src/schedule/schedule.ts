import type { Holiday } from '../calendar/holiday-calendar';
import type { DayNumber } from '../civil/civil-date';
import { SlaError } from '../errors/sla-error';
import type { Timeline } from '../timeline/timeline';
import type { ZoneClock } from './zone-clock';

/** How a schedule was made. */
export type ScheduleKind = 'weekly' | 'always' | 'union' | 'intersection';

/**
 * A compiled schedule: opening hours turned into a timeline of open intervals. Make one with
 * `defineSchedule`, `alwaysOpen`, `unionSchedules` or `intersectSchedules`, then pass it to the
 * arithmetic functions. Immutable; its compiled timeline is cached with it and freed with it.
 */
export interface Schedule {
  readonly kind: ScheduleKind;
  /** The IANA zone whose local dates count business days (a union's: its first member's). */
  readonly timezone: string;
}

/** What the arithmetic needs of a schedule; never exposed to users. */
export interface CompiledSchedule {
  readonly timeline: Timeline;
  /** The zone in which business days are counted. */
  readonly clock: ZoneClock;
  /** Whether a local date keeps at least one non-empty range of its own (a business day). */
  readonly isOpenDate: (day: DayNumber) => boolean;
  /** Why a local date's hours differ from the weekly ones, for explanations (weekly schedules). */
  readonly dateNote?: (day: DayNumber) => DateNote | undefined;
}

/** A local date whose hours an override replaces, or that holidays close. */
export type DateNote =
  | { readonly type: 'override' }
  | { readonly type: 'holiday'; readonly holidays: readonly Holiday[] };

const compiled = new WeakMap<Schedule, CompiledSchedule>();

export function createSchedule(kind: ScheduleKind, compiledSchedule: CompiledSchedule): Schedule {
  const schedule: Schedule = Object.freeze({ kind, timezone: compiledSchedule.clock.name });
  compiled.set(schedule, compiledSchedule);
  return schedule;
}

/** Whether `value` is a schedule made by this library. */
export function isSchedule(value: unknown): value is Schedule {
  return typeof value === 'object' && value !== null && compiled.has(value as Schedule);
}

/**
 * @throws {SlaError} `invalid_schedule` when `value` was not made by this library (a plain
 * configuration object must go through `defineSchedule` first).
 */
export function compiledOf(value: unknown, path = 'schedule'): CompiledSchedule {
  const found =
    typeof value === 'object' && value !== null ? compiled.get(value as Schedule) : undefined;
  if (!found) {
    throw new SlaError(
      'invalid_schedule',
      path,
      value,
      'is not a schedule: build one with defineSchedule, alwaysOpen, unionSchedules or intersectSchedules',
    );
  }
  return found;
}
