// Issue 4, "How it is tested": the seed table as fixed cases on the standard and premium plans.
// Every instant is a Martinique wall time (UTC−4, no DST). Standard plan: Monday–Friday
// 08:00–16:00, closed on FR-MQ holidays (an 8-hour business day); premium: 24/7 (a 24-hour
// business day). Targets (DESIGN §1): GTI normal 1 h, medium 45 min, high 30 min, critical 15 min;
// GTR normal 7, medium 3, high 1 business days, critical 4 h. At risk past 0.75 of the target.
//
// The standard-plan cases run twice: with `standardPlan()` (the built-in FR-MQ calendar) and
// with the FR-MQ 2026 holidays given as explicit dates; both must give the same answers.
import { describe, expect, it } from 'vitest';
import { premiumPlan, slaDeadlines, type Ticket } from '../../src/index';
import {
  evaluateAt,
  HOUR,
  local,
  MINUTE,
  mq,
  STANDARD_PLANS,
  statuses,
  view,
} from '../support/sla-fixtures';

/** Both deadlines of a new ticket as Martinique wall times. */
function deadlines(
  plan: Parameters<typeof slaDeadlines>[0],
  ticket: Parameters<typeof slaDeadlines>[1],
) {
  const { gti, gtr } = slaDeadlines(plan, ticket);
  return { gti: local(gti), gtr: local(gtr) };
}

/** The seed table's tickets, asked of both plans. */
const SEED = {
  criticalIncidentFridayEvening: {
    openedAt: mq('2026-11-27 15:50'),
    priority: 'critical',
    kind: 'incident',
  },
  normalRequestSaturday: { openedAt: mq('2026-11-28 10:00'), priority: 'normal', kind: 'request' },
  highIncidentOnHoliday: { openedAt: mq('2026-05-22 09:00'), priority: 'high', kind: 'incident' },
  highPausedTwoDays: {
    openedAt: mq('2026-03-10 09:00'),
    priority: 'high',
    events: [
      { type: 'responded', at: mq('2026-03-10 09:20') },
      { type: 'paused', at: mq('2026-03-10 10:00') },
      { type: 'resumed', at: mq('2026-03-12 10:00') },
    ],
  },
  normalResolvedThenReopened: {
    openedAt: mq('2026-03-09 08:00'),
    priority: 'normal',
    events: [
      { type: 'responded', at: mq('2026-03-09 08:30') },
      { type: 'resolved', at: mq('2026-03-10 10:00') },
      { type: 'reopened', at: mq('2026-03-12 10:00') },
    ],
  },
  normalWaitingOnCustomer: {
    openedAt: mq('2026-03-09 08:00'),
    priority: 'normal',
    events: [
      { type: 'paused', at: mq('2026-03-09 08:20') },
      { type: 'resumed', at: mq('2026-03-09 10:00') },
    ],
  },
} satisfies Record<string, Ticket>;

