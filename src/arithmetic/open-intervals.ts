import { SlaError } from '../errors/sla-error';
import { type InstantInput, toEpochMs } from '../instant/instant-input';
import { quoteInstant } from '../instant/quote-instant';
import { compiledOf, type Schedule } from '../schedule/schedule';
import { openIntervalsBetween } from '../timeline/timeline-queries';

/** An open period: `start` included, `end` excluded. */
export interface OpenInterval {
  readonly start: Date;
  readonly end: Date;
}

/**
 * The schedule's open periods within `[from, to)`, clipped to it, in order. Periods that touch
 * (ranges of consecutive dates, members of a union) come out as one.
 *
 * @param schedule - A compiled schedule.
 * @param from - Start of the window, included.
 * @param to - End of the window, excluded; not before `from`.
 * @returns Fresh interval objects (empty when `from` equals `to`).
 * @throws {SlaError} `invalid_argument` when `to` is before `from`; `invalid_schedule` or
 * `invalid_instant` for bad arguments.
 *
 * @example
 * const desk = defineSchedule({
 *   timezone: 'America/Martinique',
 *   hours: { mon: ['08:00-16:00'], fri: ['08:00-16:00'] },
 * });
 * openIntervals(desk, '2026-11-27T12:00:00-04:00', '2026-11-30T10:00:00-04:00');
 * //=> [ { start: 2026-11-27T16:00:00.000Z, end: 2026-11-27T20:00:00.000Z },
 * //     { start: 2026-11-30T12:00:00.000Z, end: 2026-11-30T14:00:00.000Z } ]
 */
export function openIntervals(
  schedule: Schedule,
  from: InstantInput,
  to: InstantInput,
): OpenInterval[] {
  const { timeline } = compiledOf(schedule);
  const fromMs = toEpochMs(from, 'from');
  const toMs = toEpochMs(to, 'to');
  if (toMs < fromMs) {
    throw new SlaError(
      'invalid_argument',
      'to',
      to,
      `is before from (${quoteInstant(from, fromMs)})`,
    );
  }
  const flat = openIntervalsBetween(timeline, fromMs, toMs);
  const intervals: OpenInterval[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    intervals.push({ start: new Date(flat[i] as number), end: new Date(flat[i + 1] as number) });
  }
  return intervals;
}
