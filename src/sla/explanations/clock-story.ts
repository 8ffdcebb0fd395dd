import type { HolidayLanguage } from '../../calendar/holiday-calendar';
import type { CompiledSchedule } from '../../schedule/schedule';
import type { Cycle } from '../cycles/cycle';
import type { MetricReport } from '../cycles/metric-report';
import type { MetricRun } from '../cycles/metric-run';
import type { TicketReplay } from '../cycles/ticket-replay';
import { matches } from '../plan/compiled-metric';
import type { Priority } from '../plan/priority';
import type { ParsedEvent } from '../ticket-log/ticket';
import type { TicketState } from '../ticket-log/ticket-state';
import { type EventType, outcomeOf, stopTypeOf, triggerOf } from './clock-event-details';
import type { ClockEvent, ExplainedSegment, SegmentReason } from './explanation';
import { SegmentMaker } from './segment-maker';
import { endReasonOf, reasonOf, sameReason, WAITING } from './segment-reason';
import { type Phase, phaseSegments } from './story-phase';

/** What the story needs to know of a metric's rules beyond its definition (the options apply). */
export interface StoryRules {
  /** The metric's position in the plan. */
  readonly index: number;
  /** Whether waiting on the customer pauses it (its definition, or `pausing`). */
  readonly pausesWaiting: boolean;
  /** Whether a priority change restarts its running cycle (its own rule, else the option's). */
  readonly restarts: boolean;
}

/**
 * Watches one metric through a replay and tells its story in segments and events. After each
 * event it compares the metric's current cycle with what it was, and reads what happened from
 * the order in which a metric applies an event (the event's own priority change first; then a
 * stop, else a cancel, else a reset of the running cycle; then the resumption of a stopped one;
 * then a start; last the pause conditions, judged on the ticket's state after the event), the
 * event and the ticket's state after it.
 */
export class ClockStory {
  readonly #phases: Phase[] = [];
  readonly #events: ClockEvent[] = [];
  /** The last final epoch of each cycle: a phase of an earlier epoch was discarded. */
  readonly #epochs: number[] = [];
  // The metric as it was after the last event.
  #cycle: Cycle | null = null;
  #running = false;
  #paused = false;
  #pauseReason: SegmentReason | undefined;
  #target = 0;
  #priority: Priority;
  /** The priority the current cycle's target was set for (a stopped cycle remembers it). */
  #targetPriority: Priority;

  constructor(
    private readonly run: MetricRun,
    private readonly rules: StoryRules,
    replay: TicketReplay,
  ) {
    this.#priority = replay.priority;
    this.#targetPriority = replay.priority;
    const { opening } = replay;
    this.#events.push({ at: new Date(opening.at), type: 'opened' });
    // The opening has been applied: whatever it did is its story (a cycle it starts is `opened`).
    this.observe(opening, replay);
  }

