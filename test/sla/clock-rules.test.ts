// DESIGN §7–§8: one hand-checkable case per clock rule of evaluateTicket and slaDeadlines.
// Instants are Martinique wall times (UTC−4). STD is the standard plan (Mon–Fri 08:00–16:00,
// FR-MQ 2026 holidays given as dates so that these cases do not depend on the calendar code).
// Monday 9 March 2026 is an ordinary working Monday.
import { describe, expect, it } from 'vitest';
import {
  type Plan as AnyPlan,
  definePlan,
  evaluateTicket,
  type PlanConfig,
  premiumPlan,
  SlaError,
  slaDeadlines,
  standardPlan,
  type Ticket,
  type TicketEvent,
} from '../../src/index';

/** The default plans' metrics: every plan of this file runs them. */
type Plan = AnyPlan<'gti' | 'gtr'>;

import {
  evaluateAt,
  FR_MQ_2026,
  HOUR,
  local,
  MINUTE,
  mq,
  mqMs,
  present,
  statuses,
  view,
} from '../support/sla-fixtures';

const STD = standardPlan({ holidays: FR_MQ_2026 });
const MONDAY = mq('2026-03-09 08:00');

/** A 24/7 plan whose every GTI is `gti` and every GTR is `gtr`. */
function flatPlan(gti: string, gtr: string, extra: Partial<PlanConfig> = {}): Plan {
  const clocks = { gti, gtr };
  return <Plan>definePlan({
    id: 'flat',
    schedule: '24/7',
    targets: { normal: clocks, medium: clocks, high: clocks, critical: clocks },
    ...extra,
  });
}

const ticketOf = (
  priority: Ticket['priority'],
  events: TicketEvent[],
  openedAt: Date = MONDAY,
): Ticket => ({ openedAt, priority, events });

describe('a business-day target becomes business time when its clock starts (DESIGN §7)', () => {
  // Mon–Thu 08:00–16:00, Fri 08:00–12:00: business days of unequal length.
  const WEEKDAY = ['08:00-16:00'];
  const uneven = standardPlan({
    holidays: [],
    hours: { mon: WEEKDAY, tue: WEEKDAY, wed: WEEKDAY, thu: WEEKDAY, fri: ['08:00-12:00'] },
  });

  it('opened Thursday 14:00: 1 business day = until Monday 08:00 = 2 h + 4 h = 6 h', () => {
    // addBusinessDays(Thu 14:00, 1) = Fri 14:00, closed → next opening Mon 16 08:00.
    const ticket = ticketOf('high', [], mq('2026-03-12 14:00'));
    expect(evaluateAt(uneven, ticket, '2026-03-12 14:00').metrics.gtr.target).toBe(6 * HOUR);
    // 6 h from Thu 14:00 run out at Fri 12:00, a closing: due at the next opening.
    expect(local(slaDeadlines(uneven, ticket).gtr)).toBe('2026-03-16 08:00');
  });

  it('opened Thursday 10:00: 1 business day = until Friday 10:00 = 6 h + 2 h = 8 h', () => {
    const ticket = ticketOf('high', [], mq('2026-03-12 10:00'));
    expect(evaluateAt(uneven, ticket, '2026-03-12 10:00').metrics.gtr.target).toBe(8 * HOUR);
    expect(local(slaDeadlines(uneven, ticket).gtr)).toBe('2026-03-13 10:00');
  });

  it('keep-elapsed counts the new business days from the opening, restart from the change', () => {
    // Opened Thu 10:00 as normal, raised to high at Thu 14:00.
    const ticket = ticketOf(
      'normal',
      [{ type: 'priority-changed', at: mq('2026-03-12 14:00'), priority: 'high' }],
      mq('2026-03-12 10:00'),
    );
    expect(evaluateAt(uneven, ticket, '2026-03-12 15:00').metrics.gtr.target).toBe(8 * HOUR);
    const restarted = evaluateAt(uneven, ticket, '2026-03-12 15:00', {
      onPriorityChange: 'restart',
    });
    expect(restarted.metrics.gtr).toMatchObject({ target: 6 * HOUR, elapsed: HOUR });
  });

  it('24/7 across a DST change in Paris: 1 business day is 23 h in March and 25 h in October', () => {
    const paris = premiumPlan({ timezone: 'Europe/Paris' });
    const spring = { openedAt: '2026-03-28T12:00:00+01:00', priority: 'high' } as const;
    const autumn = { openedAt: '2026-10-24T12:00:00+02:00', priority: 'high' } as const;
    expect(evaluateTicket(paris, spring, { now: spring.openedAt }).metrics.gtr.target).toBe(
      23 * HOUR,
    );
    expect(slaDeadlines(paris, spring).gtr).toEqual(new Date('2026-03-29T12:00:00+02:00'));
    expect(evaluateTicket(paris, autumn, { now: autumn.openedAt }).metrics.gtr.target).toBe(
      25 * HOUR,
    );
    expect(slaDeadlines(paris, autumn).gtr).toEqual(new Date('2026-10-25T12:00:00+01:00'));
  });
});

