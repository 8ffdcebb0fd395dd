// Hand-checked summaries: a dozen tickets of the standard plan (Monday–Friday 08:00–16:00 in
// Martinique, UTC−4) whose statuses can be read off, evaluated on Wednesday 2 December 2026 at
// 12:00. Targets: normal 1 h / 7 business days, medium 45 min / 3, high 30 min / 1, critical
// 15 min / 4 h; at risk past 75 %.
import { describe, expect, it } from 'vitest';
import {
  type ClockSummary,
  createSlaSummary,
  evaluateTicket,
  premiumPlan,
  SlaError,
  standardPlan,
  summarizeTickets,
  type Ticket,
  type TicketEventType,
} from '../../src/index';
import { HOUR, MINUTE, mq } from '../support/sla-fixtures';

const PLAN = standardPlan();
const NOW = mq('2026-12-02 12:00');

const ticket = (
  id: string,
  priority: Ticket['priority'],
  kind: Ticket['kind'],
  opened: string,
  events: [TicketEventType, string][] = [],
): Ticket => ({
  id,
  openedAt: mq(opened),
  priority,
  ...(kind === undefined ? {} : { kind }),
  events: events.map(([type, at]) => ({ type, at: mq(at) })),
});

const TICKETS: Ticket[] = [
  // GTI met (30 min), GTR met (7 h).
  ticket('N1', 'normal', 'request', '2026-11-30 08:00', [
    ['responded', '2026-11-30 08:30'],
    ['resolved', '2026-11-30 15:00'],
  ]),
  // GTI missed (1 h 30), GTR running: 19 h of 56 h.
  ticket('N2', 'normal', 'incident', '2026-11-30 09:00', [['responded', '2026-11-30 10:30']]),
  // GTI running: 30 min of 1 h, on track.
  ticket('N3', 'normal', 'information', '2026-12-02 11:30'),
  // GTI met exactly at its deadline (45 min), GTR met (16 h of 24 h).
  ticket('M1', 'medium', 'incident', '2026-11-30 08:00', [
    ['responded', '2026-11-30 08:45'],
    ['resolved', '2026-12-01 16:00'],
  ]),
  // GTI breached (12 h, no contact), GTR 12 h of 24 h.
  ticket('M2', 'medium', 'incident', '2026-12-01 08:00'),
  // GTI met (30 min), GTR paused after 2 h: on track.
  ticket('M3', 'medium', 'request', '2026-11-30 10:00', [
    ['responded', '2026-11-30 10:30'],
    ['paused', '2026-11-30 12:00'],
  ]),
  // GTI met (10 min), GTR missed (10 h of 8 h).
  ticket('H1', 'high', 'incident', '2026-11-30 08:00', [
    ['responded', '2026-11-30 08:10'],
    ['resolved', '2026-12-01 10:00'],
  ]),
  // GTI met (20 min), GTR 6 h of 8 h: exactly 75 %, still on track.
  ticket('H2', 'high', 'request', '2026-12-01 14:00', [['responded', '2026-12-01 14:20']]),
  // GTI met (25 min), GTR 3 h.
  ticket('H3', 'high', undefined, '2026-12-02 09:00', [['responded', '2026-12-02 09:25']]),
  // GTI met (5 min), GTR exactly 4 h of 4 h: at risk, not breached.
  ticket('C1', 'critical', 'incident', '2026-12-02 08:00', [['responded', '2026-12-02 08:05']]),
  // GTI 10 min of 15 min (at risk past 11 min 15 s): on track.
  ticket('C2', 'critical', undefined, '2026-12-02 11:50'),
  // GTI missed (20 min), GTR met (3 h).
  ticket('C3', 'critical', 'incident', '2026-12-01 08:00', [
    ['responded', '2026-12-01 08:20'],
    ['resolved', '2026-12-01 11:00'],
  ]),
  // Rejected: an opening without an offset, and an unknown priority.
  { id: 'X1', openedAt: '2026-12-01T09:00', priority: 'high' },
  { id: 'X2', openedAt: mq('2026-12-01 09:00'), priority: 'urgent' as Ticket['priority'] },
];

