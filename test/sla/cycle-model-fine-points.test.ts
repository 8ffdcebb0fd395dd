// Hand-worked fine points of DESIGN §13 on the reference model alone (test/support/cycle-model.ts):
// priority changes, alerts, condition matching, calendar hours. Notation:
// test/support/cycle-model-cases.ts.
import { describe, expect, it } from 'vitest';
import type { ModelEvent } from '../support/cycle-model';
import {
  AGENT_REPLY,
  agent,
  e,
  type Metric,
  OPENED,
  pc,
  REQUESTER_WAIT,
  run,
  status,
  t,
  WEEKDAYS,
} from '../support/cycle-model-cases';
import { HOUR, MINUTE } from '../support/sla-fixtures';

describe('the §13 reference model, by hand: fine points', () => {
  it('priority changes: a null target cancels; a stopped cycle takes a change when resumed', () => {
    const targets = { P1: 4 * HOUR, P2: HOUR, P3: null };
    const first: Metric = { start: [OPENED], stop: [AGENT_REPLY] };
    const cancelled = run(first, [pc('2 00:30', 'P3'), pc('2 00:40', 'P1')], '2 01:00', {
      targets,
    });
    expect(cancelled.line).toBe('stopped cancelled 30/240 d 2 04:00 r 2 03:00 b - n -');
    const idle = run(first, [pc('2 00:30', 'P2')], '2 01:00', { targets, priority: 'P3' });
    expect([idle.line, idle.cycles, idle.alerts]).toEqual([
      'idle inactive 0/60 d - r - b - n -',
      [],
      ['at-risk -'],
    ]);
    const log = [status('2 00:30', 'solved'), pc('2 00:40', 'P2'), status('2 01:00', 'open')];
    expect(run(REQUESTER_WAIT, log.slice(0, 2), '2 00:50', { targets }).line).toBe(
      'stopped met 30/240 d 2 04:00 r 2 03:00 b - n -',
    );
    expect(run(REQUESTER_WAIT, log, '2 01:45', { targets }).line).toBe(
      'running breached 75/60 d 2 01:30 r 2 01:15 b 2 01:30 n - ever',
    );
    const atNull = [log[0] as ModelEvent, pc('2 00:40', 'P3'), log[2] as ModelEvent];
    expect(run(REQUESTER_WAIT, atNull, '2 01:45', { targets }).report.status).toBe('met');
    // The change acts before the stop it triggers: judged against the new target.
    const stopOnChange: Metric = { start: [OPENED], stop: [{ event: 'priority-changed' }] };
    const judged = run(stopOnChange, [pc('2 00:20', 'P2')], '2 01:00', {
      targets: { P1: HOUR, P2: 10 * MINUTE },
    });
    expect(judged.line).toBe('stopped missed 20/10 d 2 00:10 r 2 00:07:30.000 b 2 00:20 n - ever');
    const restart = run(
      { ...first, onPriorityChange: 'restart' },
      [pc('2 00:20', 'P2')],
      '2 00:40',
      {
        targets: { P1: HOUR, P2: 30 * MINUTE },
      },
    );
    expect([restart.line, restart.cycles[0]?.slice(0, 8)]).toEqual([
      'running on-track 20/30 d 2 00:50 r 2 00:42:30.000 b - n 2 00:42:30.000',
      '2 00:00–',
    ]);
  });

  it('alerts: share (decimal), before, after, never below 0; the earliest not passed wakes', () => {
    const metric: Metric = {
      start: [OPENED],
      stop: [{ event: 'closed' }],
      alerts: [
        { at: 0.5 },
        { id: 'late', before: 10 * MINUTE },
        { after: 30 * MINUTE },
        { before: 2 * HOUR },
      ],
    };
    const at40 = run(metric, [], '2 00:40');
    expect(at40.alerts).toEqual([
      'at-risk 2 00:45',
      'alert-1 2 00:30 passed',
      'late 2 00:50',
      'alert-3 2 01:30',
      'alert-4 2 00:00 passed',
    ]);
    expect(at40.next).toBe('2 00:45');
    const at50 = run(metric, [], '2 00:50');
    expect([t(at50.report.nextChangeAt), at50.next]).toEqual(['2 01:00', '2 00:50']);
    const at70 = run(metric, [], '2 01:10');
    expect([t(at70.report.nextChangeAt), at70.next]).toEqual(['-', '2 01:30']);
    // 0.29 × 100 is 28.999… in binary floating point, 29 in decimal.
    const share = run({ ...metric, alerts: [{ at: 0.29 }] }, [], '2 00:00', {
      targets: { P1: 100 },
    });
    expect(share.alerts[1]).toBe('alert-1 2 00:00:00.029');
  });

  it('opened comes first at its instant; conditions match only keys an event has', () => {
    const quick = run(
      { start: [OPENED], stop: [{ event: 'assigned' }] },
      [e('assigned', '2 00:00')],
      '2 01:00',
    );
    expect(quick.line).toBe('stopped met 0/60 d 2 01:00 r 2 00:45 b - n -');
    const never: Metric = {
      start: [
        { event: 'replied', status: ['new'] },
        { event: 'assigned', field: 'x' },
        { event: 'opened', status: ['open'] },
      ],
      stop: [],
    };
    expect(run(never, [agent('2 00:10'), e('assigned', '2 00:20')], '2 01:00').report.state).toBe(
      'idle',
    );
    expect(run(never, [], '2 01:00', { status: 'open' }).report.elapsed).toBe(HOUR);
    const publicByDefault: Metric = { start: [{ event: 'replied', public: true }], stop: [] };
    expect(run(publicByDefault, [agent('2 00:30')], '2 01:00').report.elapsed).toBe(30 * MINUTE);
  });

  it("calendar hours count real time (a business day: 24 h, the model's reading)", () => {
    const metric: Metric = { start: [OPENED], stop: [{ event: 'closed' }], hours: 'calendar' };
    const options = { schedule: WEEKDAYS, opened: '6 15:00', targets: { P1: 24 * HOUR } };
    expect(run(metric, [], '7 16:00', options).line).toBe(
      'running breached 1500/1440 d 7 15:00 r 7 09:00 b 7 15:00 n - ever',
    );
    expect(run({ ...metric, hours: 'business' }, [], '7 16:00', options).line).toBe(
      'running on-track 60/1440 d 11 15:00 r 11 09:00 b - n 11 09:00',
    );
    const days = run(metric, [], '7 16:00', { ...options, targets: { P1: { businessDays: 1 } } });
    expect(days.report.target).toBe(24 * HOUR);
  });
});
