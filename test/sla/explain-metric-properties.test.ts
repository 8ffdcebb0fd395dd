// Laws of explainTicket over random metric definitions (issue 18), with the plans, logs and
// options of test/support/metric-arbitraries.ts: each metric's story is contiguous and whole from
// the opening to its end; the counted segments of each cycle add up to that cycle's elapsed time
// (the report's for the current one); counted, projected and discarded time is open time of the
// metric's hours and closed time has none; idle stretches are exactly those outside every cycle;
// a pause names a condition that holds all along it; every cycle's start, end and breach is an
// event; and explaining changes nothing in the evaluation.
//
//   FC_NUM_RUNS / FC_SEED / FC_PATH as in test/support/fast-check-settings.ts.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
  type AlertDefinition,
  alwaysOpen,
  businessTimeBetween,
  type ClockEvent,
  type ClockExplanation,
  definePlan,
  evaluateTicket,
  explainTicket,
  type MetricDefinition,
  type Plan,
  type PlanConfig,
  type TargetInput,
  type Ticket,
  type TicketEvent,
} from '../../src/index';
import { BUILTIN_METRIC_DATA } from '../support/builtin-metric-data';
import type { ModelAlert, ModelAmount, ModelMetric } from '../support/cycle-model';
import { itHolds } from '../support/fast-check-settings';
import {
  METRIC_PRIORITIES,
  type MetricScenario,
  metricScenarioArb,
} from '../support/metric-arbitraries';
import { SECOND } from '../support/sla-fixtures';

// The scenario as the library takes it (as in test/sla/metric-properties.test.ts).
const targetInput = (amount: ModelAmount): TargetInput =>
  typeof amount === 'number' ? { seconds: amount / SECOND } : { businessDays: amount.businessDays };

function alertInput(alert: ModelAlert): AlertDefinition {
  if ('before' in alert) return { ...alert, before: targetInput(alert.before) };
  if ('after' in alert) return { ...alert, after: targetInput(alert.after) };
  return alert;
}

function definitionInput(metric: ModelMetric): string | MetricDefinition {
  if (BUILTIN_METRIC_DATA[metric.id as keyof typeof BUILTIN_METRIC_DATA] === metric)
    return metric.id;
  const { alerts, ...rest } = metric;
  return {
    ...rest,
    ...(alerts === undefined ? {} : { alerts: alerts.map(alertInput) }),
  } as MetricDefinition;
}

const plans = new Map<string, Plan>();

function planOf(s: MetricScenario): Plan {
  const config = {
    id: 'random',
    schedule: s.schedule,
    priorities: [...METRIC_PRIORITIES],
    metrics: s.metrics.map(definitionInput),
    targets: Object.fromEntries(
      Object.entries(s.targets).map(([priority, row]) => [
        priority,
        Object.fromEntries(
          Object.entries(row).map(([id, t]) => [id, t === null ? null : targetInput(t)]),
        ),
      ]),
    ),
    atRisk: s.atRisk,
  } as PlanConfig;
  const key = JSON.stringify(config);
  let plan = plans.get(key);
  if (plan === undefined) {
    plan = definePlan(config);
    if (plans.size > 2000) plans.clear();
    plans.set(key, plan);
  }
  return plan;
}

function ticketOf(s: MetricScenario): Ticket {
  return {
    openedAt: s.openedAt,
    priority: s.priority,
    ...(s.status === undefined ? {} : { status: s.status }),
    events: s.events as unknown as TicketEvent[],
  };
}

function optionsOf(s: MetricScenario) {
  return {
    now: s.now,
    ...(s.onPriorityChange === undefined ? {} : { onPriorityChange: s.onPriorityChange }),
    ...(s.pausing === undefined ? {} : { pausing: s.pausing }),
  };
}

const ms = (date: Date | null | undefined) => (date == null ? null : date.getTime());

/** Each metric's explanation, with its definition. */
function explained(s: MetricScenario): { metric: ModelMetric; clock: ClockExplanation }[] {
  const explanation = explainTicket(planOf(s), ticketOf(s), optionsOf(s));
  return s.metrics.map((metric) => ({
    metric,
    clock: explanation.metrics[metric.id] as ClockExplanation,
  }));
}

