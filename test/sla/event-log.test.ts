// DESIGN §8 and §9: the event log. Strict evaluation refuses an event out of order, before the
// opening, impossible in the ticket's state or malformed, with SlaError `invalid_event` naming
// `ticket.events[i]`; lenient evaluation skips it and lists `{ index, event, reason }`.
import { describe, expect, it } from 'vitest';
import {
  evaluateTicket,
  type SkippedEvent,
  SlaError,
  standardPlan,
  type Ticket,
  type TicketEvent,
} from '../../src/index';
import { sharedObjects } from '../support/shared-objects';
import { FR_MQ_2026, MINUTE, mq } from '../support/sla-fixtures';

const STD = standardPlan({ holidays: FR_MQ_2026 });
const OPENED = mq('2026-03-09 08:00');
const NOW = mq('2026-03-10 12:00');

const at = (hhmm: string) => mq(`2026-03-09 ${hhmm}`);
const ev = (type: TicketEvent['type'], hhmm: string): TicketEvent => ({ type, at: at(hhmm) });
const ticketWith = (events: readonly unknown[]): Ticket => ({
  openedAt: OPENED,
  priority: 'normal',
  events: events as TicketEvent[],
});

/** The SlaError that strict evaluation throws, or a failure when it does not throw one. */
function strictError(events: readonly unknown[]): SlaError {
  try {
    evaluateTicket(STD, ticketWith(events), { now: NOW });
  } catch (error) {
    if (error instanceof SlaError) return error;
    throw new Error(`expected a SlaError, got ${String(error)}`);
  }
  throw new Error('expected evaluateTicket to throw');
}

// Each log is valid up to its last event, which is refused.
const refused: [string, unknown[]][] = [
  ['an event before openedAt', [{ type: 'responded', at: mq('2026-03-09 07:59') }]],
  ['an event out of order', [ev('responded', '09:00'), ev('paused', '08:59')]],
  ['resumed while not paused', [ev('resumed', '09:00')]],
  ['resumed twice', [ev('paused', '09:00'), ev('resumed', '09:30'), ev('resumed', '09:40')]],
  ['paused while paused', [ev('paused', '09:00'), ev('paused', '09:30')]],
  ['paused while resolved', [ev('resolved', '09:00'), ev('paused', '09:30')]],
  ['reopened while not resolved', [ev('reopened', '09:00')]],
  ['reopened twice', [ev('resolved', '09:00'), ev('reopened', '09:10'), ev('reopened', '09:20')]],
  ['resolved twice', [ev('resolved', '09:00'), ev('resolved', '09:30')]],
  ['responded twice', [ev('responded', '09:00'), ev('responded', '09:30')]],
  ['responded after resolution', [ev('resolved', '09:00'), ev('responded', '09:30')]],
  [
    'responded after resolution and reopening',
    [ev('resolved', '09:00'), ev('reopened', '09:10'), ev('responded', '09:30')],
  ],
  [
    'resumed after a resolution that ended a pause',
    [ev('paused', '09:00'), ev('resolved', '09:10'), ev('resumed', '09:20')],
  ],
  ['not an object', [null]],
  ['a string', ['responded']],
  ['an unknown type', [{ type: 'escalated', at: at('09:00') }]],
  ['a missing type', [{ at: at('09:00') }]],
  ['a missing instant', [{ type: 'responded' }]],
  ['an instant without offset', [{ type: 'responded', at: '2026-03-09T09:00:00' }]],
  ['an invalid Date', [{ type: 'responded', at: new Date(Number.NaN) }]],
  ['a priority change without priority', [{ type: 'priority-changed', at: at('09:00') }]],
  [
    'a priority change to an unknown priority',
    [{ type: 'priority-changed', at: at('09:00'), priority: 'urgent' }],
  ],
];

