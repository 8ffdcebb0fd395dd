// Helpers of the hand-worked cases of the §13 reference model (test/sla/cycle-model*.test.ts):
// one metric `m` of a plan P1 < P2 < P3, Martinique wall times of March 2026 written "D HH:mm"
// (2 is a Monday), and a report read as one line: state, status, elapsed/target in minutes,
// d(eadline), r (at risk), b(reached at), n(ext change), and "ever" when everBreached.
import { alwaysOpen, defineSchedule } from '../../src/index';
import {
  type ModelAmount,
  type ModelCondition,
  type ModelEvent,
  type ModelInput,
  type ModelMetric,
  modelMetrics,
} from './cycle-model';
import { HOUR, local, MINUTE, mqMs } from './sla-fixtures';

export const WEEKDAYS = defineSchedule({
  timezone: 'America/Martinique',
  hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, ['08:00-16:00']])),
  overrides: { '2026-03-04': ['08:00-12:00'] }, // a short Wednesday
});
export const AGENT_REPLY: ModelCondition = { event: 'replied', by: 'agent', public: true };
export const SOLVED: ModelCondition = { event: 'status-changed', status: ['solved', 'closed'] };
export const OPENED: ModelCondition = { event: 'opened' };
export type Metric = Omit<ModelMetric, 'id'>;

export const ms = (when: string) => mqMs(`2026-03-${when.padStart(8, '0')}`);
export const t = (at: number | null) => {
  const text = local(at === null ? null : new Date(at));
  return text === null ? '-' : `${Number(text.slice(8, 10))}${text.slice(10)}`;
};
export const min = (amount: number | null) => (amount === null ? '-' : `${amount / MINUTE}`);
export const e = (type: string, when: string, extra: Partial<ModelEvent> = {}): ModelEvent => ({
  type,
  at: ms(when),
  ...extra,
});
export const status = (when: string, value: string) => e('status-changed', when, { status: value });
export const pc = (when: string, priority: string) => e('priority-changed', when, { priority });
export const agent = (when: string) => e('replied', when, { by: 'agent' });

export interface Options extends Partial<Omit<ModelInput, 'targets' | 'ticket'>> {
  targets?: Record<string, ModelAmount | null>;
  opened?: string;
  priority?: string;
  status?: string;
}

/** Metric `m` of a plan P1 < P2 < P3 (1 h each unless told), 24/7 unless told, opened 2 00:00. */
export function run(metric: Metric, events: ModelEvent[], now: string, options: Options = {}) {
  const { targets = { P1: HOUR, P2: HOUR, P3: HOUR }, opened = '2 00:00', ...rest } = options;
  const { priority = 'P1', status: opening, ...input } = rest;
  const result = modelMetrics({
    schedule: alwaysOpen(),
    priorities: ['P1', 'P2', 'P3'],
    atRisk: 0.75,
    metrics: [{ id: 'm', ...metric }],
    ticket: { openedAt: ms(opened), priority, events, ...(opening ? { status: opening } : {}) },
    now: ms(now),
    ...input,
    targets: Object.fromEntries(Object.entries(targets).map(([p, target]) => [p, { m: target }])),
  });
  const r = result.metrics.m;
  if (r === undefined) throw new Error('no report for m');
  const line = `${r.state} ${r.status} ${min(r.elapsed)}/${min(r.target)} d ${t(r.deadline)} r ${t(r.atRiskAt)} b ${t(r.breachedAt)} n ${t(r.nextChangeAt)}`;
  return {
    report: r,
    line: r.everBreached ? `${line} ever` : line,
    cycles: r.cycles.map(
      (c) =>
        `${t(c.startedAt)}–${t(c.endedAt)} ${c.status} ${min(c.elapsed)}/${min(c.target)} d ${t(c.deadline)} b ${t(c.breachedAt)}`,
    ),
    alerts: r.alerts.map((a) => `${a.id} ${t(a.at)}${a.passed ? ' passed' : ''}`),
    next: t(result.nextChangeAt),
  };
}

export const NEXT_REPLY: Metric = {
  start: [{ event: 'replied', by: 'requester', public: true }],
  stop: [AGENT_REPLY, SOLVED],
  cycles: 'many',
};
export const PERIODIC: Metric = {
  start: [AGENT_REPLY],
  stop: [AGENT_REPLY, SOLVED],
  cycles: 'many',
};
export const REQUESTER_WAIT: Metric = {
  start: [OPENED],
  stop: [SOLVED],
  resume: [{ event: 'status-changed', status: ['new', 'open', 'pending', 'hold'] }],
  pause: [{ status: ['pending'] }],
};
