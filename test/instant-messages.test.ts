// Issue 17, item 13: a refused instant string says which part is wrong (an impossible date is
// not "a string without an offset"), and a message that quotes another instant of the caller's
// quotes it as it was written, offset kept, not converted to UTC.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  alwaysOpen,
  evaluateTicket,
  isOpen,
  openIntervals,
  premiumPlan,
  summarizeTickets,
  type Ticket,
  type TicketEvent,
} from '../src/index';
import { refusal } from './support/refusal';

const PLAN = premiumPlan();
const OPENED = '2026-03-02T09:00:00+01:00';
const NOW = '2026-03-02T12:00:00+01:00';
const ticket = (events: TicketEvent[], openedAt: Ticket['openedAt'] = OPENED): Ticket => ({
  openedAt,
  priority: 'high',
  events,
});

describe('item 13: a refused instant string names the part that is wrong', () => {
  const NOT_ISO = 'is not an ISO-8601 date-time with an offset or Z';
  const cases: [string, string][] = [
    ['2026-02-30T10:00:00+01:00', 'names a date that does not exist (2026-02-30)'],
    ['2025-02-29T10:00:00Z', 'names a date that does not exist (2025-02-29)'],
    ['2026-13-01T10:00:00Z', 'names a date that does not exist (2026-13-01)'],
    ['2026-02-30T10:00', 'names a date that does not exist (2026-02-30)'],
    [
      '2026-01-01T24:00:00Z',
      'names a time of day that does not exist (24:00:00; 00:00 to 23:59:59)',
    ],
    [
      '2026-01-01T10:60+01:00',
      'names a time of day that does not exist (10:60; 00:00 to 23:59:59)',
    ],
    ['2026-01-01T10:00:00+24:00', 'has an offset that does not exist (+24:00; -23:59 to +23:59)'],
    ['2026-01-01', `${NOT_ISO} (a date alone is not an instant)`],
    ['2026-01-01T10:00', `${NOT_ISO} (a string without an offset is not an instant)`],
    ['-000000-01-01T00:00:00Z', `${NOT_ISO} (the year -000000 is not allowed: write +000000)`],
    ['tomorrow', NOT_ISO],
  ];

  it.each(cases)('%s', (text, reason) => {
    const error = refusal(() => isOpen(alwaysOpen(), text));
    expect([error.code, error.path, error.value]).toEqual(['invalid_instant', 'at', text]);
    expect(error.message).toBe(`at: ${reason} (got ${JSON.stringify(text)})`);
  });

  it('in an event, with the event path and code', () => {
    const at = '2026-02-30T10:00:00+01:00';
    const error = refusal(() =>
      evaluateTicket(PLAN, ticket([{ type: 'responded', at }]), { now: NOW }),
    );
    expect([error.code, error.path, error.value]).toEqual([
      'invalid_event',
      'ticket.events[0].at',
      at,
    ]);
    expect(error.reason).toBe('names a date that does not exist (2026-02-30)');
  });
});

describe('item 13: instants in messages are quoted as the caller wrote them', () => {
  const evaluate = (events: TicketEvent[], lenient = false) =>
    evaluateTicket(PLAN, ticket(events), { now: NOW, lenient });

  it('an event out of order quotes the previous event as given', () => {
    const events: TicketEvent[] = [
      { type: 'paused', at: '2026-03-02T11:00:00+01:00' },
      { type: 'resumed', at: '2026-03-02T10:00:00+01:00' },
    ];
    const error = refusal(() => evaluate(events));
    expect([error.code, error.path, error.value]).toEqual([
      'invalid_event',
      'ticket.events[1]',
      events[1],
    ]);
    expect(error.message).toBe(
      'ticket.events[1]: (resumed) is out of order: before the previous event (2026-03-02T11:00:00+01:00) (got {"type":"resumed","at":"2026-03-02T10:00:00+01:00"})',
    );
    expect(evaluate(events, true).skipped?.[0]?.reason).toBe(
      'resumed is out of order: before the previous event (2026-03-02T11:00:00+01:00)',
    );
  });

  it('a luxon previous event keeps its offset; a Date or epoch ms has none and reads as UTC', () => {
    const previous = [
      [
        DateTime.fromISO('2026-03-02T11:00:00', { zone: 'Europe/Paris' }),
        '2026-03-02T11:00:00.000+01:00',
      ],
      [new Date('2026-03-02T11:00:00+01:00'), '2026-03-02T10:00:00.000Z'],
      [Date.parse('2026-03-02T11:00:00+01:00'), '2026-03-02T10:00:00.000Z'],
    ] as const;
    for (const [at, quoted] of previous) {
      const events: TicketEvent[] = [
        { type: 'paused', at },
        { type: 'resumed', at: '2026-03-02T10:00:00+01:00' },
      ];
      expect(refusal(() => evaluate(events)).reason).toBe(
        `(resumed) is out of order: before the previous event (${quoted})`,
      );
    }
  });

  it('an event before the opening quotes the opening', () => {
    const error = refusal(() => evaluate([{ type: 'responded', at: '2026-03-02T08:00:00+01:00' }]));
    expect([error.code, error.path]).toEqual(['invalid_event', 'ticket.events[0]']);
    expect(error.reason).toBe(
      '(responded) happens before the ticket was opened (2026-03-02T09:00:00+01:00)',
    );
  });

  it('a now before the opening quotes the opening', () => {
    const now = '2026-03-02T08:00:00+01:00';
    const error = refusal(() => evaluateTicket(PLAN, ticket([]), { now }));
    expect([error.code, error.path, error.value]).toEqual(['invalid_argument', 'options.now', now]);
    expect(error.message).toBe(
      `options.now: is before the ticket was opened (2026-03-02T09:00:00+01:00) (got "${now}")`,
    );
  });

  it("a report's ticket opened after now quotes the report's now", () => {
    const summary = summarizeTickets(PLAN, [ticket([], '2026-03-02T13:00:00+01:00')], { now: NOW });
    expect(summary.rejected.samples).toEqual([
      {
        where: 'tickets[0]',
        code: 'invalid_ticket',
        message: `ticket.openedAt: is after the report's now (${NOW}) (got "2026-03-02T13:00:00+01:00")`,
      },
    ]);
  });

  it('openIntervals quotes from as given', () => {
    const [from, to] = ['2026-03-02T10:00:00+01:00', '2026-03-02T09:00:00+01:00'];
    const error = refusal(() => openIntervals(alwaysOpen(), from, to));
    expect([error.code, error.path, error.value]).toEqual(['invalid_argument', 'to', to]);
    expect(error.message).toBe(`to: is before from (${from}) (got "${to}")`);
  });
});