describe('strict evaluation refuses the event with invalid_event and its index', () => {
  it.each(refused)('%s', (_name, events) => {
    const index = events.length - 1;
    const error = strictError(events);
    expect(error.code).toBe('invalid_event');
    expect(error.path.startsWith(`ticket.events[${index}]`)).toBe(true);
    expect(error.message).toContain(`ticket.events[${index}]`);
  });

  it('names the offending event as the value and says why', () => {
    const event = ev('resumed', '09:00');
    const error = strictError([ev('responded', '08:30'), event]);
    expect(error).toMatchObject({ code: 'invalid_event', path: 'ticket.events[1]', value: event });
    expect(error.reason).toMatch(/resumed/);
    expect(error.reason).toMatch(/not paused/);
  });

  it('accepts events at the same instant, and at openedAt', () => {
    const report = evaluateTicket(
      STD,
      ticketWith([ev('responded', '08:00'), ev('paused', '08:00'), ev('resumed', '08:00')]),
      { now: NOW },
    );
    expect(report.metrics.gti).toMatchObject({ state: 'stopped', elapsed: 0 });
  });

  it('reports the first refused event when there are several', () => {
    expect(strictError([ev('resumed', '09:00'), ev('reopened', '09:30')]).path).toBe(
      'ticket.events[0]',
    );
  });
});

describe('lenient evaluation skips refused events and lists them', () => {
  it.each(refused)('%s', (_name, events) => {
    const index = events.length - 1;
    const report = evaluateTicket(STD, ticketWith(events), { now: NOW, lenient: true });
    expect(report.skipped).toHaveLength(1);
    const [skipped] = report.skipped ?? [];
    expect(skipped?.index).toBe(index);
    expect(skipped?.event).toBe(events[index]);
    expect(typeof skipped?.reason).toBe('string');
    expect(skipped?.reason.length).toBeGreaterThan(0);
    // The rest of the log is applied as if the skipped event were not there.
    const strict = evaluateTicket(STD, ticketWith(events.slice(0, index)), { now: NOW });
    expect({
      priority: report.priority,
      metrics: report.metrics,
      nextChangeAt: report.nextChangeAt,
    }).toEqual(strict);
  });

  it('keeps applying the events after a skipped one', () => {
    const events = [ev('resumed', '08:10'), ev('responded', '08:20'), ev('responded', '08:30')];
    const report = evaluateTicket(STD, ticketWith(events), { now: NOW, lenient: true });
    expect(report.skipped?.map((s) => s.index)).toEqual([0, 2]);
    expect(report.metrics.gti).toMatchObject({ state: 'stopped', elapsed: 20 * MINUTE });
  });

  it('gives an empty skipped list when nothing is skipped', () => {
    const report = evaluateTicket(STD, ticketWith([ev('responded', '08:20')]), {
      now: NOW,
      lenient: true,
    });
    expect(report.skipped).toEqual([]);
  });

  it('skipped lists are fresh: changing one changes no later result', () => {
    const lenient = { now: NOW, lenient: true };
    const first = evaluateTicket(STD, ticketWith([ev('resumed', '08:20')]), lenient);
    (first.skipped as SkippedEvent[]).pop();
    const second = evaluateTicket(STD, ticketWith([ev('resumed', '08:20')]), lenient);
    expect(second.skipped?.map((s) => s.index)).toEqual([0]);
    expect(sharedObjects(first, second)).toEqual([]);
  });
});

describe('malformed event instants never escape as a TypeError (DESIGN §9)', () => {
  // A BigInt is not an instant: it must be refused like any other non-instant.
  const events = [{ type: 'responded', at: 10n }];

  it('strict: SlaError invalid_event at ticket.events[0].at', () => {
    const error = strictError(events);
    expect(error).toMatchObject({ code: 'invalid_event' });
    expect(error.path.startsWith('ticket.events[0]')).toBe(true);
  });

  it('lenient: skipped', () => {
    const report = evaluateTicket(STD, ticketWith(events), { now: NOW, lenient: true });
    expect(report.skipped?.map((s) => s.index)).toEqual([0]);
  });
});
