// One test per rule of docs/sla.md's "The rules, one by one", named after it, on the cases the
// guide shows (and a few more of the same rule). Instants are Martinique wall times (UTC−4);
// Monday 30 November 2026 is an ordinary working Monday.
import { describe, expect, it } from 'vitest';
import {
  evaluateTicket,
  isOpen,
  premiumPlan,
  SlaError,
  slaDeadlines,
  standardPlan,
  type Ticket,
  type TicketEvent,
} from '../../src/index';
import { DAY, evaluateAt, HOUR, local, MINUTE, mq } from '../support/sla-fixtures';

const STD = standardPlan();

describe('when a business-day target becomes time', () => {
  // Monday to Thursday 08:00–16:00, Friday 08:00–12:00.
  const day = ['08:00-16:00'];
  const uneven = standardPlan({
    hours: { mon: day, tue: day, wed: day, thu: day, fri: ['08:00-12:00'] },
  });
  const thursday = mq('2026-12-03 14:00');

  it('at the clock start: 1 business day from Thursday 14:00 is 2 h + 4 h', () => {
    const ticket: Ticket = { openedAt: thursday, priority: 'high' };
    expect(evaluateAt(uneven, ticket, '2026-12-03 14:00').metrics.gtr.target).toBe(6 * HOUR);
  });

  it('at a restart change, from the change; a keep-elapsed change converts from the clock start', () => {
    const ticket: Ticket = {
      openedAt: thursday,
      priority: 'normal',
      events: [{ type: 'priority-changed', at: mq('2026-12-07 09:00'), priority: 'high' }],
    };
    expect(evaluateAt(uneven, ticket, '2026-12-07 10:00').metrics.gtr.target).toBe(6 * HOUR);
    const restarted = evaluateAt(uneven, ticket, '2026-12-07 10:00', {
      onPriorityChange: 'restart',
    });
    expect(restarted.metrics.gtr).toMatchObject({ target: 8 * HOUR, elapsed: HOUR });
  });

  it('not again on resumed', () => {
    const ticket: Ticket = {
      openedAt: thursday,
      priority: 'high',
      events: [
        { type: 'paused', at: mq('2026-12-03 15:00') },
        { type: 'resumed', at: mq('2026-12-07 10:00') },
      ],
    };
    expect(evaluateAt(uneven, ticket, '2026-12-07 11:00').metrics.gtr.target).toBe(6 * HOUR);
  });

  it('not again on reopened, even with restart', () => {
    const ticket: Ticket = {
      openedAt: thursday,
      priority: 'high',
      events: [
        { type: 'resolved', at: mq('2026-12-03 15:00') },
        { type: 'reopened', at: mq('2026-12-07 10:00') },
      ],
    };
    for (const onPriorityChange of ['keep-elapsed', 'restart'] as const) {
      const { gtr } = evaluateAt(uneven, ticket, '2026-12-07 11:00', { onPriorityChange }).metrics;
      expect(gtr).toMatchObject({ target: 6 * HOUR, elapsed: 2 * HOUR });
    }
  });
});

describe('on a 24/7 plan, a business day is 24 hours', () => {
  it('premiumPlan(): 1 business day from Monday 23:00 is Tuesday 23:00, 24 h', () => {
    const ticket: Ticket = { openedAt: mq('2026-11-30 23:00'), priority: 'high' };
    expect(local(slaDeadlines(premiumPlan(), ticket).gtr)).toBe('2026-12-01 23:00');
    expect(evaluateTicket(premiumPlan(), ticket, { now: ticket.openedAt }).metrics.gtr.target).toBe(
      DAY,
    );
  });

  it("'24/7' stays 24 h where a zoned 00:00–24:00 plan has a 23-hour day", () => {
    const ticket: Ticket = { openedAt: '2026-03-28T12:00:00+01:00', priority: 'high' };
    const target = (plan: ReturnType<typeof premiumPlan>) =>
      evaluateTicket(plan, ticket, { now: ticket.openedAt }).metrics.gtr.target;
    expect(target(premiumPlan())).toBe(DAY);
    expect(target(premiumPlan({ timezone: 'Europe/Paris' }))).toBe(23 * HOUR);
  });
});