describe.each(STANDARD_PLANS)('seed table on the standard plan: %s', (_name, makePlan) => {
  const plan = () => makePlan();

  it('has the target table of DESIGN §1 (business days: 8-hour days)', () => {
    const targets = Object.fromEntries(
      (['normal', 'medium', 'high', 'critical'] as const).map((priority) => {
        const opened = { openedAt: mq('2026-03-09 08:00'), priority };
        const { gti, gtr } = evaluateAt(plan(), opened, '2026-03-09 08:00').metrics;
        return [priority, [(gti.target ?? 0) / MINUTE, (gtr.target ?? 0) / HOUR]];
      }),
    );
    expect(targets).toEqual({
      normal: [60, 7 * 8],
      medium: [45, 3 * 8],
      high: [30, 8],
      critical: [15, 4],
    });
  });

  describe('a critical incident opened Friday 2026-11-27 15:50', () => {
    const ticket = SEED.criticalIncidentFridayEvening;

    it('is due Monday 08:05 (GTI) and Monday 11:50 (GTR)', () => {
      // GTI 15 min: Fri 15:50–16:00 = 10 min, closed Sat–Sun, Mon 30 08:00 + 5 min = 08:05.
      // GTR 4 h: Fri 10 min, then Mon 08:00 + 3 h 50 min = 11:50.
      expect(deadlines(plan(), ticket)).toEqual({
        gti: '2026-11-30 08:05',
        gtr: '2026-11-30 11:50',
      });
    });

    it('is at risk past Monday 08:01:15 (GTI) and Monday 10:50 (GTR)', () => {
      // At risk past 0.75 × 15 min = 11 min 15 s: 10 min Fri + 1 min 15 s Mon → 08:01:15.
      // GTR: 0.75 × 4 h = 3 h: 10 min Fri + 2 h 50 Mon → 10:50.
      const report = evaluateAt(plan(), ticket, '2026-11-28 12:00'); // Saturday: nothing counts
      expect(view(report.metrics.gti)).toEqual({
        state: 'running',
        status: 'on-track',
        target: 15 * MINUTE,
        elapsed: 10 * MINUTE,
        remaining: 5 * MINUTE,
        percentUsed: (100 * 10) / 15,
        breached: false,
        deadline: '2026-11-30 08:05',
        atRiskAt: '2026-11-30 08:01:15.000',
        breachedAt: null,
        nextChangeAt: '2026-11-30 08:01:15.000',
      });
      expect(local(report.metrics.gtr.atRiskAt)).toBe('2026-11-30 10:50');
    });

    it('responded Monday 08:03, evaluated Monday 11:00: GTI met, GTR at risk until 11:50', () => {
      // GTI elapsed: 10 min Fri + 3 min Mon = 13 min ≤ 15 min → met.
      // GTR elapsed at 11:00: 10 min + 3 h = 3 h 10 min > 3 h (at risk) and ≤ 4 h.
      const report = evaluateAt(
        plan(),
        { ...ticket, events: [{ type: 'responded', at: mq('2026-11-30 08:03') }] },
        '2026-11-30 11:00',
      );
      expect(view(report.metrics.gti)).toMatchObject({
        state: 'stopped',
        status: 'met',
        elapsed: 13 * MINUTE,
        nextChangeAt: null,
      });
      expect(view(report.metrics.gtr)).toEqual({
        state: 'running',
        status: 'at-risk',
        target: 4 * HOUR,
        elapsed: 3 * HOUR + 10 * MINUTE,
        remaining: 50 * MINUTE,
        percentUsed: (100 * 190) / 240,
        breached: false,
        deadline: '2026-11-30 11:50',
        atRiskAt: '2026-11-30 10:50',
        breachedAt: null,
        nextChangeAt: '2026-11-30 11:50',
      });
    });
  });

  describe('a normal request opened Saturday 2026-11-28 10:00', () => {
    const ticket = SEED.normalRequestSaturday;

    it('counts from Monday 08:00: GTI Monday 09:00, GTR Wednesday 9 December 08:00', () => {
      // GTI 1 h from the next opening, Mon 30 08:00 → 09:00.
      // GTR 7 business days: from Mon 30 08:00 step 7 open dates (Tue 1, Wed 2, Thu 3, Fri 4,
      // Mon 7, Tue 8, Wed 9) → Wed 9 Dec 08:00; as business time: 7 × 8 h = 56 h, which runs out
      // at Tue 8 16:00, so it is due at the next opening, Wed 9 08:00.
      expect(deadlines(plan(), ticket)).toEqual({
        gti: '2026-11-30 09:00',
        gtr: '2026-12-09 08:00',
      });
    });

    it('has used nothing by Monday 08:00 and turns 7 business days into 56 business hours', () => {
      const report = evaluateAt(plan(), ticket, '2026-11-30 08:00');
      expect(report.metrics.gti.elapsed).toBe(0);
      expect(report.metrics.gtr.elapsed).toBe(0);
      expect(report.metrics.gtr.target).toBe(56 * HOUR);
      // At risk past 0.75 × 56 h = 42 h = 5 days (Mon 30 → Fri 4) + 2 h → Mon 7 10:00.
      expect(local(report.metrics.gtr.atRiskAt)).toBe('2026-12-07 10:00');
      expect(statuses(report)).toEqual(['on-track', 'on-track']);
    });
  });

  describe('a high incident opened on 22 May 2026 (a FR-MQ holiday, a Friday)', () => {
    const ticket = SEED.highIncidentOnHoliday;

    it('counts from Tuesday 26 May 08:00 (22 May holiday, weekend, 25 May Whit Monday)', () => {
      // GTI 30 min from Tue 26 08:00 → 08:30.
      // GTR 1 business day: Tue 26 08:00 + 1 open date = Wed 27 08:00 (8 h, running out at
      // Tue 16:00, due at the next opening).
      expect(deadlines(plan(), ticket)).toEqual({
        gti: '2026-05-26 08:30',
        gtr: '2026-05-27 08:00',
      });
    });

    it('has counted nothing on the holiday, the weekend and Whit Monday', () => {
      const report = evaluateAt(plan(), ticket, '2026-05-26 08:00');
      expect(report.metrics.gti.elapsed).toBe(0);
      expect(report.metrics.gtr.elapsed).toBe(0);
      expect(report.metrics.gtr.target).toBe(8 * HOUR);
    });
  });

  describe('a high ticket paused for two days waiting on the customer', () => {
    // Opened Tue 10 March 09:00, first contact 09:20, paused Tue 10:00 (GTR elapsed 1 h),
    // resumed Thu 12 March 10:00. GTR target: 1 business day from Tue 09:00 = Wed 09:00 = 8 h.
    const ticket = SEED.highPausedTwoDays;

    it('while paused: GTR frozen at 1 h, no deadline and no wake-up', () => {
      const report = evaluateAt(plan(), ticket, '2026-03-11 12:00');
      expect(view(report.metrics.gti)).toMatchObject({
        state: 'stopped',
        status: 'met',
        elapsed: 20 * MINUTE,
      });
      expect(view(report.metrics.gtr)).toEqual({
        state: 'paused',
        status: 'on-track',
        target: 8 * HOUR,
        elapsed: HOUR,
        remaining: 7 * HOUR,
        percentUsed: 12.5,
        breached: false,
        deadline: null,
        atRiskAt: null,
        breachedAt: null,
        nextChangeAt: null,
      });
    });

    it('after resuming: due Friday 13 March 09:00 instead of Wednesday 11 09:00', () => {
      // 7 h left at Thu 10:00: Thu 10:00–16:00 = 6 h, Fri 08:00 + 1 h = 09:00.
      // At risk past 6 h: 5 h after Thu 10:00 → Thu 15:00.
      const report = evaluateAt(plan(), ticket, '2026-03-12 14:00');
      expect(view(report.metrics.gtr)).toMatchObject({
        state: 'running',
        status: 'on-track',
        elapsed: 5 * HOUR,
        deadline: '2026-03-13 09:00',
        atRiskAt: '2026-03-12 15:00',
        nextChangeAt: '2026-03-12 15:00',
      });
      const unpaused = evaluateAt(
        plan(),
        { ...ticket, events: ticket.events?.slice(0, 1) ?? [] },
        '2026-03-10 12:00',
      );
      expect(local(unpaused.metrics.gtr.deadline)).toBe('2026-03-11 09:00');
    });

    it('is at risk, not breached, at Friday 09:00 and breached 1 ms later', () => {
      const atDeadline = evaluateAt(plan(), ticket, '2026-03-13 09:00');
      expect(atDeadline.metrics.gtr).toMatchObject({
        elapsed: 8 * HOUR,
        breached: false,
        status: 'at-risk',
      });
      const after = evaluateAt(plan(), ticket, '2026-03-13 09:00:00.001');
      expect(view(after.metrics.gtr)).toMatchObject({
        status: 'breached',
        breached: true,
        elapsed: 8 * HOUR + 1,
        remaining: -1,
        breachedAt: '2026-03-13 09:00',
        nextChangeAt: null,
      });
    });
  });

  describe('a medium ticket raised to critical after 5 business hours', () => {
    // Opened Fri 6 March 14:00, first contact 14:30; business hours: Fri 14:00–16:00 (2 h) and
    // Mon 9 March 08:00–11:00 (3 h); raised to critical at Mon 11:00. GTR medium target: 3
    // business days from Fri 14:00 → Wed 11 14:00 = 24 h; critical: 4 h.
    const ticket: Ticket = {
      openedAt: mq('2026-03-06 14:00'),
      priority: 'medium',
      events: [
        { type: 'responded', at: mq('2026-03-06 14:30') },
        { type: 'priority-changed', at: mq('2026-03-09 11:00'), priority: 'critical' },
      ],
    };

    it('is on track as medium just before the change', () => {
      const report = evaluateAt(plan(), ticket, '2026-03-09 10:59');
      expect(report.priority).toBe('medium');
      expect(report.metrics.gtr).toMatchObject({
        target: 24 * HOUR,
        elapsed: 4 * HOUR + 59 * MINUTE,
      });
      expect(report.metrics.gtr.status).toBe('on-track');
    });

    it('GTR is breached at the change: breachedAt = the change, deadline = where 4 h ran out', () => {
      // Elapsed 5 h > 4 h. The 4 h ran out at Mon 10:00 (2 h Fri + 2 h Mon).
      const report = evaluateAt(plan(), ticket, '2026-03-09 11:00');
      expect(report.priority).toBe('critical');
      expect(view(report.metrics.gtr)).toEqual({
        state: 'running',
        status: 'breached',
        target: 4 * HOUR,
        elapsed: 5 * HOUR,
        remaining: -HOUR,
        percentUsed: 125,
        breached: true,
        deadline: '2026-03-09 10:00',
        atRiskAt: '2026-03-09 09:00',
        breachedAt: '2026-03-09 11:00',
        nextChangeAt: null,
      });
      // The first contact was made as medium (30 min ≤ 45 min): a stopped clock keeps its target.
      expect(view(report.metrics.gti)).toMatchObject({
        status: 'met',
        target: 45 * MINUTE,
        elapsed: 30 * MINUTE,
      });
    });

    it('with onPriorityChange: restart, GTR starts again from zero at the change', () => {
      // 4 h from Mon 11:00: 11:00–15:00. At 12:00: 1 h used; at risk past 3 h → 14:00.
      const report = evaluateAt(plan(), ticket, '2026-03-09 12:00', {
        onPriorityChange: 'restart',
      });
      expect(view(report.metrics.gtr)).toMatchObject({
        status: 'on-track',
        target: 4 * HOUR,
        elapsed: HOUR,
        deadline: '2026-03-09 15:00',
        atRiskAt: '2026-03-09 14:00',
        breachedAt: null,
        nextChangeAt: '2026-03-09 14:00',
      });
      expect(report.metrics.gti).toMatchObject({ status: 'met', target: 45 * MINUTE });
    });
  });

  describe('a resolved-then-reopened normal request', () => {
    // Opened Mon 9 March 08:00, first contact 08:30, resolved Tue 10 10:00 (GTR: 8 h + 2 h =
    // 10 h), reopened Thu 12 10:00. GTR target: 7 business days from Mon 08:00 → Wed 18 08:00 =
    // 56 h.
    const ticket = SEED.normalResolvedThenReopened;

    it('while resolved: both clocks stopped and met, nothing more counts', () => {
      const report = evaluateAt(plan(), ticket, '2026-03-11 12:00');
      expect(view(report.metrics.gtr)).toMatchObject({
        state: 'stopped',
        status: 'met',
        elapsed: 10 * HOUR,
        nextChangeAt: null,
      });
      expect(report.metrics.gti).toMatchObject({
        state: 'stopped',
        status: 'met',
        elapsed: 30 * MINUTE,
      });
    });

    it('reopened: GTR runs again without the 2 days in between; GTI stays met', () => {
      // At Thu 12:00: 10 h + 2 h = 12 h. 46 h left at Thu 10:00: Thu 6 h, Fri 13 8 h, Mon 16,
      // Tue 17, Wed 18 8 h each (38 h), Thu 19 8 h → runs out Thu 19 16:00 → Fri 20 08:00.
      // At risk past 42 h: 32 h after Thu 10:00 → Thu 6, Fri 8, Mon 8, Tue 8 (30) → Wed 18 10:00.
      const report = evaluateAt(plan(), ticket, '2026-03-12 12:00');
      expect(view(report.metrics.gtr)).toMatchObject({
        state: 'running',
        status: 'on-track',
        target: 56 * HOUR,
        elapsed: 12 * HOUR,
        remaining: 44 * HOUR,
        deadline: '2026-03-20 08:00',
        atRiskAt: '2026-03-18 10:00',
        nextChangeAt: '2026-03-18 10:00',
      });
      expect(report.metrics.gti).toMatchObject({
        state: 'stopped',
        status: 'met',
        elapsed: 30 * MINUTE,
      });
    });
  });
  describe('options: pausing both clocks, and a kind override', () => {
    it("pausing: ['gti', 'gtr'] stops GTI too while waiting on the customer", () => {
      // Normal, opened Mon 9 March 08:00, paused 08:20, resumed 10:00; at 10:30: GTI 20 + 30 =
      // 50 min (at risk past 45 min: 10:25); 40 min left at 10:00 → due 10:40.
      // By default GTI keeps running: 150 min, breached since 09:00.
      const ticket = SEED.normalWaitingOnCustomer;
      const both = evaluateAt(plan(), ticket, '2026-03-09 10:30', { pausing: ['gti', 'gtr'] });
      expect(view(both.metrics.gti)).toMatchObject({
        status: 'at-risk',
        elapsed: 50 * MINUTE,
        deadline: '2026-03-09 10:40',
        atRiskAt: '2026-03-09 10:25',
      });
      const byDefault = evaluateAt(plan(), ticket, '2026-03-09 10:30');
      expect(view(byDefault.metrics.gti)).toMatchObject({
        status: 'breached',
        elapsed: 150 * MINUTE,
        breachedAt: '2026-03-09 09:00',
      });
      expect(both.metrics.gtr.elapsed).toBe(50 * MINUTE);
      expect(byDefault.metrics.gtr.elapsed).toBe(50 * MINUTE);
    });

    it('kinds: { incident: { high: { gtr: 4 h } } } applies to high incidents only', () => {
      // High incident opened Fri 27 Nov 15:50: GTR 4 h → Mon 11:50 (as the critical case);
      // a high request keeps 1 business day: Fri 15:50 → Mon 30 15:50.
      const withKinds = makePlan({ kinds: { incident: { high: { gtr: { hours: 4 } } } } });
      const opened = { openedAt: mq('2026-11-27 15:50'), priority: 'high' } as const;
      expect(deadlines(withKinds, { ...opened, kind: 'incident' })).toEqual({
        gti: '2026-11-30 08:20',
        gtr: '2026-11-30 11:50',
      });
      expect(deadlines(withKinds, { ...opened, kind: 'request' })).toEqual({
        gti: '2026-11-30 08:20',
        gtr: '2026-11-30 15:50',
      });
    });
  });
});