describe('clocks start at openedAt and count only open time', () => {
  it('a ticket opened at night starts counting at the next opening', () => {
    // Opened Mon 20:00: nothing until Tue 08:00; at Tue 08:10, 10 min.
    const report = evaluateAt(
      STD,
      ticketOf('normal', [], mq('2026-03-09 20:00')),
      '2026-03-10 08:10',
    );
    expect([report.metrics.gti.elapsed, report.metrics.gtr.elapsed]).toEqual([
      10 * MINUTE,
      10 * MINUTE,
    ]);
  });

  it('now = openedAt: nothing used, both clocks running on track', () => {
    const report = evaluateAt(STD, ticketOf('high', []), '2026-03-09 08:00');
    expect(view(report.metrics.gti)).toEqual({
      state: 'running',
      status: 'on-track',
      target: 30 * MINUTE,
      elapsed: 0,
      remaining: 30 * MINUTE,
      percentUsed: 0,
      breached: false,
      deadline: '2026-03-09 08:30',
      atRiskAt: '2026-03-09 08:22:30.000',
      breachedAt: null,
      nextChangeAt: '2026-03-09 08:22:30.000',
    });
  });
});

describe('responded stops GTI', () => {
  const events: TicketEvent[] = [{ type: 'responded', at: mq('2026-03-09 08:20') }];

  it('freezes GTI while GTR goes on', () => {
    const report = evaluateAt(STD, ticketOf('normal', events), '2026-03-09 12:00');
    expect(report.metrics.gti).toMatchObject({
      state: 'stopped',
      status: 'met',
      elapsed: 20 * MINUTE,
    });
    expect(report.metrics.gtr).toMatchObject({ state: 'running', elapsed: 4 * HOUR });
  });

  it('met when stopped exactly at the deadline, missed 1 ms later (breachedAt = the deadline)', () => {
    // Critical GTI 15 min from Mon 08:00: due 08:15.
    const at = (t: string) =>
      evaluateAt(STD, ticketOf('critical', [{ type: 'responded', at: mq(t) }]), '2026-03-09 09:00')
        .metrics.gti;
    expect(view(at('2026-03-09 08:15'))).toMatchObject({
      status: 'met',
      elapsed: 15 * MINUTE,
      percentUsed: 100,
      breached: false,
      breachedAt: null,
    });
    expect(view(at('2026-03-09 08:15:00.001'))).toMatchObject({
      status: 'missed',
      elapsed: 15 * MINUTE + 1,
      remaining: -1,
      breached: true,
      breachedAt: '2026-03-09 08:15',
      deadline: '2026-03-09 08:15',
      nextChangeAt: null,
    });
  });

  it('a target that runs out at closing is due at the next opening: met at 16:00 is met at 07:59', () => {
    // High, opened Mon 15:30: GTI 30 min run out at 16:00, so it is due Tue 08:00.
    const opened = mq('2026-03-09 15:30');
    const gti = (t: string) =>
      evaluateAt(
        STD,
        ticketOf('high', [{ type: 'responded', at: mq(t) }], opened),
        '2026-03-10 09:00',
      ).metrics.gti;
    expect(local(slaDeadlines(STD, { openedAt: opened, priority: 'high' }).gti)).toBe(
      '2026-03-10 08:00',
    );
    expect(gti('2026-03-10 07:59').status).toBe('met');
    expect(gti('2026-03-10 08:00').status).toBe('met');
    expect(gti('2026-03-10 08:00:00.001')).toMatchObject({
      status: 'missed',
      elapsed: 30 * MINUTE + 1,
    });
    expect(local(gti('2026-03-10 08:00:00.001').breachedAt)).toBe('2026-03-10 08:00');
  });
});

