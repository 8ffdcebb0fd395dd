// Issue 17, items 9–12: keys that are no dates, values whose reading throws, tickets that cannot
// be read in a report, and event logs too long to replay. Every refusal is a SlaError with its
// code, path and value; what the caller's own objects throw may pass through, nothing else.
// Item 13 (messages that quote instants) is in test/instant-messages.test.ts.
import { describe, expect, it } from 'vitest';
import {
  type Plan as AnyPlan,
  addBusinessTime,
  alwaysOpen,
  createSlaSummary,
  definePlan,
  defineSchedule,
  evaluateTicket,
  isOpen,
  MAX_TICKET_EVENTS,
  premiumPlan,
  type ScheduleConfig,
  summarizeTickets,
  type Ticket,
} from '../src/index';

/** The default plans' metrics: every plan of this file runs them. */
type Plan = AnyPlan<'gti' | 'gtr'>;

import {
  HostileError,
  revokedProxy,
  throwingProxy,
  withFickleGetter,
  withoutPrototype,
  withThrowingGetter,
} from './support/hostile';
import { refusal } from './support/refusal';

const PLAN: Plan = premiumPlan();
const NOW = '2026-03-02T12:00:00+01:00';
const good = (id: string): Ticket => ({
  id,
  openedAt: '2026-03-02T09:00:00+01:00',
  priority: 'high',
});
const schedule = (json: string) => () => defineSchedule(JSON.parse(json) as ScheduleConfig);

describe('item 9: a key that is no date is refused, __proto__ included', () => {
  it('an override dated "__proto__" is refused as "constructor" is', () => {
    for (const key of ['__proto__', 'constructor']) {
      const error = refusal(schedule(`{"timezone":"UTC","hours":{},"overrides":{"${key}":[]}}`));
      expect([error.code, error.path, error.value]).toEqual([
        'invalid_date',
        `overrides.${key}`,
        key,
      ]);
      expect(error.message).toBe(
        `overrides.${key}: is not an existing YYYY-MM-DD date (got "${key}")`,
      );
    }
  });

  it('in a plan, the path names the schedule', () => {
    const schedule = JSON.parse('{"timezone":"UTC","hours":{},"overrides":{"__proto__":[]}}');
    const targets = Object.fromEntries(
      ['normal', 'medium', 'high', 'critical'].map((p) => [p, { gti: 'PT1H', gtr: 'PT8H' }]),
    );
    const error = refusal(() => definePlan({ id: 'p', schedule, targets } as never));
    expect([error.code, error.path, error.value]).toEqual([
      'invalid_date',
      'schedule.overrides.__proto__',
      '__proto__',
    ]);
  });

  it('holiday dates "__proto__" and "constructor" are refused', () => {
    for (const date of ['__proto__', 'constructor']) {
      const error = refusal(() => defineSchedule({ timezone: 'UTC', hours: {}, holidays: [date] }));
      expect([error.code, error.path, error.value]).toEqual(['invalid_date', 'holidays[0]', date]);
    }
  });

  it('a duration unit named after an Object.prototype member is an unknown unit', () => {
    for (const key of ['constructor', 'toString', '__proto__']) {
      const duration = JSON.parse(`{"hours":1,"${key}":5}`);
      const error = refusal(() => addBusinessTime(alwaysOpen(), 0, duration));
      expect([error.code, error.path]).toEqual(['invalid_duration', 'duration']);
      expect(error.message).toContain(`has an unknown unit "${key}"`);
    }
  });
});