describe('seed table on the premium plan (24/7)', () => {
  const plan = premiumPlan();
  // Medium, opened Fri 6 March 14:00, raised to critical at 19:00: every hour counts.
  const raisedAfterFiveHours: Ticket = {
    openedAt: mq('2026-03-06 14:00'),
    priority: 'medium',
    events: [
      { type: 'responded', at: mq('2026-03-06 14:30') },
      { type: 'priority-changed', at: mq('2026-03-06 19:00'), priority: 'critical' },
    ],
  };

  it('a critical incident opened Friday 15:50 is due Friday 16:05 and 19:50', () => {
    // GTI: 15:50 + 15 min; GTR: 15:50 + 4 h (every hour counts).
    expect(deadlines(plan, SEED.criticalIncidentFridayEvening)).toEqual({
      gti: '2026-11-27 16:05',
      gtr: '2026-11-27 19:50',
    });
  });

  it('a normal request opened Saturday 10:00 is due Saturday 11:00 and Saturday 5 December 10:00', () => {
    // GTR: 7 business days of 24 h = 168 h.
    const ticket = SEED.normalRequestSaturday;
    expect(deadlines(plan, ticket)).toEqual({ gti: '2026-11-28 11:00', gtr: '2026-12-05 10:00' });
    expect(evaluateAt(plan, ticket, '2026-11-28 10:00').metrics.gtr.target).toBe(168 * HOUR);
  });

  it('a high incident opened on 22 May 09:00 counts at once: due 09:30 and Saturday 23 09:00', () => {
    expect(deadlines(plan, SEED.highIncidentOnHoliday)).toEqual({
      gti: '2026-05-22 09:30',
      gtr: '2026-05-23 09:00',
    });
  });

  it('a high ticket paused for two days: due Friday 09:00 (23 h left at Thursday 10:00)', () => {
    // Target 24 h; 1 h used Tue 09:00–10:00; paused until Thu 10:00; 10:00 + 23 h = Fri 09:00.
    // At risk past 18 h: 17 h after Thu 10:00 → Fri 03:00.
    const report = evaluateAt(plan, SEED.highPausedTwoDays, '2026-03-12 12:00');
    expect(view(report.metrics.gtr)).toMatchObject({
      target: 24 * HOUR,
      elapsed: 3 * HOUR,
      deadline: '2026-03-13 09:00',
      atRiskAt: '2026-03-13 03:00',
    });
  });

  it('a medium ticket raised to critical after 5 hours is breached at the change', () => {
    // Opened Fri 14:00, raised at 19:00: 5 h > 4 h; the 4 h ran out at 18:00.
    const report = evaluateAt(plan, raisedAfterFiveHours, '2026-03-06 19:30');
    expect(view(report.metrics.gtr)).toMatchObject({
      status: 'breached',
      elapsed: 5 * HOUR + 30 * MINUTE,
      deadline: '2026-03-06 18:00',
      breachedAt: '2026-03-06 19:00',
    });
  });

  it('a resolved-then-reopened normal request loses the time it was resolved', () => {
    // 26 h used Mon 08:00 → Tue 10:00; resolved until Thu 10:00; at Thu 12:00: 28 h.
    // 142 h left at Thu 10:00 → Wed 18 08:00 (the original Mon 16 08:00 plus the 48 h resolved).
    const report = evaluateAt(plan, SEED.normalResolvedThenReopened, '2026-03-12 12:00');
    expect(view(report.metrics.gtr)).toMatchObject({
      target: 168 * HOUR,
      elapsed: 28 * HOUR,
      deadline: '2026-03-18 08:00',
    });
  });

  it('restart: a medium ticket raised to critical at 19:00 restarts GTR, due 23:00', () => {
    const report = evaluateAt(plan, raisedAfterFiveHours, '2026-03-06 19:30', {
      onPriorityChange: 'restart',
    });
    expect(view(report.metrics.gtr)).toMatchObject({
      status: 'on-track',
      elapsed: 30 * MINUTE,
      deadline: '2026-03-06 23:00',
      atRiskAt: '2026-03-06 22:00',
    });
  });

  it("pausing: ['gti', 'gtr']: GTI 50 min at 10:30, due 10:40", () => {
    const report = evaluateAt(plan, SEED.normalWaitingOnCustomer, '2026-03-09 10:30', {
      pausing: ['gti', 'gtr'],
    });
    expect(view(report.metrics.gti)).toMatchObject({
      elapsed: 50 * MINUTE,
      deadline: '2026-03-09 10:40',
    });
  });

  it('a kind override: a high incident opened Friday 15:50 is resolved by 19:50', () => {
    const withKinds = premiumPlan({ kinds: { incident: { high: { gtr: 'PT4H' } } } });
    const opened = { openedAt: mq('2026-11-27 15:50'), priority: 'high' } as const;
    expect(deadlines(withKinds, { ...opened, kind: 'incident' }).gtr).toBe('2026-11-27 19:50');
    expect(deadlines(withKinds, { ...opened, kind: 'request' }).gtr).toBe('2026-11-28 15:50');
  });

  it('has the target table of DESIGN §1', () => {
    const opened = mq('2026-03-09 08:00');
    const targets = Object.fromEntries(
      (['normal', 'medium', 'high', 'critical'] as const).map((priority) => {
        const { gti, gtr } = evaluateAt(
          plan,
          { openedAt: opened, priority },
          '2026-03-09 08:00',
        ).metrics;
        return [priority, [(gti.target ?? 0) / MINUTE, (gtr.target ?? 0) / HOUR]];
      }),
    );
    expect(targets).toEqual({
      normal: [60, 7 * 24],
      medium: [45, 3 * 24],
      high: [30, 24],
      critical: [15, 4],
    });
  });
});