describe('paused / resumed', () => {
  // Normal, opened Mon 08:00, paused 08:20, resumed 10:00; evaluated 10:30.
  const events: TicketEvent[] = [
    { type: 'paused', at: mq('2026-03-09 08:20') },
    { type: 'resumed', at: mq('2026-03-09 10:00') },
  ];

  it('pause GTR only by default: GTI keeps running and is breached at 09:00', () => {
    const report = evaluateAt(STD, ticketOf('normal', events), '2026-03-09 10:30');
    // GTI: 08:00–10:30 = 150 min > 60 min, ran past 09:00.
    expect(view(report.metrics.gti)).toMatchObject({
      state: 'running',
      status: 'breached',
      elapsed: 150 * MINUTE,
      breachedAt: '2026-03-09 09:00',
    });
    // GTR: 20 min + 30 min = 50 min.
    expect(report.metrics.gtr.elapsed).toBe(50 * MINUTE);
  });

  it("pausing: ['gti', 'gtr'] pauses both: GTI 50 min, due 10:40, at risk since 10:25", () => {
    const report = evaluateAt(STD, ticketOf('normal', events), '2026-03-09 10:30', {
      pausing: ['gti', 'gtr'],
    });
    // 20 min used before the pause; 40 min left at 10:00 → 10:40; at risk past 45 min → 10:25.
    expect(view(report.metrics.gti)).toMatchObject({
      state: 'running',
      status: 'at-risk',
      elapsed: 50 * MINUTE,
      deadline: '2026-03-09 10:40',
      atRiskAt: '2026-03-09 10:25',
      nextChangeAt: '2026-03-09 10:40',
    });
    const during = evaluateAt(STD, ticketOf('normal', events), '2026-03-09 09:00', {
      pausing: ['gti', 'gtr'],
    });
    expect(view(during.metrics.gti)).toMatchObject({
      state: 'paused',
      status: 'on-track',
      elapsed: 20 * MINUTE,
      deadline: null,
      atRiskAt: null,
      nextChangeAt: null,
    });
  });

  it("pausing: ['gti'] pauses GTI only; pausing: [] pauses nothing", () => {
    const gtiOnly = evaluateAt(STD, ticketOf('normal', events.slice(0, 1)), '2026-03-09 10:30', {
      pausing: ['gti'],
    });
    expect([gtiOnly.metrics.gti.state, gtiOnly.metrics.gtr.state]).toEqual(['paused', 'running']);
    expect(gtiOnly.metrics.gtr.elapsed).toBe(150 * MINUTE);
    const none = evaluateAt(STD, ticketOf('normal', events.slice(0, 1)), '2026-03-09 10:30', {
      pausing: [],
    });
    expect([none.metrics.gti.state, none.metrics.gtr.state]).toEqual(['running', 'running']);
  });

  it('a breached clock stays breached while paused, with the instant it ran past', () => {
    // Critical GTR 4 h from Mon 08:00 ran out at 12:00; paused at 13:00 (5 h).
    const report = evaluateAt(
      STD,
      ticketOf('critical', [
        { type: 'responded', at: mq('2026-03-09 08:05') },
        { type: 'paused', at: mq('2026-03-09 13:00') },
      ]),
      '2026-03-10 10:00',
    );
    expect(view(report.metrics.gtr)).toMatchObject({
      state: 'paused',
      status: 'breached',
      elapsed: 5 * HOUR,
      percentUsed: 125,
      breachedAt: '2026-03-09 12:00',
      deadline: null,
      nextChangeAt: null,
    });
  });

  it('responded while GTI is paused stops it; resumed does not restart it', () => {
    const report = evaluateAt(
      STD,
      ticketOf('normal', [
        { type: 'paused', at: mq('2026-03-09 08:20') },
        { type: 'responded', at: mq('2026-03-09 09:00') },
        { type: 'resumed', at: mq('2026-03-09 10:00') },
      ]),
      '2026-03-09 11:00',
      { pausing: ['gti', 'gtr'] },
    );
    expect(report.metrics.gti).toMatchObject({
      state: 'stopped',
      status: 'met',
      elapsed: 20 * MINUTE,
    });
    expect(report.metrics.gtr).toMatchObject({ state: 'running', elapsed: 80 * MINUTE });
  });
});

describe('resolved / reopened', () => {
  it('resolved stops GTR, and GTI too when no contact was made (judged on its time)', () => {
    const report = evaluateAt(
      STD,
      ticketOf('normal', [{ type: 'resolved', at: mq('2026-03-09 08:30') }]),
      '2026-03-10 12:00',
    );
    expect(view(report.metrics.gti)).toMatchObject({
      state: 'stopped',
      status: 'met',
      elapsed: 30 * MINUTE,
    });
    expect(view(report.metrics.gtr)).toMatchObject({
      state: 'stopped',
      status: 'met',
      elapsed: 30 * MINUTE,
      nextChangeAt: null,
    });
    const late = evaluateAt(
      STD,
      ticketOf('critical', [{ type: 'resolved', at: mq('2026-03-09 12:30') }]),
      '2026-03-10 12:00',
    );
    // GTI 15 min ran out at 08:15; GTR 4 h at 12:00.
    expect(view(late.metrics.gti)).toMatchObject({
      status: 'missed',
      breachedAt: '2026-03-09 08:15',
    });
    expect(view(late.metrics.gtr)).toMatchObject({
      status: 'missed',
      breachedAt: '2026-03-09 12:00',
    });
  });

  it('resolved while paused stops both clocks with the time counted before the pause', () => {
    const report = evaluateAt(
      STD,
      ticketOf('critical', [
        { type: 'paused', at: mq('2026-03-09 08:10') },
        { type: 'resolved', at: mq('2026-03-09 13:00') },
      ]),
      '2026-03-10 12:00',
      { pausing: ['gti', 'gtr'] },
    );
    expect(statuses(report)).toEqual(['met', 'met']);
    expect([report.metrics.gti.state, report.metrics.gtr.state]).toEqual(['stopped', 'stopped']);
    expect([report.metrics.gti.elapsed, report.metrics.gtr.elapsed]).toEqual([
      10 * MINUTE,
      10 * MINUTE,
    ]);
  });

  it('a reopened ticket can be paused and resolved again', () => {
    // Normal; 08:00–09:00 (1 h), resolved 09:00–10:00, 10:00–11:00 (2 h), paused 11:00–12:00,
    // 12:00–13:00 (3 h), resolved 13:00.
    const report = evaluateAt(
      STD,
      ticketOf('normal', [
        { type: 'responded', at: mq('2026-03-09 08:30') },
        { type: 'resolved', at: mq('2026-03-09 09:00') },
        { type: 'reopened', at: mq('2026-03-09 10:00') },
        { type: 'paused', at: mq('2026-03-09 11:00') },
        { type: 'resumed', at: mq('2026-03-09 12:00') },
        { type: 'resolved', at: mq('2026-03-09 13:00') },
      ]),
      '2026-03-09 15:00',
    );
    expect(report.metrics.gtr).toMatchObject({
      state: 'stopped',
      status: 'met',
      elapsed: 3 * HOUR,
    });
    expect(report.metrics.gti).toMatchObject({ state: 'stopped', elapsed: 30 * MINUTE });
  });
});