describe('item 10: the library adds no error of its own to a hostile value', () => {
  const desk = alwaysOpen();

  it('a revoked Proxy, or one whose traps throw, is refused as an instant', () => {
    for (const value of [revokedProxy(), throwingProxy(), revokedProxy(() => 0)]) {
      const error = refusal(() => isOpen(desk, value as never));
      expect([error.code, error.path]).toEqual(['invalid_instant', 'at']);
      expect(error.value).toBe(value);
      expect(error.message).toMatch(
        /^at: is not an instant: .* \(got an unreadable (object|function)\)$/,
      );
    }
  });

  it('a property zod read once is not read again to describe it', () => {
    const config = withFickleGetter({ hours: {} }, 'timezone', 42);
    const error = refusal(() => defineSchedule(config as never));
    expect([error.code, error.path, error.value]).toEqual(['invalid_schedule', 'timezone', 42]);
    expect(error.message).toBe('timezone: invalid input (got 42)');
  });

  it('a ticket property is read once: a second answer cannot slip past the check', () => {
    const fickle = withFickleGetter(
      { openedAt: '2026-03-02T09:00:00+01:00' },
      'priority',
      'high',
      () => 'urgent',
    );
    const evaluation = evaluateTicket(PLAN, fickle as Ticket, { now: NOW });
    expect(evaluation).toEqual(evaluateTicket(PLAN, good('G'), { now: NOW }));
  });

  it('summary.reject keeps a sample of anything thrown, and never throws', () => {
    const unreadableMessage = new Error('hidden');
    Object.defineProperty(unreadableMessage, 'message', {
      get: () => {
        throw new HostileError('no');
      },
    });
    const summary = createSlaSummary();
    summary.reject('line 1', Object.create(null));
    summary.reject('line 2', revokedProxy());
    summary.reject('line 3', throwingProxy());
    summary.reject('line 4', unreadableMessage);
    summary.reject(withoutPrototype({ line: 5 }) as never, 'bad row');
    summary.reject(revokedProxy() as never, 42);
    expect(summary.result().rejected).toEqual({
      count: 6,
      samples: [
        { where: 'line 1', code: 'error', message: '{}' },
        { where: 'line 2', code: 'error', message: 'an unreadable object' },
        { where: 'line 3', code: 'error', message: 'an unreadable object' },
        { where: 'line 4', code: 'Error', message: '{}' },
        { where: '{"line":5}', code: 'error', message: 'bad row' },
        { where: 'an unreadable object', code: 'error', message: '42' },
      ],
    });
  });

  it("summary.add refuses what is no evaluation, or lets the caller's own error through", () => {
    const summary = createSlaSummary({ groupBy: ['month'] });
    const error = refusal(() => summary.add(good('G'), withoutPrototype() as never));
    expect([error.code, error.path]).toEqual(['invalid_argument', 'evaluation']);
    expect(() => summary.add(good('G'), revokedProxy() as never)).toThrow(/revoked/);
    const evaluation = evaluateTicket(PLAN, good('G'), { now: NOW });
    const bare = withoutPrototype({ openedAt: '2026-03-02T09:00:00+01:00', priority: 'high' });
    summary.add(bare as Ticket, evaluation);
    expect(summary.result().groups.map((group) => group.key)).toEqual([{ month: '2026-03' }]);
  });
  it('summary.add counts what it checked: an evaluation is read once', () => {
    const resolved: Ticket = {
      ...good('R'),
      events: [{ type: 'resolved', at: '2026-03-02T10:00:00+01:00' }],
    };
    const evaluation = evaluateTicket(PLAN, resolved, { now: NOW });
    const gtr = withFickleGetter(
      { ...evaluation.metrics.gtr },
      'elapsed',
      evaluation.metrics.gtr.elapsed,
      () => Number.NaN,
    );
    const fickle = { ...evaluation, gtr };
    const summary = createSlaSummary();
    summary.add(resolved, fickle as never);
    expect(summary.result().total.metrics.gtr?.taken).toEqual({
      count: 1,
      min: 3_600_000,
      median: 3_600_000,
      p90: 3_600_000,
      max: 3_600_000,
      mean: 3_600_000,
    });
  });
});

describe('item 11: a ticket that cannot be read is rejected, the others summed', () => {
  it('rejects it by position (with its id when that can be read) and goes on', () => {
    const tickets = [
      good('A'),
      withThrowingGetter({ id: 'U', priority: 'high' }, 'openedAt'),
      good('B'),
      revokedProxy(),
      withoutPrototype({ id: 'N' }),
      throwingProxy(),
      good('C'),
    ];
    const summary = summarizeTickets(PLAN, tickets as Ticket[], { now: NOW });
    expect(summary.total.tickets).toBe(3);
    expect(summary.rejected).toEqual({
      count: 4,
      samples: [
        {
          where: 'tickets[1] (id U)',
          code: 'HostileError',
          message: 'the caller refuses to be read',
        },
        { where: 'tickets[3]', code: 'TypeError', message: expect.stringMatching(/revoked/) },
        {
          where: 'tickets[4] (id N)',
          code: 'invalid_instant',
          message: expect.stringMatching(/^ticket\.openedAt: is not an instant/),
        },
        { where: 'tickets[5]', code: 'HostileError', message: 'the caller refuses to be read' },
      ],
    });
  });
});