describe('a priority changed while the ticket is resolved applies when it is reopened', () => {
  const resolvedThenReopened = (changes: TicketEvent[]): Ticket => ({
    openedAt: mq('2026-11-30 08:00'),
    priority: 'normal',
    events: [
      { type: 'resolved', at: mq('2026-11-30 10:00') },
      ...changes,
      { type: 'reopened', at: mq('2026-11-30 12:00') },
    ],
  });
  const raised = resolvedThenReopened([
    { type: 'priority-changed', at: mq('2026-11-30 11:00'), priority: 'critical' },
  ]);

  it('not before: while resolved, GTR keeps the target it stopped with', () => {
    const report = evaluateAt(STD, raised, '2026-11-30 11:30');
    expect(report.priority).toBe('critical');
    expect(report.metrics.gtr).toMatchObject({ state: 'stopped', target: 7 * 8 * HOUR });
  });

  it('keep-elapsed: the new target, with the time already used', () => {
    const { gtr } = evaluateAt(STD, raised, '2026-11-30 12:30').metrics;
    expect(gtr).toMatchObject({ target: 4 * HOUR, elapsed: 150 * MINUTE });
    expect(local(gtr.deadline)).toBe('2026-11-30 14:00');
  });

  it('restart: GTR restarts at the reopening', () => {
    const { gtr } = evaluateAt(STD, raised, '2026-11-30 12:30', {
      onPriorityChange: 'restart',
    }).metrics;
    expect(gtr).toMatchObject({ target: 4 * HOUR, elapsed: 30 * MINUTE });
    expect(local(gtr.deadline)).toBe('2026-12-01 08:00');
  });

  it('a change and its reversal while resolved apply nothing, even with restart', () => {
    const reverted = resolvedThenReopened([
      { type: 'priority-changed', at: mq('2026-11-30 11:00'), priority: 'critical' },
      { type: 'priority-changed', at: mq('2026-11-30 11:30'), priority: 'normal' },
    ]);
    const untouched = resolvedThenReopened([]);
    for (const onPriorityChange of ['keep-elapsed', 'restart'] as const) {
      expect(evaluateAt(STD, reverted, '2026-11-30 12:30', { onPriorityChange })).toEqual(
        evaluateAt(STD, untouched, '2026-11-30 12:30', { onPriorityChange }),
      );
    }
  });
});

describe('a change to the priority already in force does nothing', () => {
  it('no new target and, even with restart, no restart', () => {
    const ticket: Ticket = {
      openedAt: mq('2026-11-30 08:00'),
      priority: 'medium',
      events: [{ type: 'priority-changed', at: mq('2026-11-30 12:00'), priority: 'medium' }],
    };
    const plain: Ticket = { ...ticket, events: [] };
    for (const onPriorityChange of ['keep-elapsed', 'restart'] as const) {
      const report = evaluateAt(STD, ticket, '2026-11-30 13:00', { onPriorityChange });
      expect(report).toEqual(evaluateAt(STD, plain, '2026-11-30 13:00', { onPriorityChange }));
      expect(report.metrics.gtr.elapsed).toBe(5 * HOUR);
    }
  });
});

describe('the at-risk threshold is the floor of the exact decimal product atRisk × target', () => {
  it('0.35 × 45 min is 15 min 45 s exactly, not a millisecond less', () => {
    const plan = standardPlan({ atRisk: 0.35 });
    const ticket: Ticket = { openedAt: mq('2026-11-30 08:00'), priority: 'medium' };
    expect(local(evaluateAt(plan, ticket, '2026-11-30 08:00').metrics.gti.atRiskAt)).toBe(
      '2026-11-30 08:15:45.000',
    );
    expect(evaluateAt(plan, ticket, '2026-11-30 08:15:45.000').metrics.gti.status).toBe('on-track');
    expect(evaluateAt(plan, ticket, '2026-11-30 08:15:45.001').metrics.gti.status).toBe('at-risk');
  });

  it('rounded down: 0.75 × 1,001 ms is 750 ms', () => {
    const plan = standardPlan({ targets: { critical: { gti: 'PT1.001S' } } });
    const ticket: Ticket = { openedAt: mq('2026-11-30 08:00'), priority: 'critical' };
    const at = (ms: number) =>
      evaluateTicket(plan, ticket, { now: mq('2026-11-30 08:00').getTime() + ms }).metrics.gti
        .status;
    expect([at(750), at(751)]).toEqual(['on-track', 'at-risk']);
  });
});