/** Where a story ends: the last cycle's end, else now, else (counting) its deadline after now. */
function storyEnd(s: MetricScenario, { report }: ClockExplanation): number {
  if (report.state === 'stopped') return ms(report.cycles.at(-1)?.endedAt) ?? s.openedAt;
  const deadline = ms(report.deadline);
  return report.state === 'running' && deadline !== null && deadline > s.now ? deadline : s.now;
}

/** The cycle a segment belongs to: the last one started at or before it, unless that one ended. */
function cycleOf(clock: ClockExplanation, from: number): number | null {
  const { cycles } = clock.report;
  for (let i = cycles.length - 1; i >= 0; i--) {
    const cycle = cycles[i];
    if (cycle === undefined || cycle.startedAt.getTime() > from) continue;
    const end = ms(cycle.endedAt);
    return end === null || from < end ? i : null;
  }
  return null;
}

/** The ticket's status and whether it waits on the customer, after every event at or before `t`. */
function stateAt(s: MetricScenario, t: number): { status: string; waiting: boolean } {
  let status = s.status ?? 'new';
  let waiting = false;
  for (const event of s.events) {
    if (event.at > t || event.at > s.now) break;
    if (event.type === 'status-changed') status = (event as { status: string }).status;
    else if (event.type === 'paused') waiting = true;
    else if (event.type === 'resumed' || event.type === 'resolved') waiting = false;
  }
  return { status, waiting };
}

