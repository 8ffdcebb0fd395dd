// Hand-worked cases of DESIGN §13's cycles on the reference model alone
// (test/support/cycle-model.ts), so that the model is trusted before it judges the library; and
// gti/gtr written as data against the §8 model (test/support/sla-model.ts) on random tickets.
// Notation: test/support/cycle-model-cases.ts. Fine points: cycle-model-fine-points.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_METRIC_DATA } from '../support/builtin-metric-data';
import { modelMetrics } from '../support/cycle-model';
import {
  agent,
  e,
  type Metric,
  NEXT_REPLY,
  OPENED,
  PERIODIC,
  REQUESTER_WAIT,
  run,
  status,
  WEEKDAYS,
} from '../support/cycle-model-cases';
import { itHolds } from '../support/fast-check-settings';
import { modelInputOfScenario } from '../support/metric-inputs';
import { planOf, scenarioArb, ticketOf } from '../support/sla-arbitraries';
import { HOUR } from '../support/sla-fixtures';
import { modelEvaluate } from '../support/sla-model';

describe('the §13 reference model, by hand: cycles', () => {
  it('next-reply: a cycle per public requester reply, stopped by a public agent reply', () => {
    const requester = (when: string, more = {}) => e('replied', when, { by: 'requester', ...more });
    const log = [
      requester('2 00:10'),
      agent('2 00:40'),
      requester('2 01:00', { public: false }),
      requester('2 01:30'),
      requester('2 02:00'),
    ];
    const later = run(NEXT_REPLY, log, '2 03:00');
    expect(later.cycles).toEqual([
      '2 00:10–2 00:40 met 30/60 d 2 01:10 b -',
      '2 01:30–- breached 90/60 d 2 02:30 b 2 02:30',
    ]);
    expect(later.line).toBe('running breached 90/60 d 2 02:30 r 2 02:15 b 2 02:30 n - ever');
    expect(later.alerts).toEqual(['at-risk 2 02:15 passed']);
    expect(run(NEXT_REPLY, log, '2 02:00').line).toBe(
      'running on-track 30/60 d 2 02:30 r 2 02:15 b - n 2 02:15',
    );
  });

  it('periodic-update in business hours: a reply ends a cycle and starts the next one', () => {
    const log = [agent('2 15:00'), agent('3 09:00'), status('3 12:00', 'solved')];
    const r = run(PERIODIC, log, '3 14:00', { schedule: WEEKDAYS, targets: { P1: 2 * HOUR } });
    expect(r.cycles).toEqual([
      '2 15:00–3 09:00 met 120/120 d 3 09:00 b -', // stopped at its deadline: met
      '3 09:00–3 12:00 missed 180/120 d 3 11:00 b 3 11:00',
    ]);
    expect(r.line).toBe('stopped missed 180/120 d 3 11:00 r 3 10:30 b 3 11:00 n - ever');
    expect(r.alerts).toEqual(['at-risk 3 10:30 passed']);
  });

  it('pausable-update: status pending pauses the cycle, judged after the event', () => {
    const metric: Metric = { ...PERIODIC, pause: [{ status: ['pending'] }] };
    const log = [agent('2 00:10'), status('2 00:30', 'pending'), status('2 01:30', 'open')];
    const paused = run(metric, log, '2 01:00');
    expect(paused.line).toBe('paused on-track 20/60 d - r - b - n -');
    expect(paused.alerts).toEqual(['at-risk -']);
    expect(run(metric, log, '2 01:50').line).toBe(
      'running on-track 40/60 d 2 02:10 r 2 01:55 b - n 2 01:55',
    );
    const pending = run(metric, [agent('2 00:10')], '2 00:20', { status: 'pending' });
    expect(pending.line).toBe('paused on-track 0/60 d - r - b - n -');
  });

  it('reset: elapsed restarts, startedAt stays, a business-day target is converted again', () => {
    const metric: Metric = {
      start: [OPENED],
      stop: [{ event: 'resolved' }],
      reset: [{ event: 'assigned' }],
    };
    const options = { schedule: WEEKDAYS, targets: { P1: { businessDays: 1 } }, opened: '2 10:00' };
    const r = run(metric, [e('assigned', '3 14:00', { group: 'l2' })], '4 11:00', options);
    // 12 h counted before the reset, past the 8 h target (ever breached); then 2 h + 3 h against
    // Tuesday 14:00 + 1 business day = Thursday 08:00 (Wednesday closes at 12:00): 6 h.
    expect(r.line).toBe('running at-risk 300/360 d 5 08:00 r 4 10:30 b - n 5 08:00 ever');
    expect(r.cycles).toEqual(['2 10:00–- at-risk 300/360 d 5 08:00 b -']);
  });

  it('cancel: time-to-close-after-resolution, cancelled by a reopening', () => {
    const metric: Metric = {
      start: [{ event: 'resolved' }],
      stop: [{ event: 'closed' }],
      cancel: [{ event: 'reopened' }],
      cycles: 'many',
    };
    const log = ['2 01:00', '2 01:30', '2 02:00', '2 05:00'].map((when, i) =>
      e(['resolved', 'reopened', 'resolved', 'closed'][i] as string, when),
    );
    const targets = { P1: 2 * HOUR };
    const between = run(metric, log, '2 01:45', { targets });
    expect(between.line).toBe('stopped cancelled 30/120 d 2 03:00 r 2 02:30 b - n -');
    expect(between.alerts).toEqual(['at-risk -']); // stopped short of it
    expect(run(metric, log, '2 06:00', { targets }).cycles).toEqual([
      '2 01:00–2 01:30 cancelled 30/120 d 2 03:00 b -',
      '2 02:00–2 05:00 missed 180/120 d 2 04:00 b 2 04:00',
    ]);
  });

  it('resume after stop: elapsed kept, stopped time not counted, not on the stopping event', () => {
    const log = ['pending', 'open', 'solved', 'open'].map((s, i) => status(`2 0${i + 1}:00`, s));
    log[3] = status('2 05:00', 'open');
    const r = run(REQUESTER_WAIT, log, '2 06:00', { targets: { P1: 4 * HOUR } });
    // 3 h is not past 0.75 × 4 h: on track at now, at risk 1 ms later.
    expect(r.line).toBe('running on-track 180/240 d 2 07:00 r 2 06:00 b - n 2 06:00');
    expect(r.cycles).toEqual(['2 00:00–- on-track 180/240 d 2 07:00 b -']);
    // A resume is a (re)start even when a pause holds at once: stopped again, its deadline is
    // projected from the resume (01:00 + 3.5 h), not through the time it stood stopped.
    const pausedResume = [
      status('2 00:30', 'solved'),
      status('2 01:00', 'pending'),
      status('2 02:00', 'solved'),
    ];
    expect(run(REQUESTER_WAIT, pausedResume, '2 03:00', { targets: { P1: 4 * HOUR } }).line).toBe(
      'stopped met 30/240 d 2 04:30 r 2 03:30 b - n -',
    );
    const same: Metric = {
      start: [OPENED],
      stop: [{ event: 'assigned' }],
      resume: [{ event: 'assigned' }],
    };
    expect(run(same, [e('assigned', '2 01:00')], '2 03:00').report.status).toBe('met');
    const twice = run(same, [e('assigned', '2 01:00'), e('assigned', '2 02:00')], '2 03:00');
    expect(twice.line).toBe('running breached 120/60 d 2 02:00 r 2 00:45 b 2 02:00 n - ever');
  });
});

type Pausing = NonNullable<Parameters<typeof modelEvaluate>[2]['pausing']>;

describe('gti and gtr as data give the §8 model', () => {
  const data = [BUILTIN_METRIC_DATA.gti, BUILTIN_METRIC_DATA.gtr];
  itHolds(
    'on random plans, logs and options',
    fc.property(scenarioArb, (s) => {
      const expected = modelEvaluate(planOf(s.plan), ticketOf(s), {
        now: s.now,
        ...(s.onPriorityChange === undefined ? {} : { onPriorityChange: s.onPriorityChange }),
        ...(s.pausing === undefined ? {} : { pausing: s.pausing as Pausing }),
      });
      const got = modelMetrics(modelInputOfScenario(s, data));
      expect(got.priority).toBe(expected.priority);
      for (const clock of ['gti', 'gtr'] as const) {
        const { state, elapsed, target, deadline, atRiskAt, breachedAt } = got.metrics[clock] ?? {};
        expect({ state, elapsed, target, deadline, atRiskAt, breachedAt }).toEqual(expected[clock]);
      }
    }),
  );
});
