// Hand-checked explanations on the standard plan (Monday–Friday 08:00–16:00 in Martinique, UTC−4,
// FR-MQ holidays). Segments are shown as `kind from→to minutes reason`, in Martinique time.
import { describe, expect, it } from 'vitest';
import {
  type ClockExplanation,
  explainTicket,
  SlaError,
  standardPlan,
  type Ticket,
} from '../../src/index';
import { local, mq } from '../support/sla-fixtures';

const PLAN = standardPlan();

function story(clock: ClockExplanation): string[] {
  return clock.segments.map((s) => {
    const reason =
      s.reason === undefined ? '' : ` ${s.reason.type}${s.reason.name ? ` ${s.reason.name}` : ''}`;
    return `${s.kind} ${local(s.from)}→${local(s.to)} ${s.business / 60_000}${reason}`;
  });
}

describe('explainTicket, hand-checked', () => {
  it('the Friday 15:50 critical ticket: 10 minutes on Friday, the weekend closed, Monday until 11:50', () => {
    const ticket: Ticket = { openedAt: mq('2026-11-27 15:50'), priority: 'critical' };
    const { gtr, gti } = explainTicket(PLAN, ticket, { now: mq('2026-11-30 09:00') }).metrics;
    expect(story(gtr)).toEqual([
      'counted 2026-11-27 15:50→2026-11-27 16:00 10',
      'closed 2026-11-27 16:00→2026-11-30 08:00 0 outside-hours',
      'counted 2026-11-30 08:00→2026-11-30 09:00 60',
      'projected 2026-11-30 09:00→2026-11-30 11:50 170',
    ]);
    expect(local(gtr.deadline)).toBe('2026-11-30 11:50');
    // First contact was due at 08:05 and not made: breached, no projection.
    expect(story(gti).at(-1)).toBe('counted 2026-11-30 08:00→2026-11-30 09:00 60');
    expect(gti.events.map((e) => [e.type, local(e.at)])).toEqual([
      ['opened', '2026-11-27 15:50'],
      ['breached', '2026-11-30 08:05'],
    ]);
  });

  it('across Good Friday and Easter Monday: each holiday named on its own date, in French or English', () => {
    const ticket: Ticket = {
      openedAt: mq('2026-04-02 14:00'),
      priority: 'high',
      events: [{ type: 'responded', at: mq('2026-04-02 14:10') }],
    };
    const english = explainTicket(PLAN, ticket, { now: mq('2026-04-07 09:00'), language: 'en' });
    expect(story(english.metrics.gtr)).toEqual([
      'counted 2026-04-02 14:00→2026-04-02 16:00 120',
      'closed 2026-04-02 16:00→2026-04-03 00:00 0 outside-hours',
      'closed 2026-04-03 00:00→2026-04-04 00:00 0 holiday Good Friday',
      'closed 2026-04-04 00:00→2026-04-06 00:00 0 outside-hours',
      'closed 2026-04-06 00:00→2026-04-07 00:00 0 holiday Easter Monday',
      'closed 2026-04-07 00:00→2026-04-07 08:00 0 outside-hours',
      'counted 2026-04-07 08:00→2026-04-07 09:00 60',
      'projected 2026-04-07 09:00→2026-04-07 14:00 300',
    ]);
    expect(english.metrics.gtr.segments[2]?.reason).toEqual({
      type: 'holiday',
      name: 'Good Friday',
      date: '2026-04-03',
    });
    const french = explainTicket(PLAN, ticket, { now: mq('2026-04-07 09:00'), language: 'fr' });
    expect(french.metrics.gtr.segments[4]?.reason?.name).toBe('Lundi de Pâques');
    // GTI stopped at the first contact: its story ends there.
    expect(story(english.metrics.gti)).toEqual(['counted 2026-04-02 14:00→2026-04-02 14:10 10']);
  });

  it('a pause over a weekend: waiting on the customer counts nothing, whatever the hours', () => {
    const ticket: Ticket = {
      openedAt: mq('2026-11-27 09:00'),
      priority: 'medium',
      events: [
        { type: 'responded', at: mq('2026-11-27 09:10') },
        { type: 'paused', at: mq('2026-11-27 15:00') },
        { type: 'resumed', at: mq('2026-11-30 10:00') },
      ],
    };
    const { gtr } = explainTicket(PLAN, ticket, { now: mq('2026-11-30 11:00') }).metrics;
    expect(story(gtr)).toEqual([
      'counted 2026-11-27 09:00→2026-11-27 15:00 360',
      'paused 2026-11-27 15:00→2026-11-30 10:00 0 waiting',
      'counted 2026-11-30 10:00→2026-11-30 11:00 60',
      // 3 business days = 24 h; 7 h used: 17 h left, Monday 11:00 → Wednesday 12:00.
      'projected 2026-11-30 11:00→2026-11-30 16:00 300',
      'closed 2026-11-30 16:00→2026-12-01 08:00 0 outside-hours',
      'projected 2026-12-01 08:00→2026-12-01 16:00 480',
      'closed 2026-12-01 16:00→2026-12-02 08:00 0 outside-hours',
      'projected 2026-12-02 08:00→2026-12-02 12:00 240',
    ]);
    expect(gtr.events.map((e) => e.type)).toEqual(['opened', 'paused', 'resumed']);
  });

  it('a priority raised mid-way: the event says which target replaced which', () => {
    const ticket: Ticket = {
      openedAt: mq('2026-11-30 08:00'),
      priority: 'normal',
      events: [
        { type: 'responded', at: mq('2026-11-30 08:20') },
        { type: 'priority-changed', at: mq('2026-11-30 10:00'), priority: 'critical' },
      ],
    };
    const { gtr, gti } = explainTicket(PLAN, ticket, { now: mq('2026-11-30 11:00') }).metrics;
    expect(gtr.events[1]).toEqual({
      at: mq('2026-11-30 10:00'),
      type: 'priority-changed',
      priority: { from: 'normal', to: 'critical' },
      target: { from: 7 * 8 * 3_600_000, to: 4 * 3_600_000 },
    });
    expect(story(gtr)).toEqual([
      'counted 2026-11-30 08:00→2026-11-30 11:00 180',
      'projected 2026-11-30 11:00→2026-11-30 12:00 60',
    ]);
    // GTI had stopped: the change does not touch it.
    expect(gti.events.map((e) => e.type)).toEqual(['opened', 'responded']);
  });

  it('with restart, the time before the change is discarded', () => {
    const ticket: Ticket = {
      openedAt: mq('2026-11-30 08:00'),
      priority: 'normal',
      events: [{ type: 'priority-changed', at: mq('2026-11-30 10:00'), priority: 'critical' }],
    };
    const { gtr } = explainTicket(PLAN, ticket, {
      now: mq('2026-11-30 11:00'),
      onPriorityChange: 'restart',
    }).metrics;
    expect(story(gtr)).toEqual([
      'discarded 2026-11-30 08:00→2026-11-30 10:00 120',
      'counted 2026-11-30 10:00→2026-11-30 11:00 60',
      'projected 2026-11-30 11:00→2026-11-30 14:00 180',
    ]);
    expect(gtr.events[1]).toMatchObject({ type: 'priority-changed', restarted: true });
  });

  it('a reopened ticket: the time while resolved is stopped, then the clock runs again', () => {
    const ticket: Ticket = {
      openedAt: mq('2026-11-30 08:00'),
      priority: 'high',
      events: [
        { type: 'responded', at: mq('2026-11-30 08:10') },
        { type: 'resolved', at: mq('2026-11-30 10:00') },
        { type: 'reopened', at: mq('2026-12-01 09:00') },
        { type: 'resolved', at: mq('2026-12-01 10:30') },
      ],
    };
    const { gtr } = explainTicket(PLAN, ticket, { now: mq('2026-12-02 09:00') }).metrics;
    expect(story(gtr)).toEqual([
      'counted 2026-11-30 08:00→2026-11-30 10:00 120',
      'stopped 2026-11-30 10:00→2026-12-01 09:00 0 resolved',
      'counted 2026-12-01 09:00→2026-12-01 10:30 90',
    ]);
    expect(gtr.report).toMatchObject({ status: 'met', elapsed: 210 * 60_000 });
    expect(gtr.events.map((e) => e.type)).toEqual(['opened', 'resolved', 'reopened', 'resolved']);
  });

  it('an override (24 December, mornings only) is given as the reason', () => {
    const plan = standardPlan({ overrides: { '2026-12-24': ['08:00-12:00'] } });
    const ticket: Ticket = { openedAt: mq('2026-12-24 11:00'), priority: 'high' };
    const { gtr } = explainTicket(plan, ticket, { now: mq('2026-12-24 11:30') }).metrics;
    expect(gtr.segments.find((s) => s.reason?.type === 'override')?.reason).toEqual({
      type: 'override',
      date: '2026-12-24',
    });
  });

  it('refuses an unknown language', () => {
    const ticket: Ticket = { openedAt: mq('2026-11-30 08:00'), priority: 'high' };
    expect(() =>
      explainTicket(PLAN, ticket, { now: mq('2026-11-30 09:00'), language: 'de' as 'fr' }),
    ).toThrow(SlaError);
  });
});
