// Two corrections of the clock rules (issue 8), each with its mirrors, on `standardPlan()` in
// Martinique (UTC−4). Monday 30 November 2026 is an ordinary working Monday.
//
// 1. A priority change that keeps the elapsed time is not a restart: a clock that is paused (or
//    stopped while paused) when the change comes keeps its deadline counted from its last real
//    (re)start, exactly as if the ticket had been opened with the new priority.
// 2. `breachedAt` is the first instant of the clock's present, uninterrupted breach, judged at
//    each moment by the target then in force.
import { describe, expect, it } from 'vitest';
import { standardPlan, type Ticket, type TicketEvent } from '../../src/index';
import { evaluateAt, HOUR, MINUTE, mq, view } from '../support/sla-fixtures';

const STD = standardPlan();
const MONDAY = mq('2026-11-30 08:00');

const ticketOf = (priority: Ticket['priority'], events: TicketEvent[]): Ticket => ({
  openedAt: MONDAY,
  priority,
  events,
});

describe('a keep-elapsed priority change made while a clock is paused moves nothing but its target', () => {
  it('GTR stopped while paused: deadline Tuesday 08:00, as if opened high (the case of the issue)', () => {
    const changed = ticketOf('critical', [
      { type: 'paused', at: mq('2026-11-30 09:00') },
      { type: 'priority-changed', at: mq('2026-12-01 12:00'), priority: 'high' },
      { type: 'resolved', at: mq('2026-12-02 12:00') },
    ]);
    const gtr = view(evaluateAt(STD, changed, '2026-12-03 09:00').metrics.gtr);
    expect(gtr).toMatchObject({
      state: 'stopped',
      status: 'met',
      target: 8 * HOUR,
      elapsed: HOUR,
      deadline: '2026-12-01 08:00',
      atRiskAt: '2026-11-30 14:00',
    });
    const openedHigh = ticketOf('high', [
      { type: 'paused', at: mq('2026-11-30 09:00') },
      { type: 'resolved', at: mq('2026-12-02 12:00') },
    ]);
    expect(gtr).toEqual(view(evaluateAt(STD, openedHigh, '2026-12-03 09:00').metrics.gtr));
  });

  it('the day of the change does not matter', () => {
    const deadlines = ['2026-12-01 12:00', '2026-12-02 10:00'].map((changedAt) => {
      const ticket = ticketOf('critical', [
        { type: 'paused', at: mq('2026-11-30 09:00') },
        { type: 'priority-changed', at: mq(changedAt), priority: 'high' },
        { type: 'resolved', at: mq('2026-12-02 12:00') },
      ]);
      return view(evaluateAt(STD, ticket, '2026-12-03 09:00').metrics.gtr).deadline;
    });
    expect(deadlines).toEqual(['2026-12-01 08:00', '2026-12-01 08:00']);
  });

  it('a paused GTR resumed after the change counts on from where it stopped', () => {
    // 1 h used Monday; resumed Wednesday 08:00 with 7 h left: due Wednesday 15:00.
    const ticket = ticketOf('critical', [
      { type: 'paused', at: mq('2026-11-30 09:00') },
      { type: 'priority-changed', at: mq('2026-12-01 12:00'), priority: 'high' },
      { type: 'resumed', at: mq('2026-12-02 08:00') },
    ]);
    expect(view(evaluateAt(STD, ticket, '2026-12-02 09:00').metrics.gtr)).toMatchObject({
      state: 'running',
      elapsed: 2 * HOUR,
      deadline: '2026-12-02 15:00',
    });
  });

  it("GTI with pausing: ['gti', 'gtr'] and responded while paused: due 08:30, as if opened high", () => {
    const options = { pausing: ['gti', 'gtr'] as const };
    const changed = ticketOf('critical', [
      { type: 'paused', at: mq('2026-11-30 08:05') },
      { type: 'priority-changed', at: mq('2026-12-01 12:00'), priority: 'high' },
      { type: 'responded', at: mq('2026-12-02 12:00') },
    ]);
    const gti = view(evaluateAt(STD, changed, '2026-12-03 09:00', options).metrics.gti);
    expect(gti).toMatchObject({
      state: 'stopped',
      status: 'met',
      target: 30 * MINUTE,
      elapsed: 5 * MINUTE,
      deadline: '2026-11-30 08:30',
      atRiskAt: '2026-11-30 08:22:30.000',
    });
    const openedHigh = ticketOf('high', [
      { type: 'paused', at: mq('2026-11-30 08:05') },
      { type: 'responded', at: mq('2026-12-02 12:00') },
    ]);
    expect(gti).toEqual(view(evaluateAt(STD, openedHigh, '2026-12-03 09:00', options).metrics.gti));
  });
});