const clock = (
  counts: [met: number, missed: number, breached: number, atRisk: number, onTrack: number],
  compliance: number | null,
  taken: number[] | null,
): ClockSummary => {
  const [met, missed, breached, atRisk, onTrack] = counts;
  return {
    cycles: met + missed + breached + atRisk + onTrack,
    met,
    missed,
    breached,
    atRisk,
    onTrack,
    cancelled: 0,
    compliance,
    taken:
      taken === null
        ? { count: 0, min: null, median: null, p90: null, max: null, mean: null }
        : {
            count: taken[0] as number,
            min: taken[1] as number,
            median: taken[2] as number,
            p90: taken[3] as number,
            max: taken[4] as number,
            mean: taken[5] as number,
          },
  };
};

describe('summarizeTickets on a dozen hand-checked tickets', () => {
  const result = summarizeTickets(PLAN, TICKETS, { now: NOW });

  it('groups by priority by default, from normal to critical, in the plan’s zone', () => {
    expect(result.groupBy).toEqual(['priority']);
    expect(result.timezone).toBe('America/Martinique');
    expect(result.groups.map((group) => [group.key, group.tickets])).toEqual([
      [{ priority: 'normal' }, 3],
      [{ priority: 'medium' }, 3],
      [{ priority: 'high' }, 3],
      [{ priority: 'critical' }, 3],
    ]);
  });

  it('counts GTI per priority, with compliance and nearest-rank times', () => {
    const m = MINUTE;
    expect(result.groups.map((group) => group.metrics.gti)).toEqual([
      clock([1, 1, 0, 0, 1], 50, [2, 30 * m, 30 * m, 90 * m, 90 * m, 60 * m]),
      clock([2, 0, 1, 0, 0], 200 / 3, [2, 30 * m, 30 * m, 45 * m, 45 * m, 37.5 * m]),
      clock([3, 0, 0, 0, 0], 100, [3, 10 * m, 20 * m, 25 * m, 25 * m, (55 * m) / 3]),
      clock([1, 1, 0, 0, 1], 50, [2, 5 * m, 5 * m, 20 * m, 20 * m, 12.5 * m]),
    ]);
  });

  it('counts GTR per priority: paused clocks by their status, exactly 75 % on track, exactly the target at risk', () => {
    const h = HOUR;
    expect(result.groups.map((group) => group.metrics.gtr)).toEqual([
      clock([1, 0, 0, 0, 2], 100, [1, 7 * h, 7 * h, 7 * h, 7 * h, 7 * h]),
      clock([1, 0, 0, 0, 2], 100, [1, 16 * h, 16 * h, 16 * h, 16 * h, 16 * h]),
      clock([0, 1, 0, 0, 2], 0, [1, 10 * h, 10 * h, 10 * h, 10 * h, 10 * h]),
      clock([1, 0, 0, 1, 1], 100, [1, 3 * h, 3 * h, 3 * h, 3 * h, 3 * h]),
    ]);
  });

  it('totals every evaluated ticket; percentiles with ties', () => {
    const m = MINUTE;
    const h = HOUR;
    expect(result.total.key).toEqual({});
    expect(result.total.tickets).toBe(12);
    // GTI times, sorted: 5, 10, 20, 20, 25, 30, 30, 45, 90 min.
    expect(result.total.metrics.gti).toEqual(
      clock([7, 2, 1, 0, 2], 70, [9, 5 * m, 25 * m, 90 * m, 90 * m, (275 * m) / 9]),
    );
    // GTR times, sorted: 3, 7, 10, 16 h.
    expect(result.total.metrics.gtr).toEqual(
      clock([3, 1, 0, 1, 7], 75, [4, 3 * h, 7 * h, 16 * h, 16 * h, 9 * h]),
    );
  });

  it('rejects what cannot be evaluated, naming the ticket and the reason', () => {
    expect(result.rejected.count).toBe(2);
    expect(result.rejected.samples).toEqual([
      {
        where: 'tickets[12] (id X1)',
        code: 'invalid_instant',
        message: expect.stringContaining('ticket.openedAt'),
      },
      {
        where: 'tickets[13] (id X2)',
        code: 'invalid_ticket',
        message: expect.stringContaining('ticket.priority'),
      },
    ]);
  });

  it('by kind: alphabetical, none last; a group with no stopped clock has null times and compliance', () => {
    const byKind = summarizeTickets(PLAN, TICKETS, { now: NOW, groupBy: ['kind'] });
    expect(byKind.groups.map((group) => [group.key.kind, group.tickets])).toEqual([
      ['incident', 6],
      ['information', 1],
      ['request', 3],
      ['none', 2],
    ]);
    const information = byKind.groups[1];
    expect(information?.metrics.gti).toEqual(clock([0, 0, 0, 0, 1], null, null));
    expect(information?.metrics.gtr).toEqual(clock([0, 0, 0, 0, 1], null, null));
  });

  it('by priority and kind: sorted by priority first', () => {
    const both = summarizeTickets(PLAN, TICKETS, { now: NOW, groupBy: ['kind', 'priority'] });
    expect(both.groups.map(({ key }) => `${key.priority}/${key.kind}`)).toEqual([
      'normal/incident',
      'normal/information',
      'normal/request',
      'medium/incident',
      'medium/request',
      'high/incident',
      'high/request',
      'high/none',
      'critical/incident',
      'critical/none',
    ]);
  });

  it('groups by the priority in force at now', () => {
    const raised: Ticket = {
      openedAt: mq('2026-12-02 08:00'),
      priority: 'normal',
      events: [{ type: 'priority-changed', at: mq('2026-12-02 09:00'), priority: 'critical' }],
    };
    const summary = summarizeTickets(PLAN, [raised], { now: NOW });
    expect(summary.groups.map((group) => group.key)).toEqual([{ priority: 'critical' }]);
  });

  it('with no grouping, the total alone', () => {
    const total = summarizeTickets(PLAN, TICKETS, { now: NOW, groupBy: [] });
    expect(total.groups).toEqual([]);
    expect(total.total).toEqual(result.total);
  });
});

