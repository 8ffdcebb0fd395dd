import { DateTime } from 'luxon';
import type { ExplainedSegment } from '../../index';

/** A run of days alike, told as one line of an explanation. */
export interface RoutineDays {
  /** The index of the run's last segment. */
  readonly last: number;
  /** How many days counted (or are to come) in it. */
  readonly days: number;
  /** The first and last instants the run counted. */
  readonly from: Date;
  readonly to: Date;
  /** The local hours counted each of those days (`09:00–18:00`, or `08:00–12:00, 13:00–17:00`). */
  readonly hours: string;
  /** Business milliseconds counted (or to come) over the run. */
  readonly business: number;
}

/**
 * The run of days alike that starts at `segments[first]`, if it spans two days or more: days
 * whose stretches of one kind (`counted`, or `projected`) cover the same local hours, with
 * nothing but the desk's closed hours (nights, weekends) between them and no event of the story
 * within. A holiday, a pause, a day of other hours or an event ends the run.
 *
 * @param nextEvent - The instant of the story's next event not yet told.
 */
export function routineDays(
  segments: readonly ExplainedSegment[],
  first: number,
  nextEvent: number,
  zone: string,
): RoutineDays | undefined {
  const kind = segments[first]?.kind;
  if (kind !== 'counted' && kind !== 'projected') return undefined;
  const local = (date: Date) => DateTime.fromJSDate(date, { zone });
  // Per local day: its hours, and the index of its last segment of `kind`.
  const days: { date: string; hours: string[]; last: number }[] = [];
  for (let index = first; index < segments.length; index++) {
    const segment = segments[index] as ExplainedSegment;
    if (index > first && segment.from.getTime() >= nextEvent) break;
    if (segment.kind === 'closed' && segment.reason?.type === 'outside-hours') continue;
    if (segment.kind !== kind) break;
    const from = local(segment.from);
    const to = local(segment.to);
    const date = from.toISODate() as string;
    // A stretch that runs past midnight is no routine day.
    if (to.minus(1).toISODate() !== date) break;
    const hours = `${from.toFormat('HH:mm')}–${to.hour === 0 && to.minute === 0 ? '24:00' : to.toFormat('HH:mm')}`;
    const day = days[days.length - 1];
    if (day?.date === date) {
      day.hours.push(hours);
      day.last = index;
    } else days.push({ date, hours: [hours], last: index });
  }
  const hours = days[0]?.hours.join(', ');
  let alike = 0;
  while (alike < days.length && days[alike]?.hours.join(', ') === hours) alike++;
  // The last day may be cut short by what comes after it (a breach, now): it is told apart.
  const lastDay = days[alike - 1];
  if (alike < 2 || lastDay === undefined || hours === undefined) return undefined;
  let business = 0;
  for (let index = first; index <= lastDay.last; index++) {
    const segment = segments[index] as ExplainedSegment;
    if (segment.kind === kind) business += segment.business;
  }
  return {
    last: lastDay.last,
    days: alike,
    from: (segments[first] as ExplainedSegment).from,
    to: (segments[lastDay.last] as ExplainedSegment).to,
    hours,
    business,
  };
}