describe('breachedAt keeps the start of the breach', () => {
  it('critical GTI past 15 min at 08:15, lowered to high (30 min) at 09:00: still breached since 08:15', () => {
    const ticket = ticketOf('critical', [
      { type: 'priority-changed', at: mq('2026-11-30 09:00'), priority: 'high' },
    ]);
    expect(view(evaluateAt(STD, ticket, '2026-11-30 09:30').metrics.gti)).toMatchObject({
      status: 'breached',
      target: 30 * MINUTE,
      elapsed: 90 * MINUTE,
      breachedAt: '2026-11-30 08:15',
    });
  });

  it('a change that lowers the priority clears the breach; a later raise starts a new one at the change', () => {
    const lowered = ticketOf('critical', [
      { type: 'priority-changed', at: mq('2026-11-30 08:40'), priority: 'normal' },
    ]);
    expect(view(evaluateAt(STD, lowered, '2026-11-30 08:41').metrics.gti)).toMatchObject({
      status: 'on-track',
      breachedAt: null,
    });
    const raisedAgain = ticketOf('critical', [
      { type: 'priority-changed', at: mq('2026-11-30 08:40'), priority: 'normal' },
      { type: 'priority-changed', at: mq('2026-11-30 08:50'), priority: 'critical' },
    ]);
    expect(view(evaluateAt(STD, raisedAgain, '2026-11-30 09:00').metrics.gti)).toMatchObject({
      status: 'breached',
      breachedAt: '2026-11-30 08:50',
    });
  });

  it('a raise that breaches gives the change; a second raise keeps that start', () => {
    // Normal GTI (1 h): at 08:50 raised to medium (45 min), 50 min used → breached at 08:50.
    const events: TicketEvent[] = [
      { type: 'priority-changed', at: mq('2026-11-30 08:50'), priority: 'medium' },
    ];
    const once = evaluateAt(STD, ticketOf('normal', events), '2026-11-30 08:55');
    expect(view(once.metrics.gti)).toMatchObject({
      status: 'breached',
      breachedAt: '2026-11-30 08:50',
    });
    const twice = ticketOf('normal', [
      ...events,
      { type: 'priority-changed', at: mq('2026-11-30 09:00'), priority: 'high' },
      { type: 'priority-changed', at: mq('2026-11-30 09:10'), priority: 'critical' },
    ]);
    expect(view(evaluateAt(STD, twice, '2026-11-30 09:30').metrics.gti)).toMatchObject({
      status: 'breached',
      target: 15 * MINUTE,
      breachedAt: '2026-11-30 08:50',
    });
  });

  it('a breach that outlasts a change applied at reopening keeps its start', () => {
    // High GTR (8 h): 10 h used when resolved Tuesday 10:00, past its target since Tuesday 08:00
    // (the last instant with 8 h used). Raised to critical while resolved, reopened at 12:00.
    const ticket = ticketOf('high', [
      { type: 'responded', at: mq('2026-11-30 08:10') },
      { type: 'resolved', at: mq('2026-12-01 10:00') },
      { type: 'priority-changed', at: mq('2026-12-01 11:00'), priority: 'critical' },
      { type: 'reopened', at: mq('2026-12-01 12:00') },
    ]);
    expect(view(evaluateAt(STD, ticket, '2026-12-01 13:00').metrics.gtr)).toMatchObject({
      state: 'running',
      status: 'breached',
      target: 4 * HOUR,
      elapsed: 11 * HOUR,
      breachedAt: '2026-12-01 08:00',
    });
  });

  it('a reopening that applies a change made while resolved can start the breach', () => {
    // Normal GTR (7 business days): 5 h used when resolved at 13:00; raised to critical (4 h)
    // while resolved; reopened Tuesday 09:00 → past its new target from the reopening.
    const ticket = ticketOf('normal', [
      { type: 'responded', at: mq('2026-11-30 08:10') },
      { type: 'resolved', at: mq('2026-11-30 13:00') },
      { type: 'priority-changed', at: mq('2026-11-30 14:00'), priority: 'critical' },
      { type: 'reopened', at: mq('2026-12-01 09:00') },
    ]);
    expect(view(evaluateAt(STD, ticket, '2026-12-01 09:30').metrics.gtr)).toMatchObject({
      status: 'breached',
      elapsed: 5.5 * HOUR,
      breachedAt: '2026-12-01 09:00',
    });
  });
});