describe('priority-changed', () => {
  it('lowering the priority keeps the elapsed time and can clear a breach', () => {
    // Critical GTI 15 min ran out at 08:15; lowered to normal (1 h) at 08:40.
    const ticket = ticketOf('critical', [
      { type: 'priority-changed', at: mq('2026-03-09 08:40'), priority: 'normal' },
    ]);
    expect(view(evaluateAt(STD, ticket, '2026-03-09 08:40').metrics.gti)).toMatchObject({
      status: 'on-track', // 40 min ≤ 45 min
      target: HOUR,
      elapsed: 40 * MINUTE,
      breachedAt: null,
      nextChangeAt: '2026-03-09 08:45',
    });
    expect(view(evaluateAt(STD, ticket, '2026-03-09 08:50').metrics.gti)).toMatchObject({
      status: 'at-risk',
      nextChangeAt: '2026-03-09 09:00',
    });
    expect(view(evaluateAt(STD, ticket, '2026-03-09 09:10').metrics.gti)).toMatchObject({
      status: 'breached',
      breachedAt: '2026-03-09 09:00',
    });
  });

  it('a stopped clock keeps the target it stopped with', () => {
    // Responded at 08:40 as normal (40 min ≤ 1 h); raised to critical (15 min) at 09:00.
    const report = evaluateAt(
      STD,
      ticketOf('normal', [
        { type: 'responded', at: mq('2026-03-09 08:40') },
        { type: 'priority-changed', at: mq('2026-03-09 09:00'), priority: 'critical' },
      ]),
      '2026-03-09 09:30',
    );
    expect(report.priority).toBe('critical');
    expect(report.metrics.gti).toMatchObject({ status: 'met', target: HOUR, breached: false });
    expect(report.metrics.gtr).toMatchObject({ status: 'on-track', target: 4 * HOUR });
  });

  it('a change to the same priority is a no-op, even with restart', () => {
    const ticket = ticketOf('medium', [
      { type: 'priority-changed', at: mq('2026-03-09 12:00'), priority: 'medium' },
    ]);
    const plain = evaluateAt(STD, ticketOf('medium', []), '2026-03-09 13:00');
    for (const onPriorityChange of ['keep-elapsed', 'restart'] as const) {
      expect(evaluateAt(STD, ticket, '2026-03-09 13:00', { onPriorityChange })).toEqual(plain);
    }
    expect(plain.metrics.gtr.elapsed).toBe(5 * HOUR);
    expect(local(plain.metrics.gti.breachedAt)).toBe('2026-03-09 08:45');
  });

  it('raising a paused clock past its new target breaches it at the change, while paused', () => {
    // Medium GTR (24 h), paused at 13:00 after 5 h, raised to critical (4 h) at 14:00.
    const events: TicketEvent[] = [
      { type: 'responded', at: mq('2026-03-09 08:20') },
      { type: 'paused', at: mq('2026-03-09 13:00') },
      { type: 'priority-changed', at: mq('2026-03-09 14:00'), priority: 'critical' },
    ];
    expect(
      view(evaluateAt(STD, ticketOf('medium', events), '2026-03-09 15:00').metrics.gtr),
    ).toMatchObject({
      state: 'paused',
      status: 'breached',
      target: 4 * HOUR,
      elapsed: 5 * HOUR,
      breachedAt: '2026-03-09 14:00',
      deadline: null,
    });
    // With restart, the paused clock is reset and stays at zero until it is resumed.
    const restarted = evaluateAt(
      STD,
      ticketOf('medium', [...events, { type: 'resumed', at: mq('2026-03-09 15:00') }]),
      '2026-03-09 15:30',
      { onPriorityChange: 'restart' },
    );
    // 4 h from Mon 15:00: 1 h Mon, 3 h Tue → Tue 11:00.
    expect(view(restarted.metrics.gtr)).toMatchObject({
      state: 'running',
      status: 'on-track',
      elapsed: 30 * MINUTE,
      deadline: '2026-03-10 11:00',
      breachedAt: null,
    });
  });

  it('with restart, a running GTI starts again from zero at the change', () => {
    // Medium, no contact: GTI 45 min ran out at 08:45. Raised to critical at 11:00 with
    // restart: 15 min from 11:00 → due 11:15, breached at 11:15 by 12:00.
    const report = evaluateAt(
      STD,
      ticketOf('medium', [
        { type: 'priority-changed', at: mq('2026-03-09 11:00'), priority: 'critical' },
      ]),
      '2026-03-09 12:00',
      { onPriorityChange: 'restart' },
    );
    expect(view(report.metrics.gti)).toMatchObject({
      status: 'breached',
      target: 15 * MINUTE,
      elapsed: HOUR,
      deadline: '2026-03-09 11:15',
      breachedAt: '2026-03-09 11:15',
    });
    // GTR: 4 h from 11:00 → 15:00; at risk past 3 h → 14:00.
    expect(view(report.metrics.gtr)).toMatchObject({
      target: 4 * HOUR,
      elapsed: HOUR,
      deadline: '2026-03-09 15:00',
    });
  });

  it('restart: a target that runs out at closing is due at the next opening', () => {
    // Raised at 13:00 with restart: 4 h = 13:00–16:00 (3 h) + Tue 08:00–09:00; at risk past 3 h,
    // which runs out at the 16:00 closing → Tue 08:00.
    const report = evaluateAt(
      STD,
      ticketOf('medium', [
        { type: 'priority-changed', at: mq('2026-03-09 13:00'), priority: 'critical' },
      ]),
      '2026-03-09 14:00',
      { onPriorityChange: 'restart' },
    );
    expect(view(report.metrics.gtr)).toMatchObject({
      deadline: '2026-03-10 09:00',
      atRiskAt: '2026-03-10 08:00',
      nextChangeAt: '2026-03-10 08:00',
    });
  });

  it('a change while resolved applies to the reopened GTR (keep-elapsed)', () => {
    // Normal; 2 h used 08:00–10:00; resolved; critical at 11:00; reopened at 12:00; at 12:30:
    // 2 h 30 of 4 h, due at 14:00. GTI had stopped: it keeps 1 h.
    const report = evaluateAt(
      STD,
      ticketOf('normal', [
        { type: 'responded', at: mq('2026-03-09 08:30') },
        { type: 'resolved', at: mq('2026-03-09 10:00') },
        { type: 'priority-changed', at: mq('2026-03-09 11:00'), priority: 'critical' },
        { type: 'reopened', at: mq('2026-03-09 12:00') },
      ]),
      '2026-03-09 12:30',
    );
    expect(report.priority).toBe('critical');
    expect(view(report.metrics.gtr)).toMatchObject({
      state: 'running',
      target: 4 * HOUR,
      elapsed: 150 * MINUTE,
      deadline: '2026-03-09 14:00',
    });
    expect(report.metrics.gti.target).toBe(HOUR);
  });

  it('uses the kind override of the new priority', () => {
    const plan = standardPlan({
      holidays: FR_MQ_2026,
      kinds: { incident: { high: { gtr: { hours: 4 } } } },
    });
    const ticket: Ticket = {
      openedAt: MONDAY,
      priority: 'medium',
      kind: 'incident',
      events: [{ type: 'priority-changed', at: mq('2026-03-09 09:00'), priority: 'high' }],
    };
    expect(evaluateAt(plan, ticket, '2026-03-09 10:00').metrics.gtr.target).toBe(4 * HOUR);
    expect(
      evaluateAt(plan, { ...ticket, kind: 'request' }, '2026-03-09 10:00').metrics.gtr.target,
    ).toBe(8 * HOUR);
  });
});