describe('explainTicket laws, random metric definitions', () => {
  itHolds(
    'segments are contiguous and cover the story from the opening to its end',
    fc.property(metricScenarioArb, (s) => {
      for (const { clock } of explained(s)) {
        const { segments } = clock;
        const end = storyEnd(s, clock);
        if (end === s.openedAt) {
          expect(segments).toEqual([]);
          continue;
        }
        expect(ms(segments[0]?.from)).toBe(s.openedAt);
        expect(ms(segments.at(-1)?.to)).toBe(end);
        segments.forEach((segment, i) => {
          expect(segment.to.getTime()).toBeGreaterThan(segment.from.getTime());
          if (i > 0) expect(segment.from.getTime()).toBe(segments[i - 1]?.to.getTime());
        });
      }
    }),
  );

  itHolds(
    "each cycle's counted segments add up to its elapsed time, the current one's to the report's",
    fc.property(metricScenarioArb, (s) => {
      for (const { clock } of explained(s)) {
        const { cycles } = clock.report;
        const counted = cycles.map(() => 0);
        for (const segment of clock.segments) {
          const cycle = cycleOf(clock, segment.from.getTime());
          if (segment.kind === 'idle') expect(cycle).toBeNull();
          else expect(cycle, segment.kind).not.toBeNull();
          if (segment.kind === 'counted' && cycle !== null)
            counted[cycle] = (counted[cycle] ?? 0) + segment.business;
        }
        expect(counted).toEqual(cycles.map((cycle) => cycle.elapsed));
        expect(counted.at(-1) ?? 0).toBe(clock.report.elapsed);
      }
    }),
  );

  itHolds(
    "counted, projected and discarded time is open time of the metric's hours; closed has none",
    fc.property(metricScenarioArb, (s) => {
      const plan = planOf(s);
      for (const { metric, clock } of explained(s)) {
        const schedule = metric.hours === 'calendar' ? alwaysOpen() : plan.schedule;
        for (const segment of clock.segments) {
          const length = segment.to.getTime() - segment.from.getTime();
          const open = businessTimeBetween(schedule, segment.from, segment.to);
          if (['counted', 'projected', 'discarded'].includes(segment.kind)) {
            expect([segment.business, open]).toEqual([length, length]);
          } else {
            expect(segment.business).toBe(0);
          }
          if (segment.kind === 'closed') {
            expect(open).toBe(0);
            expect(segment.reason).toBeDefined();
          }
          if (segment.kind === 'projected')
            expect(segment.from.getTime()).toBeGreaterThanOrEqual(s.now);
        }
      }
    }),
  );

  itHolds(
    'a pause names a condition of the metric that holds all along it; a stop names its event',
    fc.property(metricScenarioArb, (s) => {
      for (const { metric, clock } of explained(s)) {
        const statuses = (metric.pause ?? []).flatMap((c) => ('status' in c ? c.status : []));
        const waits =
          s.pausing === undefined
            ? (metric.pause ?? []).some((c) => 'waiting' in c)
            : s.pausing.includes(metric.id);
        for (const segment of clock.segments) {
          if (segment.kind === 'stopped') {
            expect(['resolved', 'status', 'event']).toContain(segment.reason?.type);
          }
          if (segment.kind !== 'paused') continue;
          const from = segment.from.getTime();
          const to = segment.to.getTime();
          const instants = [from, ...s.events.map((e) => e.at).filter((t) => t > from && t < to)];
          const { reason } = segment;
          expect(['waiting', 'status']).toContain(reason?.type);
          for (const t of instants) {
            const state = stateAt(s, t);
            if (reason?.type === 'waiting') {
              expect(waits && state.waiting).toBe(true);
            } else {
              expect(statuses).toContain(reason?.status);
              expect(state.status).toBe(reason?.status);
            }
          }
        }
      }
    }),
  );

  itHolds(
    "every cycle's start, end and breach is an event, in time order",
    fc.property(metricScenarioArb, (s) => {
      for (const { clock } of explained(s)) {
        const { events, report } = clock;
        const times = events.map((e) => e.at.getTime());
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(events[0]).toEqual({ at: new Date(s.openedAt), type: 'opened' });
        // Every cycle starts at a `started` event, but one that the opening started (`opened`).
        const starts = events.filter((e) => e.type === 'started').map((e) => e.at.getTime());
        const cycleStarts = report.cycles.map((c) => c.startedAt.getTime());
        if (starts.length === cycleStarts.length - 1) expect(cycleStarts[0]).toBe(s.openedAt);
        else expect(starts.length).toBe(cycleStarts.length);
        expect(cycleStarts.slice(cycleStarts.length - starts.length)).toEqual(starts);
        // Walked in order, each end belongs to the cycle last started; a cycle's last end (after
        // any resumes) says how it ended.
        const lastEnd: (ClockEvent | undefined)[] = report.cycles.map(() => undefined);
        let current = starts.length === cycleStarts.length ? -1 : 0;
        for (const event of events) {
          if (event.type === 'started') current++;
          else if (['responded', 'resolved', 'stopped', 'cancelled'].includes(event.type)) {
            expect(current).toBeGreaterThanOrEqual(0);
            lastEnd[current] = event;
          }
        }
        report.cycles.forEach((cycle, i) => {
          const end = lastEnd[i];
          if (cycle.endedAt === null) {
            // Running: an end it had was followed by a resume.
            if (end !== undefined) expect(events.some((e) => e.type === 'reopened')).toBe(true);
            return;
          }
          expect(ms(end?.at)).toBe(cycle.endedAt.getTime());
          if (cycle.status === 'cancelled') expect(end?.type).toBe('cancelled');
          else expect(end?.outcome).toBe(cycle.status);
        });
        const breaches = events.filter((e) => e.type === 'breached').map((e) => e.at.getTime());
        expect(breaches).toEqual(
          report.cycles.flatMap((c) => (c.breachedAt === null ? [] : [c.breachedAt.getTime()])),
        );
      }
    }),
  );

  itHolds(
    'explaining changes nothing in the evaluation',
    fc.property(metricScenarioArb, (s) => {
      const plan = planOf(s);
      const explanation = explainTicket(plan, ticketOf(s), optionsOf(s));
      const evaluation = evaluateTicket(plan, ticketOf(s), optionsOf(s));
      expect(explanation.priority).toBe(evaluation.priority);
      for (const metric of s.metrics) {
        const clock = explanation.metrics[metric.id] as ClockExplanation;
        expect(clock.report).toEqual(evaluation.metrics[metric.id]);
        expect(ms(clock.deadline)).toBe(ms(evaluation.metrics[metric.id]?.deadline));
        expect(ms(clock.breachedAt)).toBe(ms(evaluation.metrics[metric.id]?.breachedAt));
      }
    }),
  );
});
