// Shared fixtures of the SLA suite (test/sla): Martinique wall times, the FR-MQ 2026 holidays,
// the standard plan built two ways, and a readable view of a clock report.
import {
  type Plan as AnyPlan,
  type BuiltinPlanOptions,
  type ClockReport,
  type EvaluateTicketOptions,
  evaluateTicket,
  standardPlan,
  type Ticket,
  type TicketEvaluation,
} from '../../src/index';

/** The default plans' metrics: every plan of this file runs them. */
type Plan = AnyPlan<'gti' | 'gtr'>;

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * FR-MQ public holidays of 2026: France's eleven (Easter Monday 6 April, Ascension 14 May, Whit
 * Monday 25 May) plus Good Friday (3 April), the abolition of slavery (22 May) and Victor
 * Schœlcher day (21 July).
 */
export const FR_MQ_2026 = Object.freeze([
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-01',
  '2026-05-08',
  '2026-05-14',
  '2026-05-22',
  '2026-05-25',
  '2026-07-14',
  '2026-07-21',
  '2026-08-15',
  '2026-11-01',
  '2026-11-11',
  '2026-12-25',
]);

/**
 * The standard plan as the issue asks for it (`standardPlan()`, FR-MQ calendar), and the same
 * plan with the 2026 FR-MQ holidays given as explicit dates. Plans are built lazily so that a
 * failing calendar fails its own tests only.
 */
export const STANDARD_PLANS: readonly (readonly [
  string,
  (options?: BuiltinPlanOptions) => Plan,
])[] = [
  ['standardPlan()', (options = {}) => standardPlan(options)],
  [
    'standardPlan({ holidays: FR-MQ 2026 dates })',
    (options = {}) => standardPlan({ holidays: FR_MQ_2026, ...options }),
  ],
];

const LOCAL = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(:\d{2}(\.\d{3})?)?$/;

/** A Martinique wall time `"YYYY-MM-DD HH:mm[:ss[.SSS]]"` (UTC−4 all year, no DST) as a Date. */
export function mq(local: string): Date {
  const match = LOCAL.exec(local);
  if (!match) throw new Error(`mq: bad local time ${local}`);
  return new Date(`${match[1]}T${match[2]}${match[3] ?? ':00'}-04:00`);
}

/** A Martinique wall time in epoch milliseconds. */
export const mqMs = (local: string): number => mq(local).getTime();

/** A Date as a Martinique wall time `"YYYY-MM-DD HH:mm"` (with `:ss.SSS` only when not zero). */
export function local(date: Date | null | undefined): string | null {
  // A metric a deadline map leaves out is shown like a missing deadline.
  if (date === null || date === undefined) return null;
  const iso = new Date(date.getTime() - 4 * HOUR).toISOString();
  const seconds = iso.slice(16, 23);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds === ':00.000' ? '' : seconds}`;
}

/** A clock report with its instants as Martinique wall times, for compact expectations. */
export interface ClockView {
  state: ClockReport['state'];
  status: ClockReport['status'];
  target: number | null;
  elapsed: number;
  remaining: number | null;
  percentUsed: number;
  breached: boolean;
  deadline: string | null;
  atRiskAt: string | null;
  breachedAt: string | null;
  nextChangeAt: string | null;
}

export function view(report: ClockReport): ClockView {
  return {
    state: report.state,
    status: report.status,
    target: report.target,
    elapsed: report.elapsed,
    remaining: report.remaining,
    percentUsed: report.percentUsed,
    breached: report.breached,
    deadline: local(report.deadline),
    atRiskAt: local(report.atRiskAt),
    breachedAt: local(report.breachedAt),
    nextChangeAt: local(report.nextChangeAt),
  };
}

/** `evaluateTicket` with `now` as a Martinique wall time. */
export function evaluateAt(
  plan: Plan,
  ticket: Ticket,
  now: string,
  options: Omit<EvaluateTicketOptions, 'now'> = {},
): TicketEvaluation<'gti' | 'gtr'> {
  return evaluateTicket(plan, ticket, { ...options, now: mq(now) });
}

/** The status of both clocks, for quick before/after checks. */
export function statuses(evaluation: TicketEvaluation<'gti' | 'gtr'>): [string, string] {
  return [evaluation.metrics.gti.status, evaluation.metrics.gtr.status];
}

/** `value`, which the test knows is there (a metric of the default plans, a target): fails if not. */
export function present<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value, found none');
  return value;
}