describe('kinds override targets', () => {
  const plan = standardPlan({
    holidays: FR_MQ_2026,
    kinds: { incident: { high: { gtr: { hours: 4 } } }, information: { normal: { gti: 'PT2H' } } },
  });

  it('a high incident gets the 4 h GTR, keeping the plan GTI of 30 min', () => {
    const deadlines = slaDeadlines(plan, { openedAt: MONDAY, priority: 'high', kind: 'incident' });
    expect([local(deadlines.gti), local(deadlines.gtr)]).toEqual([
      '2026-03-09 08:30',
      '2026-03-09 12:00',
    ]);
  });

  it('other kinds and kindless tickets keep the plan targets', () => {
    for (const kind of ['request', 'information', undefined] as const) {
      const ticket =
        kind === undefined
          ? { openedAt: MONDAY, priority: 'high' as const }
          : { openedAt: MONDAY, priority: 'high' as const, kind };
      expect(local(slaDeadlines(plan, ticket).gtr)).toBe('2026-03-10 08:00');
    }
    expect(
      local(slaDeadlines(plan, { openedAt: MONDAY, priority: 'normal', kind: 'information' }).gti),
    ).toBe('2026-03-09 10:00');
  });
});

describe('report fields', () => {
  it('remaining = target − elapsed (negative once breached) and percentUsed = 100 × elapsed / target', () => {
    // Critical GTI 15 min, no contact; at 09:00: 60 min.
    const report = evaluateAt(STD, ticketOf('critical', []), '2026-03-09 09:00');
    expect(report.metrics.gti).toMatchObject({
      elapsed: HOUR,
      remaining: -45 * MINUTE,
      percentUsed: 400,
      breached: true,
    });
  });

  it('at risk only when elapsed > floor(atRisk × target): 1001 ms × 0.75 → 750 ms', () => {
    const plan = flatPlan('PT1.001S', 'PT1H');
    const opened = mqMs('2026-03-09 08:00');
    const gti = (offset: number) =>
      evaluateTicket(plan, { openedAt: opened, priority: 'high' }, { now: opened + offset }).metrics
        .gti;
    expect(gti(0).atRiskAt?.getTime()).toBe(opened + 750);
    expect(gti(0).nextChangeAt?.getTime()).toBe(opened + 750);
    expect(gti(750).status).toBe('on-track');
    expect(gti(751).status).toBe('at-risk');
    expect(gti(751).nextChangeAt?.getTime()).toBe(opened + 1001);
    expect(gti(1001).status).toBe('at-risk');
    expect(gti(1002)).toMatchObject({ status: 'breached', breached: true, nextChangeAt: null });
    expect(gti(1002).breachedAt?.getTime()).toBe(opened + 1001);
  });

  it('atRisk: 1 goes from on-track straight to breached; nextChangeAt is the deadline', () => {
    const plan = flatPlan('PT1H', 'PT2H', { atRisk: 1 });
    const ticket = ticketOf('normal', []);
    const before = evaluateAt(plan, ticket, '2026-03-09 08:30');
    expect(view(before.metrics.gti)).toMatchObject({
      status: 'on-track',
      deadline: '2026-03-09 09:00',
      atRiskAt: '2026-03-09 09:00',
      nextChangeAt: '2026-03-09 09:00',
    });
    expect(evaluateAt(plan, ticket, '2026-03-09 09:00').metrics.gti.status).toBe('on-track');
    expect(evaluateAt(plan, ticket, '2026-03-09 09:00:00.001').metrics.gti.status).toBe('breached');
  });

  it('nextChangeAt: at it the status is still the old one, 1 ms later the new one', () => {
    // Normal, no contact; GTI at risk past 45 min (08:45), breached past 60 min (09:00).
    const ticket = ticketOf('normal', []);
    const start = evaluateAt(STD, ticket, '2026-03-09 08:00');
    expect(local(start.metrics.gti.nextChangeAt)).toBe('2026-03-09 08:45');
    expect(evaluateAt(STD, ticket, '2026-03-09 08:45').metrics.gti.status).toBe('on-track');
    const atRisk = evaluateAt(STD, ticket, '2026-03-09 08:45:00.001');
    expect(atRisk.metrics.gti.status).toBe('at-risk');
    expect(local(atRisk.metrics.gti.nextChangeAt)).toBe('2026-03-09 09:00');
    expect(evaluateAt(STD, ticket, '2026-03-09 09:00').metrics.gti.status).toBe('at-risk');
    expect(evaluateAt(STD, ticket, '2026-03-09 09:00:00.001').metrics.gti).toMatchObject({
      status: 'breached',
      nextChangeAt: null,
    });
  });

  it('priority is the one in force at now', () => {
    const ticket = ticketOf('normal', [
      { type: 'priority-changed', at: mq('2026-03-09 09:00'), priority: 'high' },
      { type: 'priority-changed', at: mq('2026-03-09 10:00'), priority: 'medium' },
    ]);
    expect(evaluateAt(STD, ticket, '2026-03-09 08:59').priority).toBe('normal');
    expect(evaluateAt(STD, ticket, '2026-03-09 09:00').priority).toBe('high');
    expect(evaluateAt(STD, ticket, '2026-03-09 11:00').priority).toBe('medium');
  });

  it('reports are fresh: changing one changes no later report; strict ones have no skipped list', () => {
    const report = evaluateAt(STD, ticketOf('normal', []), '2026-03-09 09:00');
    const expected = structuredClone(report);
    const gti = report.metrics.gti as unknown as { status: string; cycles: unknown[] };
    gti.status = 'met';
    gti.cycles.length = 0;
    report.metrics.gtr.deadline?.setTime(0);
    const again = evaluateAt(STD, ticketOf('normal', []), '2026-03-09 09:00');
    expect(again).toEqual(expected);
    expect('skipped' in report).toBe(false);
  });
});

