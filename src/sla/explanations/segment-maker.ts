import type { HolidayLanguage } from '../../calendar/holiday-calendar';
import { formatIsoDate, MS_PER_DAY } from '../../civil/civil-date';
import type { CompiledSchedule } from '../../schedule/schedule';
import { openIntervalsBetween } from '../../timeline/timeline-queries';
import type { ExplainedSegment, SegmentKind, SegmentReason } from './explanation';
import { sameReason } from './segment-reason';

/** Cuts open stretches into open and closed segments, and closed ones by their reasons. */
export class SegmentMaker {
  constructor(
    private readonly schedule: CompiledSchedule,
    private readonly language: HolidayLanguage | undefined,
    private readonly segments: ExplainedSegment[],
  ) {}

  /** `[from, to)`, during which the clock counted (or would): open time as `kind`, the rest closed. */
  open(from: number, to: number, kind: SegmentKind): void {
    const flat = openIntervalsBetween(this.schedule.timeline, from, to);
    let cursor = from;
    for (let i = 0; i < flat.length; i += 2) {
      const start = flat[i] as number;
      const end = flat[i + 1] as number;
      if (start > cursor) this.#closed(cursor, start);
      this.segments.push({ from: new Date(start), to: new Date(end), kind, business: end - start });
      cursor = end;
    }
    if (cursor < to) this.#closed(cursor, to);
  }

  /** A closed stretch, one segment per run of local dates closed for the same reason. */
  #closed(from: number, to: number): void {
    const { clock } = this.schedule;
    let start = from;
    let reason: SegmentReason | undefined;
    for (let day = clock.dayOf(from); start < to; day++) {
      const dayEnd = Math.min(to, clock.instantOf((day + 1) * MS_PER_DAY));
      if (dayEnd <= start) continue;
      const dayReason = this.#reasonOn(day);
      const last = this.segments[this.segments.length - 1];
      if (reason !== undefined && sameReason(reason, dayReason) && last !== undefined) {
        this.segments[this.segments.length - 1] = { ...last, to: new Date(dayEnd) };
      } else {
        this.segments.push({
          from: new Date(start),
          to: new Date(dayEnd),
          kind: 'closed',
          business: 0,
          reason: dayReason,
        });
      }
      reason = dayReason;
      start = dayEnd;
    }
  }

  #reasonOn(day: number): SegmentReason {
    const note = this.schedule.dateNote?.(day);
    if (note === undefined) return { type: 'outside-hours' };
    const date = formatIsoDate(day);
    if (note.type === 'override') return { type: 'override', date };
    const names = note.holidays
      .map((holiday) => (this.language && holiday.names?.[this.language]) || holiday.name)
      .filter((name) => name !== '');
    return names.length === 0
      ? { type: 'holiday', date }
      : { type: 'holiday', name: names.join(', '), date };
  }
}
