// Hand-worked stories of metrics other than the default plans' (issue 18): cycles that start at
// an event and end by another, pauses that name the status, stops that are not resolutions,
// resumes, resets, cancels, and the idle time between cycles. Every expected value is worked out
// by hand in the comment beside it. Instants are Martinique wall times (UTC−4, no DST), on a desk
// open Monday to Friday 08:00–16:00 without holidays; Monday 30 November 2026 starts an ordinary
// working week.
import { describe, expect, it } from 'vitest';
import {
  type ClockExplanation,
  definePlan,
  type EvaluateTicketOptions,
  evaluateTicket,
  explainTicket,
  type MetricDefinition,
  standardPlan,
  type TargetInput,
  type Ticket,
  type TicketEvent,
} from '../../src/index';
import { HOUR, local, MINUTE, mq } from '../support/sla-fixtures';

const week = ['08:00-16:00'];
const OFFICE = {
  timezone: 'America/Martinique',
  hours: { mon: week, tue: week, wed: week, thu: week, fri: week },
};

/** A plan of one metric on the office's hours: its target at P1, and at P2 (default the same). */
function planOf(metric: string | MetricDefinition, p1: TargetInput, p2: TargetInput | null = p1) {
  const id = typeof metric === 'string' ? metric : metric.id;
  return definePlan({
    id: 'explain-metrics',
    schedule: OFFICE,
    priorities: ['P1', 'P2'],
    metrics: [metric],
    targets: { P1: { [id]: p1 }, P2: { [id]: p2 } },
  });
}

function explain(
  metric: string | MetricDefinition,
  target: TargetInput,
  ticket: Ticket,
  options: EvaluateTicketOptions,
  p2?: TargetInput | null,
): ClockExplanation {
  const plan = planOf(metric, target, p2);
  const explanation = explainTicket(plan, ticket, options);
  const id = typeof metric === 'string' ? metric : metric.id;
  const clock = explanation.metrics[id] as ClockExplanation;
  // Explaining changes nothing in the report.
  expect(clock.report).toEqual(evaluateTicket(plan, ticket, options).metrics[id]);
  return clock;
}

/** Segments as `kind from→to minutes reason`, in Martinique time. */
function story(clock: ClockExplanation): string[] {
  return clock.segments.map((s) => {
    const { reason } = s;
    const why =
      reason === undefined
        ? ''
        : ` ${reason.type}${[reason.name, reason.status, reason.event]
            .filter((x) => x !== undefined)
            .map((x) => ` ${x}`)
            .join('')}`;
    return `${s.kind} ${local(s.from)}→${local(s.to)} ${s.business / MINUTE}${why}`;
  });
}

/** Events as `type time`, with what they say besides. */
function events(clock: ClockExplanation): string[] {
  return clock.events.map((e) => {
    const details = [
      e.trigger === undefined
        ? ''
        : `by ${e.trigger.type}${e.trigger.index === undefined ? '' : `#${e.trigger.index}`}`,
      e.outcome ?? '',
      e.reason === undefined ? '' : `${e.reason.type} ${e.reason.status ?? ''}`.trim(),
      e.priority === undefined ? '' : `${e.priority.from}→${e.priority.to}`,
      e.restarted ? 'restarted' : '',
    ].filter((x) => x !== '');
    return [e.type, local(e.at)?.slice(5), ...details].join(' ');
  });
}

const requester = (at: string): TicketEvent => ({ type: 'replied', at: mq(at), by: 'requester' });
const agent = (at: string): TicketEvent => ({ type: 'replied', at: mq(at), by: 'agent' });
const status = (at: string, value: string): TicketEvent => ({
  type: 'status-changed',
  at: mq(at),
  status: value,
});
const event = (type: TicketEvent['type'], at: string): TicketEvent => ({ type, at: mq(at) });