describe('events after now', () => {
  const events: TicketEvent[] = [
    { type: 'responded', at: mq('2026-03-09 08:30') },
    { type: 'resumed', at: mq('2026-03-09 10:00') }, // impossible, but after now
  ];

  it('are ignored, even impossible ones; an event at now is applied', () => {
    const report = evaluateAt(STD, ticketOf('normal', events), '2026-03-09 08:30');
    expect(report.metrics.gti).toMatchObject({ state: 'stopped', elapsed: 30 * MINUTE });
    const before = evaluateAt(STD, ticketOf('normal', events), '2026-03-09 08:29:59.999');
    expect(before.metrics.gti.state).toBe('running');
  });
});

describe('deadline and atRiskAt are where the elapsed time crossed them (DESIGN §8)', () => {
  // A clock that passed its at-risk threshold or its target, then was paused (or resolved) and
  // resumed (or reopened): its elapsed time reached the threshold before the interruption, so
  // that is where `atRiskAt` / `deadline` are, and `breachedAt` is the deadline it ran past.
  // Critical, contact at 08:05; GTR 4 h ran out at Mon 12:00 (at risk past 3 h: Mon 11:00);
  // interrupted Mon 13:00 (5 h) until Tue 10:00; evaluated Tue 10:30 (5 h 30).
  const interrupted = (stop: 'paused' | 'resolved', go: 'resumed' | 'reopened') =>
    ticketOf('critical', [
      { type: 'responded', at: mq('2026-03-09 08:05') },
      { type: stop, at: mq('2026-03-09 13:00') },
      { type: go, at: mq('2026-03-10 10:00') },
    ]);

  it.each([
    ['paused', 'resumed'],
    ['resolved', 'reopened'],
  ] as const)('breached, %s and %s: deadline = breachedAt = Monday 12:00', (stop, go) => {
    const report = evaluateAt(STD, interrupted(stop, go), '2026-03-10 10:30');
    expect(view(report.metrics.gtr)).toMatchObject({
      state: 'running',
      status: 'breached',
      elapsed: 5.5 * HOUR,
      breachedAt: '2026-03-09 12:00',
      deadline: '2026-03-09 12:00',
      atRiskAt: '2026-03-09 11:00',
    });
  });

  it('at risk, paused and resumed: atRiskAt is where 0.75 of the target was used', () => {
    // High GTR 8 h from Mon 08:00; at risk past 6 h = Mon 14:00; paused Mon 15:00 (7 h) until
    // Tue 10:00; 1 h left → due Tue 11:00.
    const report = evaluateAt(
      STD,
      ticketOf('high', [
        { type: 'responded', at: mq('2026-03-09 08:10') },
        { type: 'paused', at: mq('2026-03-09 15:00') },
        { type: 'resumed', at: mq('2026-03-10 10:00') },
      ]),
      '2026-03-10 10:30',
    );
    expect(view(report.metrics.gtr)).toMatchObject({
      status: 'at-risk',
      elapsed: 7.5 * HOUR,
      deadline: '2026-03-10 11:00',
      atRiskAt: '2026-03-09 14:00',
      nextChangeAt: '2026-03-10 11:00',
    });
  });
});