describe('item 12: one ticket holds at most MAX_TICKET_EVENTS events', () => {
  const opened = { openedAt: '2026-03-02T09:00:00+01:00', priority: 'high' as const };
  const sparse = (length: number) => {
    const events: never[] = [];
    events.length = length;
    return events;
  };

  it('is 100,000', () => {
    expect(MAX_TICKET_EVENTS).toBe(100_000);
  });

  it('a sparse log of 2³²−1 holes is refused before it is walked, strict or lenient', () => {
    for (const lenient of [false, true]) {
      const started = performance.now();
      const events = sparse(2 ** 32 - 1);
      const error = refusal(() =>
        evaluateTicket(PLAN, { ...opened, events }, { now: NOW, lenient }),
      );
      // Walking the holes took 93 s; refusing takes microseconds.
      expect(performance.now() - started).toBeLessThan(2000);
      expect([error.code, error.path, error.value]).toEqual([
        'invalid_ticket',
        'ticket.events',
        events,
      ]);
      expect(error.reason).toBe(
        'holds 4,294,967,295 entries: a ticket may have at most 100,000 events',
      );
    }
  });

  it('a hole is not an event, an entry that is undefined is one and is refused', () => {
    const responded = { type: 'responded' as const, at: '2026-03-02T09:30:00+01:00' };
    const resolved = { type: 'resolved' as const, at: '2026-03-02T10:00:00+01:00' };
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case
    const withHole = [responded, , resolved];
    expect(1 in withHole).toBe(false);
    expect(evaluateTicket(PLAN, { ...opened, events: withHole as never }, { now: NOW })).toEqual(
      evaluateTicket(PLAN, { ...opened, events: [responded, resolved] }, { now: NOW }),
    );
    const withUndefined = [responded, undefined, resolved];
    const error = refusal(() =>
      evaluateTicket(PLAN, { ...opened, events: withUndefined as never }, { now: NOW }),
    );
    expect([error.code, error.path, error.value]).toEqual([
      'invalid_event',
      'ticket.events[1]',
      undefined,
    ]);
    const lenient = evaluateTicket(
      PLAN,
      { ...opened, events: withUndefined as never },
      { now: NOW, lenient: true },
    );
    expect(lenient.skipped?.map((skipped) => skipped.index)).toEqual([1]);
  });

  it('the length is read once: a Proxy cannot pass the check short and then grow', () => {
    let reads = 0;
    const events = new Proxy([], {
      get: (target, key) =>
        key === 'length' ? (reads++ === 0 ? 1 : 2 ** 32 - 1) : Reflect.get(target, key),
    });
    const started = performance.now();
    expect(evaluateTicket(PLAN, { ...opened, events }, { now: NOW })).toEqual(
      evaluateTicket(PLAN, opened, { now: NOW }),
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('the cap itself is allowed; one more is refused, and a report goes on', () => {
    const atCap = evaluateTicket(
      PLAN,
      { ...opened, events: sparse(MAX_TICKET_EVENTS) },
      { now: NOW },
    );
    expect(atCap).toEqual(evaluateTicket(PLAN, opened, { now: NOW }));
    const tickets = [{ ...opened, id: 'L', events: sparse(MAX_TICKET_EVENTS + 1) }, good('G')];
    const summary = summarizeTickets(PLAN, tickets, { now: NOW });
    expect(summary.total.tickets).toBe(1);
    expect(summary.rejected.samples).toEqual([
      {
        where: 'tickets[0] (id L)',
        code: 'invalid_ticket',
        message: expect.stringContaining(
          'ticket.events: holds 100,001 entries: a ticket may have at most 100,000 events',
        ),
      },
    ]);
  });
});
