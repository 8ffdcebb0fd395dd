import type { DayNumber } from '../civil/civil-date';
import { SlaError } from '../errors/sla-error';
import type { Chunk } from '../timeline/chunk';
import { Timeline } from '../timeline/timeline';
import { type CompiledSchedule, compiledOf, createSchedule, type Schedule } from './schedule';

type Combine = (start: number, end: number, chunks: readonly Chunk[]) => Chunk;

/**
 * The compiled form shared by unions and intersections: member chunks over the same span are
 * combined, and business days count in the first member's zone.
 */
export function combineSchedules(
  kind: 'union' | 'intersection',
  schedules: readonly Schedule[],
  combine: Combine,
): Schedule {
  if (schedules.length === 0) {
    throw new SlaError('invalid_schedule', 'schedules', schedules, 'needs at least one schedule');
  }
  const members = schedules.map((schedule, i) => compiledOf(schedule, `schedules[${i}]`));
  const first = members[0] as CompiledSchedule;
  const timeline = new Timeline((index, start, end) =>
    combine(
      start,
      end,
      members.map((member) => member.timeline.chunk(index)),
    ),
  );
  const isOpenDate =
    kind === 'union'
      ? (day: DayNumber) => members.some((member) => member.isOpenDate(day))
      : (day: DayNumber) => members.every((member) => member.isOpenDate(day));
  return createSchedule(kind, { timeline, clock: first.clock, isOpenDate });
}