describe('months are read in a time zone', () => {
  // 23:30 on 31 January in Martinique is 03:30 on 1 February in UTC.
  const lateJanuary: Ticket = { openedAt: '2026-01-31T23:30:00-04:00', priority: 'normal' };
  const february: Ticket = { openedAt: '2026-02-01T00:00:00-04:00', priority: 'normal' };
  const now = '2026-02-10T12:00:00-04:00';
  const months = (plan = PLAN, timezone?: string) =>
    summarizeTickets(plan, [lateJanuary, february], {
      now,
      groupBy: ['month'],
      ...(timezone === undefined ? {} : { timezone }),
    }).groups.map((group) => [group.key.month, group.tickets]);

  it('the plan’s zone by default: a ticket of 31 January 23:30 is a January ticket', () => {
    expect(months()).toEqual([
      ['2026-01', 1],
      ['2026-02', 1],
    ]);
  });

  it('in UTC it is a February ticket', () => {
    expect(months(PLAN, 'UTC')).toEqual([['2026-02', 2]]);
  });

  it('a 24/7 plan reads months in UTC unless told otherwise', () => {
    expect(months(premiumPlan())).toEqual([['2026-02', 2]]);
    expect(months(premiumPlan(), 'America/Martinique')).toEqual([
      ['2026-01', 1],
      ['2026-02', 1],
    ]);
  });
});

