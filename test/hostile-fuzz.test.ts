// DESIGN §9 against hostile callers: every public function, given valid arguments with one part
// made hostile (a revoked Proxy, a Proxy whose traps throw, a throwing getter, an object without
// a prototype, a getter that answers differently on its second read), answers, refuses with a
// well-formed SlaError, or lets the caller's own error through, never an error of its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDateHolidays } from '../src/date-holidays';
import * as sla from '../src/index';
import {
  isCallersError,
  revokedProxy,
  throwingProxy,
  withFickleGetter,
  withoutPrototype,
  withThrowingGetter,
} from './support/hostile';

const NUM_RUNS = Number.parseInt(process.env.FC_NUM_RUNS ?? '', 10) || 1000;
const AT = '2026-03-02T10:00:00+01:00';
const HOURS = { mon: ['09:00-12:00', '13:00-17:00'], sat: ['22:00-02:00'] };
const scheduleConfig = () => ({
  timezone: 'Europe/Paris',
  hours: HOURS,
  holidays: ['2026-05-01'],
  overrides: { '2026-12-24': ['09:00-12:00'] },
});
const target = { gti: { minutes: 30 }, gtr: 'PT8H' };
const planConfig = () => ({
  id: 'p',
  schedule: scheduleConfig(),
  targets: { normal: target, medium: target, high: target, critical: { gti: 'PT15M', gtr: 'P1D' } },
  kinds: { incident: { high: { gtr: { hours: 2 } } } },
  atRisk: 0.8,
});
const ticket = (): sla.Ticket => ({
  id: 'T-1',
  openedAt: AT,
  priority: 'high',
  kind: 'incident',
  events: [
    { type: 'responded', at: '2026-03-02T10:10:00+01:00' },
    { type: 'paused', at: '2026-03-02T11:00:00+01:00' },
    { type: 'resumed', at: '2026-03-02T13:00:00+01:00' },
    { type: 'priority-changed', at: '2026-03-02T14:00:00+01:00', priority: 'critical' },
    { type: 'resolved', at: '2026-03-02T15:00:00+01:00' },
  ],
});
const evaluateOptions = (): sla.EvaluateTicketOptions => ({
  now: '2026-03-03T12:00:00+01:00',
  lenient: true,
  pausing: ['gtr'],
});
const calendar = () => ({
  id: 'C',
  holidaysOf: (year: number) => [{ date: `${year}-05-01`, name: 'May Day' }],
});
const calendarConfig = () => ({
  id: 'X',
  extends: ['FR', calendar()],
  without: ['whit-monday'],
  rules: [{ type: 'fixed', month: 12, day: 24, name: { fr: 'Veille', en: 'Eve' } }],
});
/** A date-holidays instance that knows one holiday a year. */
const mayDay = (year: number) => [
  {
    date: `${year}-05-01 00:00:00`,
    start: new Date(Date.UTC(year, 4, 1)),
    end: new Date(Date.UTC(year, 4, 2)),
    name: 'May Day',
    type: 'public',
  },
];
const desk = () => sla.defineSchedule(scheduleConfig());
const plan = () => sla.definePlan(planConfig() as sla.PlanConfig);