describe('events after now are ignored; one exactly at now counts', () => {
  const ticket: Ticket = {
    openedAt: mq('2026-11-30 08:00'),
    priority: 'high',
    events: [
      { type: 'responded', at: mq('2026-11-30 08:20') },
      // Impossible (not resolved), but after every now below.
      { type: 'reopened', at: mq('2026-11-30 09:00') },
    ],
  };

  it('1 ms before the event it is not applied; at it, it is', () => {
    expect(evaluateAt(STD, ticket, '2026-11-30 08:19:59.999').metrics.gti.state).toBe('running');
    expect(evaluateAt(STD, ticket, '2026-11-30 08:20').metrics.gti.state).toBe('stopped');
  });

  it('an impossible event after now is not refused', () => {
    expect(() => evaluateAt(STD, ticket, '2026-11-30 08:59:59.999')).not.toThrow();
    expect(() => evaluateAt(STD, ticket, '2026-11-30 09:00')).toThrow(SlaError);
  });
});

describe('which events are refused, and when', () => {
  const opened = mq('2026-11-30 08:00');
  const refusalOf = (events: TicketEvent[]): string | null => {
    try {
      evaluateTicket(
        STD,
        { openedAt: opened, priority: 'high', events },
        { now: mq('2026-11-30 15:00') },
      );
      return null;
    } catch (error) {
      if (!(error instanceof SlaError)) throw error;
      return `${error.code} ${error.path}`;
    }
  };
  const e = (type: TicketEvent['type'], time: string): TicketEvent => ({
    type,
    at: mq(`2026-11-30 ${time}`),
  });

  it.each([
    ['responded after a first contact', [e('responded', '09:00'), e('responded', '10:00')]],
    [
      'responded after a resolution, even reopened',
      [e('resolved', '09:00'), e('reopened', '10:00'), e('responded', '11:00')],
    ],
    ['paused while resolved', [e('resolved', '09:00'), e('paused', '10:00')]],
    ['paused while paused', [e('paused', '09:00'), e('paused', '10:00')]],
    ['resumed while not paused', [e('responded', '09:00'), e('resumed', '10:00')]],
    ['resolved while resolved', [e('resolved', '09:00'), e('resolved', '10:00')]],
    ['reopened while open', [e('responded', '09:00'), e('reopened', '10:00')]],
    ['an event out of order', [e('responded', '10:00'), e('paused', '09:00')]],
  ])('refused: %s', (_name, events) => {
    expect(refusalOf(events)).toBe(`invalid_event ticket.events[${events.length - 1}]`);
  });

  it('refused: an event before openedAt', () => {
    expect(refusalOf([{ type: 'paused', at: mq('2026-11-30 07:59') }])).toBe(
      'invalid_event ticket.events[0]',
    );
  });

  it('accepted: a priority change in any state, events at the same instant in log order', () => {
    const change = (time: string): TicketEvent => ({
      type: 'priority-changed',
      at: mq(`2026-11-30 ${time}`),
      priority: 'critical',
    });
    expect(
      refusalOf([e('paused', '09:00'), change('09:00'), e('resolved', '10:00'), change('11:00')]),
    ).toBeNull();
  });

  it('resolved while paused ends the pause: after a reopening, resumed is refused', () => {
    const paused = [e('paused', '09:00'), e('resolved', '10:00'), e('reopened', '11:00')];
    expect(refusalOf(paused)).toBeNull();
    expect(refusalOf([...paused, e('resumed', '11:30')])).toBe('invalid_event ticket.events[3]');
    const { gtr } = evaluateAt(
      STD,
      { openedAt: opened, priority: 'high', events: paused },
      '2026-11-30 12:00',
    ).metrics;
    expect(gtr).toMatchObject({ state: 'running', elapsed: 2 * HOUR });
  });
});

describe('what the built-in plans’ options replace', () => {
  it('standardPlan({ hours }) replaces the whole week: the days left out are closed', () => {
    const saturdays = standardPlan({ hours: { sat: ['09:00-12:00'] } });
    expect(isOpen(saturdays.schedule, mq('2026-12-05 10:00'))).toBe(true);
    for (const day of ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']) {
      expect(isOpen(saturdays.schedule, mq(`${day} 10:00`)), day).toBe(false);
    }
  });

  it('premiumPlan({ timezone }) is every day 00:00–24:00 in that zone, without holidays', () => {
    const paris = premiumPlan({ timezone: 'Europe/Paris' });
    for (const instant of [
      '2026-12-25T03:00:00+01:00', // Christmas night
      '2026-05-01T12:00:00+02:00', // 1 May
      '2026-03-29T01:59:59.999+01:00', // just before the spring-forward gap
      '2026-03-29T03:00:00+02:00', // just after it
    ]) {
      expect(isOpen(paris.schedule, instant), instant).toBe(true);
    }
    expect(paris.schedule.timezone).toBe('Europe/Paris');
  });
});