describe("a past deadline follows §4's rule too: the latest instant, not the previous closing", () => {
  // High GTR 8 h from Mon 08:00 runs out at Mon 16:00, a closing, so the deadline is the next
  // opening, Tue 08:00 (as slaDeadlines says for a high ticket opened Monday 08:00).
  it('a medium ticket raised to high at Tuesday 10:00 (10 h used): deadline Tuesday 08:00', () => {
    const report = evaluateAt(
      STD,
      ticketOf('medium', [
        { type: 'responded', at: mq('2026-03-09 08:10') },
        { type: 'priority-changed', at: mq('2026-03-10 10:00'), priority: 'high' },
      ]),
      '2026-03-10 10:30',
    );
    expect(local(slaDeadlines(STD, { openedAt: MONDAY, priority: 'high' }).gtr)).toBe(
      '2026-03-10 08:00',
    );
    expect(view(report.metrics.gtr)).toMatchObject({
      status: 'breached',
      target: 8 * HOUR,
      breachedAt: '2026-03-10 10:00', // the change put it past its new target
      deadline: '2026-03-10 08:00',
    });
  });

  it('a pause does not make the deadline earlier (paused and resumed Tuesday 08:30)', () => {
    const events: TicketEvent[] = [{ type: 'responded', at: mq('2026-03-09 08:10') }];
    const plain = evaluateAt(STD, ticketOf('high', events), '2026-03-10 09:00');
    expect(view(plain.metrics.gtr)).toMatchObject({
      status: 'breached',
      deadline: '2026-03-10 08:00',
      breachedAt: '2026-03-10 08:00',
    });
    const paused = evaluateAt(
      STD,
      ticketOf('high', [
        ...events,
        { type: 'paused', at: mq('2026-03-10 08:30') },
        { type: 'resumed', at: mq('2026-03-10 08:30') },
      ]),
      '2026-03-10 09:00',
    );
    expect(view(paused.metrics.gtr)).toMatchObject({
      status: 'breached',
      deadline: '2026-03-10 08:00',
      breachedAt: '2026-03-10 08:00',
    });
  });
});