describe('explainTicket tells the story of any metric', () => {
  it('next-reply, two cycles: idle until the requester writes, a met reply, idle, a missed one', () => {
    const clock = explain(
      'next-reply',
      { hours: 1 },
      {
        openedAt: mq('2026-11-30 08:30'),
        priority: 'P1',
        events: [
          requester('2026-11-30 09:00'), // cycle 1 starts
          agent('2026-11-30 09:40'), // stops it: 40 min, met
          requester('2026-11-30 15:30'), // cycle 2: 30 min on Monday…
          agent('2026-12-01 09:00'), // …and 60 on Tuesday morning: 90 > 60, missed
        ],
      },
      { now: mq('2026-12-01 12:00') },
    );
    expect(story(clock)).toEqual([
      'idle 2026-11-30 08:30→2026-11-30 09:00 0',
      'counted 2026-11-30 09:00→2026-11-30 09:40 40',
      'idle 2026-11-30 09:40→2026-11-30 15:30 0',
      'counted 2026-11-30 15:30→2026-11-30 16:00 30',
      'closed 2026-11-30 16:00→2026-12-01 08:00 0 outside-hours',
      // The story ends where the last cycle did.
      'counted 2026-12-01 08:00→2026-12-01 09:00 60',
    ]);
    expect(events(clock)).toEqual([
      'opened 11-30 08:30',
      'started 11-30 09:00 by replied#0',
      'stopped 11-30 09:40 by replied#1 met',
      'started 11-30 15:30 by replied#2',
      // 30 min on Monday, 30 more on Tuesday from 08:00: the hour was used up at 08:30.
      'breached 12-01 08:30',
      'stopped 12-01 09:00 by replied#3 missed',
    ]);
    expect(clock.report.cycles.map((c) => [c.status, c.elapsed / MINUTE])).toEqual([
      ['met', 40],
      ['missed', 90],
    ]);
  });

  it('agent-work: paused while pending, then on hold (each named), stopped when solved, resumed', () => {
    const clock = explain(
      'agent-work',
      { hours: 8 },
      {
        openedAt: mq('2026-11-30 08:00'),
        priority: 'P1',
        events: [
          status('2026-11-30 08:30', 'open'), // changes nothing
          status('2026-11-30 10:00', 'pending'), // paused after 2 h
          status('2026-11-30 11:00', 'hold'), // still paused, for another status
          status('2026-11-30 13:00', 'open'), // counts again
          status('2026-11-30 14:00', 'solved'), // stops: 2 h + 1 h = 3 h of 8, met
          status('2026-12-01 09:00', 'open'), // resumes with its 3 h
        ],
      },
      { now: mq('2026-12-01 10:00') },
    );
    expect(story(clock)).toEqual([
      'counted 2026-11-30 08:00→2026-11-30 10:00 120',
      'paused 2026-11-30 10:00→2026-11-30 11:00 0 status pending',
      'paused 2026-11-30 11:00→2026-11-30 13:00 0 status hold',
      'counted 2026-11-30 13:00→2026-11-30 14:00 60',
      'stopped 2026-11-30 14:00→2026-12-01 09:00 0 status solved',
      'counted 2026-12-01 09:00→2026-12-01 10:00 60',
      // 4 h used, 4 h left from Tuesday 10:00: due at 14:00.
      'projected 2026-12-01 10:00→2026-12-01 14:00 240',
    ]);
    expect(events(clock)).toEqual([
      'opened 11-30 08:00',
      'paused 11-30 10:00 by status-changed#1 status pending',
      'resumed 11-30 13:00 by status-changed#3',
      'stopped 11-30 14:00 by status-changed#4 met',
      'reopened 12-01 09:00 by status-changed#5',
    ]);
    expect(local(clock.deadline)).toBe('2026-12-01 14:00');
  });

  it('a metric that opens paused says so at the opening', () => {
    const clock = explain(
      'requester-wait',
      { hours: 4 },
      {
        openedAt: mq('2026-11-30 08:00'),
        priority: 'P1',
        status: 'pending',
        events: [status('2026-11-30 09:00', 'open')],
      },
      { now: mq('2026-11-30 10:00') },
    );
    expect(story(clock)).toEqual([
      'paused 2026-11-30 08:00→2026-11-30 09:00 0 status pending',
      'counted 2026-11-30 09:00→2026-11-30 10:00 60',
      'projected 2026-11-30 10:00→2026-11-30 13:00 180',
    ]);
    expect(events(clock)).toEqual([
      'opened 11-30 08:00',
      'paused 11-30 08:00 by opened status pending',
      'resumed 11-30 09:00 by status-changed#0',
    ]);
  });

  it('a reset: the time before it is discarded, like a restart, and the cycle runs again from zero', () => {
    const resolution: MetricDefinition = {
      id: 'resolution',
      start: [{ event: 'opened' }],
      stop: [{ event: 'resolved' }],
      reset: [{ event: 'assigned' }],
      pause: [{ waiting: true }],
    };
    const clock = explain(
      resolution,
      { hours: 4 },
      {
        openedAt: mq('2026-11-30 08:00'),
        priority: 'P1',
        events: [
          event('paused', '2026-11-30 08:30'), // waiting on the customer…
          event('resumed', '2026-11-30 09:00'), // …for half an hour
          { type: 'assigned', at: mq('2026-11-30 10:00'), group: 'l2' }, // 90 min lost
        ],
      },
      { now: mq('2026-11-30 11:00') },
    );
    expect(story(clock)).toEqual([
      'discarded 2026-11-30 08:00→2026-11-30 08:30 30',
      'paused 2026-11-30 08:30→2026-11-30 09:00 0 waiting',
      'discarded 2026-11-30 09:00→2026-11-30 10:00 60',
      'counted 2026-11-30 10:00→2026-11-30 11:00 60',
      // 4 h from the reset at 10:00.
      'projected 2026-11-30 11:00→2026-11-30 14:00 180',
    ]);
    expect(events(clock)).toEqual([
      'opened 11-30 08:00',
      'paused 11-30 08:30 by paused#0 waiting',
      'resumed 11-30 09:00 by resumed#1',
      'reset 11-30 10:00 by assigned#2',
    ]);
    expect(clock.report).toMatchObject({ elapsed: HOUR, cycles: [{ elapsed: HOUR }] });
    expect(local(clock.report.cycles[0]?.startedAt)).toBe('2026-11-30 08:00');
  });

  it('a cancel: time-to-close-after-resolution, cancelled by a reopening, then a cycle that is met', () => {
    const clock = explain(
      'time-to-close-after-resolution',
      { hours: 2 },
      {
        openedAt: mq('2026-11-30 08:00'),
        priority: 'P1',
        events: [
          event('resolved', '2026-11-30 09:00'), // cycle 1 starts
          event('reopened', '2026-11-30 10:00'), // cancels it
          event('resolved', '2026-11-30 11:00'), // cycle 2 starts
          event('closed', '2026-11-30 12:00'), // stops it: 1 h of 2, met
        ],
      },
      { now: mq('2026-11-30 13:00') },
    );
    expect(story(clock)).toEqual([
      'idle 2026-11-30 08:00→2026-11-30 09:00 0',
      'counted 2026-11-30 09:00→2026-11-30 10:00 60',
      'idle 2026-11-30 10:00→2026-11-30 11:00 0',
      'counted 2026-11-30 11:00→2026-11-30 12:00 60',
    ]);
    expect(events(clock)).toEqual([
      'opened 11-30 08:00',
      'started 11-30 09:00 by resolved#0',
      'cancelled 11-30 10:00 by reopened#1',
      'started 11-30 11:00 by resolved#2',
      'stopped 11-30 12:00 by closed#3 met',
    ]);
    expect(clock.report.cycles.map((c) => c.status)).toEqual(['cancelled', 'met']);
  });

  it('a change to a priority without a target cancels the cycle; a metric never started is idle', () => {
    const ticket: Ticket = {
      openedAt: mq('2026-11-30 08:00'),
      priority: 'P1',
      events: [
        { type: 'priority-changed', at: mq('2026-11-30 08:30'), priority: 'P2' },
        { type: 'priority-changed', at: mq('2026-11-30 09:00'), priority: 'P1' },
      ],
    };
    const options = { now: mq('2026-11-30 10:00') };
    const cancelled = explain('first-reply', { hours: 1 }, ticket, options, null);
    expect(story(cancelled)).toEqual(['counted 2026-11-30 08:00→2026-11-30 08:30 30']);
    expect(events(cancelled)).toEqual([
      'opened 11-30 08:00',
      'cancelled 11-30 08:30 by priority-changed#0 P1→P2',
    ]);
    // Opened at P2, which does not measure it: no cycle, one idle stretch up to now.
    const idle = explain(
      'first-reply',
      { hours: 1 },
      { ...ticket, priority: 'P2', events: [] },
      options,
      null,
    );
    expect(story(idle)).toEqual(['idle 2026-11-30 08:00→2026-11-30 10:00 0']);
    expect(events(idle)).toEqual(['opened 11-30 08:00']);
  });

  it('a stop by a reply: the stopped stretch names the event; a stop and a start at one event', () => {
    // periodic-update: every public agent reply ends a cycle and starts the next.
    const clock = explain(
      'periodic-update',
      { hours: 2 },
      {
        openedAt: mq('2026-11-30 08:00'),
        priority: 'P1',
        events: [agent('2026-11-30 09:00'), agent('2026-11-30 10:00')],
      },
      { now: mq('2026-11-30 11:00') },
    );
    expect(story(clock)).toEqual([
      'idle 2026-11-30 08:00→2026-11-30 09:00 0',
      'counted 2026-11-30 09:00→2026-11-30 10:00 60',
      'counted 2026-11-30 10:00→2026-11-30 11:00 60',
      'projected 2026-11-30 11:00→2026-11-30 12:00 60',
    ]);
    expect(events(clock)).toEqual([
      'opened 11-30 08:00',
      'started 11-30 09:00 by replied#0',
      'stopped 11-30 10:00 by replied#1 met',
      'started 11-30 10:00 by replied#1',
    ]);
    // A stop by a reply that a requester's reply resumes.
    const resumable: MetricDefinition = {
      id: 'answer',
      start: [{ event: 'opened' }],
      stop: [{ event: 'replied', by: 'agent' }],
      resume: [{ event: 'replied', by: 'requester' }],
    };
    const answered = explain(
      resumable,
      { hours: 2 },
      {
        openedAt: mq('2026-11-30 08:00'),
        priority: 'P1',
        events: [agent('2026-11-30 09:00'), requester('2026-11-30 10:00')],
      },
      { now: mq('2026-11-30 10:30') },
    );
    expect(story(answered)).toEqual([
      'counted 2026-11-30 08:00→2026-11-30 09:00 60',
      'stopped 2026-11-30 09:00→2026-11-30 10:00 0 event replied',
      'counted 2026-11-30 10:00→2026-11-30 10:30 30',
      'projected 2026-11-30 10:30→2026-11-30 11:00 30',
    ]);
    expect(events(answered)).toEqual([
      'opened 11-30 08:00',
      'stopped 11-30 09:00 by replied#0 met',
      'reopened 11-30 10:00 by replied#1',
    ]);
  });
});