/** Each public function, and fresh valid arguments for it. */
const CASES: [string, () => unknown[], (...args: never[]) => unknown][] = [
  ['defineSchedule', () => [scheduleConfig()], sla.defineSchedule],
  ['unionSchedules', () => [desk(), sla.alwaysOpen()], sla.unionSchedules],
  ['intersectSchedules', () => [desk(), desk()], sla.intersectSchedules],
  ['isOpen', () => [desk(), AT], sla.isOpen],
  ['nextOpen', () => [desk(), AT], sla.nextOpen],
  ['openIntervals', () => [desk(), AT, '2026-03-09T10:00:00+01:00'], sla.openIntervals],
  ['businessTimeBetween', () => [desk(), AT, '2026-03-09T10:00:00+01:00'], sla.businessTimeBetween],
  ['addBusinessTime', () => [desk(), AT, { hours: 3, minutes: 30 }], sla.addBusinessTime],
  ['subtractBusinessTime', () => [desk(), AT, 'PT3H'], sla.subtractBusinessTime],
  ['addBusinessDays', () => [desk(), AT, 3], sla.addBusinessDays],
  ['defineCalendar', () => [calendarConfig()], sla.defineCalendar],
  ['holidayCalendar', () => ['FR-MQ'], sla.holidayCalendar],
  ['holidaysIn', () => [calendar(), 2026, { language: 'fr' }], sla.holidaysIn],
  ['isHoliday', () => [calendar(), '2026-05-01'], sla.isHoliday],
  [
    'fromDateHolidays',
    () => [{ getHolidays: mayDay }, { types: ['public'], id: 'dh' }],
    fromDateHolidays,
  ],
  [
    'classifyPriority',
    () => [{ blocked: true, workaround: false, usersBlocked: 3 }],
    sla.classifyPriority,
  ],
  ['definePlan', () => [planConfig()], sla.definePlan],
  [
    'standardPlan',
    () => [{ timezone: 'Europe/Paris', holidays: ['2026-05-01'], targets: { high: target } }],
    sla.standardPlan,
  ],
  [
    'premiumPlan',
    () => [{ id: 'gold', holidays: calendar(), overrides: { '2026-12-24': ['09:00-12:00'] } }],
    sla.premiumPlan,
  ],
  ['slaDeadlines', () => [plan(), ticket()], sla.slaDeadlines],
  ['evaluateTicket', () => [plan(), ticket(), evaluateOptions()], sla.evaluateTicket],
  [
    'explainTicket',
    () => [plan(), ticket(), { ...evaluateOptions(), language: 'fr' }],
    sla.explainTicket,
  ],
  [
    'summarizeTickets',
    () => [plan(), [ticket(), ticket()], { ...evaluateOptions(), groupBy: ['kind', 'month'] }],
    sla.summarizeTickets,
  ],
  [
    'createSlaSummary',
    () => [{ groupBy: ['priority', 'month'], timezone: 'Europe/Paris' }],
    sla.createSlaSummary,
  ],
  [
    'summary.add, reject, merge',
    () => [
      ticket(),
      sla.evaluateTicket(plan(), ticket(), evaluateOptions()),
      'line 2',
      new Error('x'),
    ],
    (...args: unknown[]) => {
      const summary = sla.createSlaSummary({ groupBy: ['kind', 'month'] });
      summary.reject(args[2] as string, args[3]);
      summary.add(args[0] as sla.Ticket, args[1] as sla.TicketEvaluation);
      summary.merge(sla.createSlaSummary({ groupBy: ['kind', 'month'] }));
      return summary.result();
    },
  ],
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** The ways a part of an argument is made hostile; `pick` chooses a key where one is needed. */
const POISONS: ((value: unknown, pick: number) => unknown)[] = [
  () => revokedProxy(),
  (value) => throwingProxy(typeof value === 'object' && value !== null ? value : {}),
  (value) => (isRecord(value) ? withoutPrototype(value) : withoutPrototype({ value })),
  (value, pick) => {
    const keys = isRecord(value) ? Object.keys(value) : [];
    const key = keys[pick % Math.max(keys.length, 1)] ?? 'value';
    return withThrowingGetter(isRecord(value) ? value : {}, key);
  },
  (value, pick) => {
    const keys = isRecord(value) ? Object.keys(value) : [];
    const key = keys[pick % Math.max(keys.length, 1)] ?? 'value';
    const fields = isRecord(value) ? value : {};
    return withFickleGetter(fields, key, fields[key], () => ({ not: 'what it was' }));
  },
];

/** `root` with the `node`-th plain object, array or leaf (depth first) replaced by `poison(it)`. */
function poisonNode(root: unknown, node: number, poison: (value: unknown) => unknown): unknown {
  let seen = 0;
  const walk = (value: unknown): unknown => {
    if (seen++ === node) return poison(value);
    if (Array.isArray(value)) return value.map(walk);
    if (!isRecord(value)) return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
  };
  const poisoned = walk(root);
  return seen > node ? poisoned : poison(root);
}

const CODES = new Set<string>([
  'invalid_instant',
  'invalid_duration',
  'invalid_argument',
  'invalid_schedule',
  'unknown_timezone',
  'invalid_range',
  'empty_range',
  'overlapping_ranges',
  'invalid_date',
  'invalid_calendar',
  'invalid_plan',
  'invalid_ticket',
  'invalid_event',
  'no_open_time',
  'out_of_range',
] satisfies sla.SlaErrorCode[]);

describe('fuzz: hostile arguments to every public function', () => {
  it.each(CASES)('%s', (_name, args, call) => {
    expect(() => call(...(args() as never[]))).not.toThrow();
    const hostile = fc.record({
      argument: fc.nat(),
      node: fc.nat({ max: 40 }),
      poison: fc.nat({ max: POISONS.length - 1 }),
      pick: fc.nat(),
    });
    fc.assert(
      fc.property(hostile, ({ argument, node, poison, pick }) => {
        const values = args();
        const index = argument % values.length;
        const poisonOne = POISONS[poison] as (typeof POISONS)[number];
        values[index] = poisonNode(values[index], node, (value) => poisonOne(value, pick));
        try {
          const result = call(...(values as never[]));
          if (result instanceof Date) expect(Number.isNaN(result.getTime())).toBe(false);
          if (typeof result === 'number') expect(Number.isFinite(result)).toBe(true);
        } catch (error) {
          if (isCallersError(error)) return;
          if (!(error instanceof sla.SlaError)) throw error;
          expect(CODES.has(error.code), error.message).toBe(true);
          expect(error.path.length).toBeGreaterThan(0);
          expect(error.message).toContain(error.path);
        }
      }),
      { numRuns: Math.ceil(NUM_RUNS / 4) },
    );
  });
});