describe('createSlaSummary', () => {
  it('adds, rejects and merges; merge leaves the other summary as it was', () => {
    const [first, second] = [createSlaSummary(), createSlaSummary()];
    const [a, b, c] = TICKETS;
    for (const [summary, t] of [
      [first, a],
      [first, b],
      [second, c],
    ] as const) {
      summary.add(t as Ticket, evaluateTicket(PLAN, t as Ticket, { now: NOW }));
    }
    second.reject('line 7', new SlaError('invalid_ticket', 'priority', 'urgent', 'is unknown'));
    second.reject('line 9', new Error('disk on fire'));
    const before = second.result();
    first.merge(second);
    expect(second.result()).toEqual(before);
    const merged = first.result();
    expect(merged.total.tickets).toBe(3);
    expect(merged.rejected).toEqual({
      count: 2,
      samples: [
        { where: 'line 7', code: 'invalid_ticket', message: 'priority: is unknown (got "urgent")' },
        { where: 'line 9', code: 'Error', message: 'disk on fire' },
      ],
    });
  });

  it('keeps ten samples of rejections and counts them all', () => {
    const summary = createSlaSummary();
    for (let i = 0; i < 25; i++) summary.reject(`line ${i + 2}`, new Error(`bad ${i}`));
    const { rejected } = summary.result();
    expect(rejected.count).toBe(25);
    expect(rejected.samples.map((sample) => sample.where)).toEqual(
      Array.from({ length: 10 }, (_, i) => `line ${i + 2}`),
    );
  });

  it('counts the events that lenient evaluation skipped', () => {
    const summary = createSlaSummary();
    const t: Ticket = {
      openedAt: mq('2026-12-02 08:00'),
      priority: 'high',
      events: [{ type: 'resumed', at: mq('2026-12-02 09:00') }],
    };
    summary.add(t, evaluateTicket(PLAN, t, { now: NOW, lenient: true }));
    expect(summary.result().skippedEvents).toBe(1);
  });

  it('refuses bad options, a foreign evaluation and a summary grouped differently', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof SlaError ? `${error.code} ${error.path}` : String(error);
      }
      return 'no error';
    };
    // Any other name is a field of the tickets; an empty one names nothing.
    expect(codeOf(() => createSlaSummary({ groupBy: [''] }))).toBe(
      'invalid_argument options.groupBy[0]',
    );
    expect(codeOf(() => createSlaSummary({ groupBy: [42 as never] }))).toBe(
      'invalid_argument options.groupBy[0]',
    );
    expect(codeOf(() => createSlaSummary({ groupBy: ['kind', 'kind'] }))).toBe(
      'invalid_argument options.groupBy',
    );
    expect(codeOf(() => createSlaSummary({ timezone: 'Mars/Olympus' }))).toBe(
      'unknown_timezone options.timezone',
    );
    const summary = createSlaSummary({ plan: PLAN });
    const t = TICKETS[0] as Ticket;
    expect(codeOf(() => summary.add(t, {} as never))).toBe('invalid_argument evaluation');
    expect(
      codeOf(() =>
        summary.add({ ...t, kind: 'question' as never }, evaluateTicket(PLAN, t, { now: NOW })),
      ),
    ).toBe('invalid_ticket ticket.kind');
    expect(codeOf(() => summary.merge(createSlaSummary({ groupBy: ['kind'] })))).toBe(
      'invalid_argument other',
    );
    expect(codeOf(() => summary.merge(summary))).toBe('invalid_argument other');
    expect(summary.result().total.tickets).toBe(0);
  });
});

describe('summarizeTickets arguments', () => {
  it('refuses a bad plan, now or option, and a non-iterable', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof SlaError ? `${error.code} ${error.path}` : String(error);
      }
      return 'no error';
    };
    expect(codeOf(() => summarizeTickets({} as never, [], { now: NOW }))).toBe('invalid_plan plan');
    expect(codeOf(() => summarizeTickets(PLAN, [], { now: '2026-12-02' }))).toBe(
      'invalid_instant options.now',
    );
    expect(codeOf(() => summarizeTickets(PLAN, [], { now: NOW, lenient: 'yes' as never }))).toBe(
      'invalid_argument options.lenient',
    );
    expect(codeOf(() => summarizeTickets(PLAN, 42 as never, { now: NOW }))).toBe(
      'invalid_argument tickets',
    );
  });

  it('reads any iterable once, a generator included', () => {
    function* generate() {
      yield* TICKETS.slice(0, 12);
    }
    expect(summarizeTickets(PLAN, generate(), { now: NOW }).total.tickets).toBe(12);
  });

  it('rejects a ticket opened after now', () => {
    const later: Ticket = { id: 'L', openedAt: mq('2026-12-03 08:00'), priority: 'high' };
    expect(summarizeTickets(PLAN, [later], { now: NOW }).rejected.samples).toEqual([
      {
        where: 'tickets[0] (id L)',
        code: 'invalid_ticket',
        message: expect.stringContaining("is after the report's now (2026-12-02T16:00:00.000Z)"),
      },
    ]);
  });
});