  /** Called after every event that applied, with the replay as the event left it. */
  observe(event: ParsedEvent, replay: TicketReplay): void {
    const { run, rules } = this;
    const at = event.at;
    const priority = replay.priority;
    const priorityChanged = priority !== this.#priority;
    const before = this.#cycle;
    const current = run.current;
    const trigger = triggerOf(event);
    if (before !== null && this.#running) {
      const clock = before.clock;
      if (priorityChanged && !before.running && replay.idleTarget(rules.index, at) === null) {
        // A change to a priority that does not measure the metric cancels its running cycle.
        this.#push(at, 'cancelled', { priority: { from: this.#priority, to: priority }, trigger });
      } else {
        if (priorityChanged) this.#retargeted(at, this.#priority, priority, clock.target);
        if (!before.running) {
          if (before.endedBy === 'cancel') this.#push(at, 'cancelled', { trigger });
          else this.#push(at, stopTypeOf(event), { outcome: outcomeOf(before), trigger });
        } else if (matches(run.metric.reset, event)) {
          this.#restart();
          this.#push(at, 'reset', { trigger });
        }
      }
    } else if (before !== null && before === current && before.running) {
      // A cycle ended by its stop runs again, and takes a priority change it remembered (told
      // first, as the default plans always told it).
      if (this.#targetPriority !== priority)
        this.#retargeted(at, this.#targetPriority, priority, before.clock.target);
      this.#push(at, 'reopened', { trigger });
    }
    if (current !== null && current !== before) {
      this.#epochs.push(0);
      if (event.index >= 0) this.#push(at, 'started', { trigger });
    }
    const running = current?.running === true;
    const paused = running && current?.clock.state === 'paused';
    // The same cycle counting or paused before and after the event (a reset included).
    const continuing = running && current === before && this.#running;
    let reason: SegmentReason | undefined;
    if (paused) {
      const kept = continuing && this.#paused ? this.#pauseReason : undefined;
      reason =
        kept !== undefined && this.#holds(kept, replay.state) ? kept : this.#why(replay.state);
      if (!(continuing && this.#paused)) this.#push(at, 'paused', { ...reasonOf(reason), trigger });
    } else if (continuing && this.#paused) {
      this.#push(at, 'resumed', { trigger });
    }
    const cycle = this.#epochs.length - 1;
    const kind = current === null ? 'idle' : !running ? 'ended' : paused ? 'paused' : 'running';
    const last = this.#phases[this.#phases.length - 1];
    if (
      last === undefined ||
      last.kind !== kind ||
      last.cycle !== cycle ||
      last.epoch !== this.#epochs[cycle] ||
      !sameReason(last.reason, kind === 'ended' ? last.reason : reason)
    ) {
      this.#phases.push({
        at,
        kind,
        cycle,
        epoch: this.#epochs[cycle] ?? 0,
        reason: kind === 'ended' ? endReasonOf(event) : reason,
      });
    }
    this.#cycle = current;
    this.#running = running;
    this.#paused = paused;
    this.#pauseReason = reason;
    this.#target = current?.clock.target ?? 0;
    this.#priority = priority;
    if (running) this.#targetPriority = priority;
  }

  /** A running (or resuming) cycle's target swapped, or the cycle restarted, for a new priority. */
  #retargeted(at: number, from: Priority, to: Priority, target: number): void {
    const restarted = this.rules.restarts;
    if (restarted) this.#restart();
    if (restarted || target !== this.#target) {
      this.#push(at, 'priority-changed', {
        priority: { from, to },
        target: { from: this.#target, to: target },
        ...(restarted ? { restarted } : {}),
      });
    }
  }

  /** The current cycle starts again from zero: the time it counted so far is discarded. */
  #restart(): void {
    const cycle = this.#epochs.length - 1;
    this.#epochs[cycle] = (this.#epochs[cycle] ?? 0) + 1;
  }

  #push(at: number, type: EventType, details: Omit<ClockEvent, 'at' | 'type'> = {}): void {
    this.#events.push({ at: new Date(at), type, ...details });
  }

  /** Why the metric is paused in `state`: a status it pauses in, else waiting on the customer. */
  #why(state: TicketState): SegmentReason {
    return this.run.metric.pauseStatuses?.has(state.status) === true
      ? { type: 'status', status: state.status }
      : WAITING;
  }

  /** Whether the pause condition `reason` names still holds in `state`. */
  #holds(reason: SegmentReason, state: TicketState): boolean {
    if (reason.type === 'waiting') return this.rules.pausesWaiting && state.waiting;
    return state.status === reason.status;
  }

  /**
   * The story from the opening to its end: the end of a cycle that has ended, else `now`, and
   * for a counting cycle whose deadline is still ahead, on to its deadline. The events end with
   * the breach of each cycle that was breached.
   */
  tell(
    schedule: CompiledSchedule,
    now: number,
    report: MetricReport,
    language: HolidayLanguage | undefined,
  ): { segments: ExplainedSegment[]; events: ClockEvent[] } {
    const segments: ExplainedSegment[] = [];
    const explainer = new SegmentMaker(schedule, language, segments);
    phaseSegments(this.#phases, this.#epochs, now, explainer, segments);
    const deadline = report.deadline?.getTime() ?? null;
    if (report.state === 'running' && deadline !== null && deadline > now) {
      explainer.open(now, deadline, 'projected');
    }
    const events = [...this.#events];
    for (const { breachedAt } of report.cycles) {
      if (breachedAt !== null) events.push({ at: new Date(breachedAt), type: 'breached' });
    }
    // Stable: the events of one instant stay in the order they acted, a breach after them.
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
    return { segments, events };
  }
}