describe('slaDeadlines', () => {
  it('ignores the events and agrees with evaluateTicket at the opening', () => {
    const ticket = ticketOf('medium', [{ type: 'responded', at: mq('2026-03-09 08:10') }]);
    const deadlines = slaDeadlines(STD, ticket);
    const report = evaluateAt(STD, { ...ticket, events: [] }, '2026-03-09 08:00');
    expect(deadlines).toEqual({
      gti: report.metrics.gti.deadline,
      gtr: report.metrics.gtr.deadline,
    });
    expect([local(deadlines.gti), local(deadlines.gtr)]).toEqual([
      '2026-03-09 08:45',
      '2026-03-12 08:00', // 3 business days: 24 h from Mon 08:00 run out Wed 16:00
    ]);
  });

  it('returns fresh Dates', () => {
    const ticket = { openedAt: MONDAY, priority: 'normal' } as const;
    const first = slaDeadlines(STD, ticket);
    present(first.gti).setTime(0);
    expect(local(slaDeadlines(STD, ticket).gti)).toBe('2026-03-09 09:00');
  });

  it('refuses bad arguments with SlaError codes', () => {
    const cases: [() => unknown, string, string][] = [
      [
        () => slaDeadlines({ ...STD } as Plan, { openedAt: MONDAY, priority: 'high' }),
        'invalid_plan',
        'plan',
      ],
      [
        () => slaDeadlines(STD, { openedAt: '2026-03-09T08:00', priority: 'high' }),
        'invalid_instant',
        'ticket.openedAt',
      ],
      [
        () => slaDeadlines(STD, { openedAt: MONDAY, priority: 'urgent' as 'high' }),
        'invalid_ticket',
        'ticket.priority',
      ],
      [
        () => slaDeadlines(STD, { openedAt: MONDAY, priority: 'high', kind: 'bug' as 'incident' }),
        'invalid_ticket',
        'ticket.kind',
      ],
      [() => slaDeadlines(STD, null as unknown as Ticket), 'invalid_ticket', 'ticket'],
    ];
    for (const [call, code, path] of cases) {
      expect(call).toThrow(SlaError);
      expect(call).toThrow(expect.objectContaining({ code, path }));
    }
  });
});

describe('evaluateTicket arguments', () => {
  const ticket = ticketOf('normal', []);

  it.each([
    [{ now: mq('2026-03-09 07:59') }, 'invalid_argument', 'options.now'],
    [{ now: '2026-03-09T09:00' }, 'invalid_instant', 'options.now'],
    [{ now: Number.NaN }, 'invalid_instant', 'options.now'],
    [{ now: MONDAY, pausing: ['gti', 'sla'] }, 'invalid_argument', 'options.pausing[1]'],
    [{ now: MONDAY, pausing: 5 }, 'invalid_argument', 'options.pausing'],
    [{ now: MONDAY, onPriorityChange: 'reset' }, 'invalid_argument', 'options.onPriorityChange'],
  ])('refuses options %j with %s at %s', (options, code, path) => {
    const call = () => evaluateTicket(STD, ticket, options as unknown as { now: Date });
    expect(call).toThrow(SlaError);
    expect(call).toThrow(expect.objectContaining({ code, path }));
  });

  it('refuses a plan that was not built by the library, and a missing now', () => {
    expect(() => evaluateTicket({ ...STD } as Plan, ticket, { now: MONDAY })).toThrow(
      expect.objectContaining({ code: 'invalid_plan' }),
    );
    expect(() => evaluateTicket(STD, ticket, undefined as unknown as { now: Date })).toThrow(
      SlaError,
    );
  });

  it('refuses events that are not an array', () => {
    const call = () =>
      evaluateTicket(
        STD,
        { ...ticket, events: 'none' as unknown as TicketEvent[] },
        { now: MONDAY },
      );
    expect(call).toThrow(
      expect.objectContaining({ code: 'invalid_ticket', path: 'ticket.events' }),
    );
  });

  it('accepts the instant forms of DESIGN §2 for openedAt, now and event instants', () => {
    const iso = evaluateTicket(
      STD,
      {
        openedAt: '2026-03-09T08:00:00-04:00',
        priority: 'normal',
        events: [{ type: 'responded', at: '2026-03-09T12:20:00Z' }],
      },
      { now: '2026-03-09T13:00:00Z' },
    );
    const epoch = evaluateTicket(
      STD,
      {
        openedAt: MONDAY.getTime(),
        priority: 'normal',
        events: [{ type: 'responded', at: mqMs('2026-03-09 08:20') }],
      },
      { now: { epochMilliseconds: mqMs('2026-03-09 09:00') } },
    );
    expect(iso).toEqual(epoch);
    expect(iso.metrics.gti.elapsed).toBe(20 * MINUTE);
  });
});
