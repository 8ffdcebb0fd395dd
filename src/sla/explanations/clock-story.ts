import type { HolidayLanguage } from '../../calendar/holiday-calendar';
import { formatIsoDate, MS_PER_DAY } from '../../civil/civil-date';
import type { CompiledSchedule } from '../../schedule/schedule';
import { openIntervalsBetween } from '../../timeline/timeline-queries';
import type { Cycle } from '../cycles/cycle';
import type { MetricState } from '../cycles/metric-report';
import type { MetricRun } from '../cycles/metric-run';
import type { Priority } from '../plan/priority';
import type { ParsedEvent } from '../ticket-log/ticket';
import type { ClockEvent, ExplainedSegment, SegmentKind, SegmentReason } from './explanation';

/** A stretch during which a clock stayed in one state (and one epoch: restarts begin another). */
interface Phase {
  readonly at: number;
  readonly state: MetricState;
  readonly epoch: number;
}

/** What a clock looked like after an event. */
interface Snapshot {
  readonly cycle: Cycle | null;
  readonly state: MetricState;
  readonly target: number;
  readonly startedAt: number;
  readonly priority: Priority;
}

const STATE_EVENTS: Partial<Record<`${MetricState}>${MetricState}`, ClockEvent['type']>> = {
  'running>paused': 'paused',
  'paused>running': 'resumed',
  'stopped>running': 'reopened',
  'stopped>paused': 'reopened',
  'idle>running': 'started',
  'idle>paused': 'started',
};

/** Watches one clock through a replay and tells its story in segments. */
export class ClockStory {
  readonly #phases: Phase[];
  readonly #events: ClockEvent[];
  #last: Snapshot;
  #epoch = 0;

  constructor(
    private readonly run: MetricRun,
    priority: Priority,
    openedAt: number,
  ) {
    this.#last = snapshotOf(run, priority);
    this.#phases = [{ at: openedAt, state: this.#last.state, epoch: 0 }];
    this.#events = [{ at: new Date(openedAt), type: 'opened' }];
  }

  /** Called after every event that applied. */
  observe(event: ParsedEvent, priority: Priority): void {
    const now = snapshotOf(this.run, priority);
    const last = this.#last;
    if (now.cycle !== last.cycle) {
      // A new cycle: its own phases, and the previous one's time stays counted.
      this.#phases.push({ at: event.at, state: now.state, epoch: this.#epoch });
      this.#events.push({ at: new Date(event.at), type: 'started' });
      this.#last = now;
      return;
    }
    const restarted = now.startedAt !== last.startedAt;
    if (restarted) this.#epoch++;
    if (restarted || now.target !== last.target) {
      this.#events.push({
        at: new Date(event.at),
        type: 'priority-changed',
        priority: { from: last.priority, to: now.priority },
        target: { from: last.target, to: now.target },
        ...(restarted ? { restarted } : {}),
      });
    }
    if (restarted || now.state !== last.state) {
      this.#phases.push({ at: event.at, state: now.state, epoch: this.#epoch });
    }
    if (now.state !== last.state) {
      const type =
        now.state === 'stopped'
          ? stopTypeOf(event, now.cycle)
          : STATE_EVENTS[`${last.state}>${now.state}`];
      if (type !== undefined) this.#events.push({ at: new Date(event.at), type });
    }
    this.#last = now;
  }

  /**
   * The story from the opening to its end: the stop of a stopped clock, else `now`, and for a
   * running clock whose deadline is still ahead, on to its deadline.
   */
  tell(
    schedule: CompiledSchedule,
    now: number,
    deadline: number | null,
    breachedAt: number | null,
    language: HolidayLanguage | undefined,
  ): { segments: ExplainedSegment[]; events: ClockEvent[] } {
    const segments: ExplainedSegment[] = [];
    const explainer = new SegmentMaker(schedule, language, segments);
    const phases = this.#phases;
    phases.forEach((phase, i) => {
      const next = phases[i + 1];
      const until = next?.at ?? (phase.state === 'stopped' ? phase.at : now);
      if (until <= phase.at) return;
      if (phase.state === 'idle') return;
      if (phase.state === 'running') {
        explainer.open(phase.at, until, phase.epoch < this.#epoch ? 'discarded' : 'counted');
      } else if (phase.state === 'paused') {
        segments.push({
          from: new Date(phase.at),
          to: new Date(until),
          kind: 'paused',
          business: 0,
        });
      } else {
        segments.push({
          from: new Date(phase.at),
          to: new Date(until),
          kind: 'stopped',
          business: 0,
          reason: { type: 'resolved' },
        });
      }
    });
    const lastPhase = phases[phases.length - 1] as Phase;
    if (lastPhase.state === 'running' && deadline !== null && deadline > now) {
      explainer.open(now, deadline, 'projected');
    }
    const events = [...this.#events];
    if (breachedAt !== null) events.push({ at: new Date(breachedAt), type: 'breached' });
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
    return { segments, events };
  }
}

function snapshotOf(run: MetricRun, priority: Priority): Snapshot {
  const cycle = run.current;
  if (cycle === null) return { cycle, state: 'idle', target: 0, startedAt: 0, priority };
  const { clock } = cycle;
  return {
    cycle,
    state: cycle.running ? clock.state : 'stopped',
    target: clock.target,
    startedAt: clock.startedAt,
    priority,
  };
}

/** What ended a cycle: the event that stopped it (`responded`, `resolved`), or a cancel. */
function stopTypeOf(event: ParsedEvent, cycle: Cycle | null): ClockEvent['type'] {
  if (cycle?.endedBy === 'cancel') return 'cancelled';
  return event.type === 'responded' || event.type === 'resolved' ? event.type : 'stopped';
}

/** Cuts open stretches into open and closed segments, and closed ones by their reasons. */
class SegmentMaker {
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

function sameReason(a: SegmentReason, b: SegmentReason): boolean {
  return a.type === b.type && a.name === b.name && a.date === b.date;
}