describe('explainTicket on the default plans, where generic metrics changed the telling', () => {
  it('a priority changed while resolved: the reopening names the priority the target was set for', () => {
    const ticket: Ticket = {
      openedAt: mq('2026-11-30 08:00'),
      priority: 'normal',
      events: [
        { type: 'resolved', at: mq('2026-11-30 10:00') },
        { type: 'priority-changed', at: mq('2026-11-30 11:00'), priority: 'critical' },
        { type: 'reopened', at: mq('2026-11-30 12:00') },
      ],
    };
    const now = mq('2026-11-30 12:30');
    const { gtr } = explainTicket(standardPlan(), ticket, { now }).metrics;
    expect(events(gtr)).toEqual([
      'opened 11-30 08:00',
      'resolved 11-30 10:00 by resolved#0 met',
      'priority-changed 11-30 12:00 normal→critical',
      'reopened 11-30 12:00 by reopened#2',
    ]);
    expect(gtr.events[2]?.target).toEqual({ from: 7 * 8 * HOUR, to: 4 * HOUR });
    const restarted = explainTicket(standardPlan(), ticket, { now, onPriorityChange: 'restart' });
    expect(story(restarted.metrics.gtr)).toEqual([
      // The reopening restarts GTR from zero at critical: the first two hours are discarded.
      'discarded 2026-11-30 08:00→2026-11-30 10:00 120',
      'stopped 2026-11-30 10:00→2026-11-30 12:00 0 resolved',
      'counted 2026-11-30 12:00→2026-11-30 12:30 30',
      // 4 h from 12:00 are used up at the close, 16:00: due at the next opening (the rule of
      // docs/sla.md for this ticket: Tuesday 08:00).
      'projected 2026-11-30 12:30→2026-11-30 16:00 210',
      'closed 2026-11-30 16:00→2026-12-01 08:00 0 outside-hours',
    ]);
  });
});
