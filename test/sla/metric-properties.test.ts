// Issue 18: fast-check properties of DESIGN §13 — evaluateTicket against the reference model of
// test/support/cycle-model.ts on random metric definitions (and built-ins by name), random plans
// of priorities P1 < P2 < P3 with some targets null, random schedules and random valid logs of
// every event type (test/support/metric-arbitraries.ts).
//
// Where §13 leaves room, the model reads it one way (see test/support/cycle-model*.ts): business
// days of a calendar-hours metric are 24 h days; an idle metric's business-day target is converted
// from `now`, and it lists its alerts unprojected; a restart keeps the cycle's startedAt; a resume
// is a (re)start for the deadline's projection even when a pause holds at once; `pausing` makes
// `waiting` pause exactly the listed metrics; a transient breach between two events of one
// instant counts for everBreached. The generated plans keep to what the library accepts
// (metric-arbitraries.ts: no condition key its event lacks, durations only in alerts, …).
//
//   FC_NUM_RUNS / FC_SEED / FC_PATH as in test/support/fast-check-settings.ts.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
  type AlertDefinition,
  definePlan,
  evaluateTicket,
  type MetricDefinition,
  type MetricReport,
  type Plan,
  type PlanConfig,
  slaDeadlines,
  type TargetInput,
  type TicketEvent,
} from '../../src/index';
import { BUILTIN_METRIC_DATA } from '../support/builtin-metric-data';
import {
  type ModelAlert,
  type ModelAmount,
  type ModelMetric,
  type ModelMetricReport,
  modelMetrics,
} from '../support/cycle-model';
import { itHolds } from '../support/fast-check-settings';
import {
  METRIC_PRIORITIES,
  type MetricScenario,
  metricScenarioArb,
} from '../support/metric-arbitraries';
import { modelInputOf } from '../support/metric-inputs';
import { SECOND } from '../support/sla-fixtures';

/** The model's amounts are whole seconds or business days. */
const targetInput = (amount: ModelAmount): TargetInput =>
  typeof amount === 'number' ? { seconds: amount / SECOND } : { businessDays: amount.businessDays };

function alertInput(alert: ModelAlert): AlertDefinition {
  if ('before' in alert) return { ...alert, before: targetInput(alert.before) };
  if ('after' in alert) return { ...alert, after: targetInput(alert.after) };
  return alert;
}

/** A built-in by its name (the library's own definition), anything else as data. */
function definitionInput(metric: ModelMetric): string | MetricDefinition {
  if (BUILTIN_METRIC_DATA[metric.id as keyof typeof BUILTIN_METRIC_DATA] === metric)
    return metric.id;
  const { alerts, ...rest } = metric;
  return {
    ...rest,
    ...(alerts === undefined ? {} : { alerts: alerts.map(alertInput) }),
  } as MetricDefinition;
}

function planConfigOf(s: MetricScenario): PlanConfig {
  return {
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
}

const plans = new Map<string, Plan>();

function planOf(s: MetricScenario): Plan {
  const config = planConfigOf(s);
  const key = JSON.stringify(config);
  let plan = plans.get(key);
  if (plan === undefined) {
    plan = definePlan(config);
    if (plans.size > 2000) plans.clear();
    plans.set(key, plan);
  }
  return plan;
}

function evaluate(s: MetricScenario) {
  const ticket = {
    openedAt: s.openedAt,
    priority: s.priority,
    ...(s.status === undefined ? {} : { status: s.status }),
    events: s.events as unknown as TicketEvent[],
  };
  return evaluateTicket(planOf(s), ticket, {
    now: s.now,
    ...(s.onPriorityChange === undefined ? {} : { onPriorityChange: s.onPriorityChange }),
    ...(s.pausing === undefined ? {} : { pausing: s.pausing }),
  });
}

const ms = (date: Date | null) => (date === null ? null : date.getTime());

/** A library report in the model's terms (instants as epoch ms), and its derived fields checked. */
function asModel(report: MetricReport): ModelMetricReport {
  const { target, elapsed } = report;
  if (target !== null) {
    expect(report.remaining).toBe(target - elapsed);
    expect(report.percentUsed).toBeCloseTo((100 * elapsed) / target, 9);
    expect(report.breached).toBe(elapsed > target);
  }
  return {
    state: report.state,
    status: report.status,
    elapsed,
    target,
    deadline: ms(report.deadline),
    atRiskAt: ms(report.atRiskAt),
    breachedAt: ms(report.breachedAt),
    nextChangeAt: ms(report.nextChangeAt),
    cycles: report.cycles.map((cycle) => ({
      startedAt: ms(cycle.startedAt) as number,
      endedAt: ms(cycle.endedAt),
      status: cycle.status,
      elapsed: cycle.elapsed,
      target: cycle.target,
      deadline: ms(cycle.deadline),
      breachedAt: ms(cycle.breachedAt),
    })),
    everBreached: report.everBreached,
    alerts: report.alerts.map(({ id, at, passed }) => ({ id, at: ms(at), passed })),
  };
}

describe('evaluateTicket against the §13 reference model', () => {
  itHolds(
    'every metric reports what the model says',
    fc.property(metricScenarioArb, (s) => {
      const got = evaluate(s);
      const expected = modelMetrics(modelInputOf(s));
      expect(Object.keys(got.metrics).sort()).toEqual(Object.keys(expected.metrics).sort());
      for (const [id, report] of Object.entries(got.metrics)) {
        expect({ id, ...asModel(report) }).toEqual({ id, ...expected.metrics[id] });
      }
    }),
  );

  itHolds(
    'the priority and the instant to wake up at are the model’s',
    fc.property(metricScenarioArb, (s) => {
      const got = evaluate(s);
      const expected = modelMetrics(modelInputOf(s));
      expect(got.priority).toBe(expected.priority);
      expect(ms(got.nextChangeAt)).toBe(expected.nextChangeAt);
      if (got.nextChangeAt !== null) expect(ms(got.nextChangeAt)).toBeGreaterThanOrEqual(s.now);
    }),
  );

  itHolds(
    'at nextChangeAt the statuses and alerts are still those of now; 1 ms later some changed',
    fc.property(metricScenarioArb, (s) => {
      const wake = modelMetrics(modelInputOf(s)).nextChangeAt;
      fc.pre(wake !== null && s.events.every((event) => event.at <= s.now || event.at > wake + 1));
      const view = (now: number) => {
        const result = evaluate({ ...s, now });
        return Object.values(result.metrics).map((m) => [m.status, m.alerts.map((a) => a.passed)]);
      };
      expect(view(wake as number)).toEqual(view(s.now));
      expect(view((wake as number) + 1)).not.toEqual(view(s.now));
    }),
  );
});

describe('slaDeadlines on any plan', () => {
  itHolds(
    'a deadline for each metric the opening starts: its deadline at the opening, null if paused',
    fc.property(metricScenarioArb, (s) => {
      const ticket = {
        openedAt: s.openedAt,
        priority: s.priority,
        ...(s.status === undefined ? {} : { status: s.status }),
      };
      const atOpening = evaluateTicket(planOf(s), ticket, { now: s.openedAt });
      const expected: Record<string, number | null> = {};
      for (const [id, report] of Object.entries(atOpening.metrics)) {
        if (report.state !== 'idle') expected[id] = ms(report.deadline);
      }
      const got = Object.entries(slaDeadlines(planOf(s), ticket));
      expect(Object.fromEntries(got.map(([id, date]) => [id, ms(date ?? null)]))).toEqual(expected);
    }),
  );
});
