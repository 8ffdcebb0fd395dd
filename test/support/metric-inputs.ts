// The reference model's input (test/support/cycle-model.ts) for a random §13 scenario of
// test/support/metric-arbitraries.ts, and for a §8 scenario of test/support/sla-arbitraries.ts
// (whose targets are §7 inputs: `{ minutes }`, `PT…H`, `P…D`…), with schedules compiled once.
import { alwaysOpen, defineSchedule, type Schedule, type TargetInput } from '../../src/index';
import type { ModelAmount, ModelInput, ModelMetric } from './cycle-model';
import { METRIC_PRIORITIES, type MetricScenario } from './metric-arbitraries';
import type { Scenario, ScheduleSpec } from './sla-arbitraries';
import { HOUR, MINUTE, SECOND } from './sla-fixtures';

const schedules = new Map<string, Schedule>();

/** The compiled schedule of a spec, once per distinct spec. */
export function scheduleOf(spec: ScheduleSpec): Schedule {
  const key = JSON.stringify(spec);
  let schedule = schedules.get(key);
  if (schedule === undefined) {
    schedule = spec === '24/7' ? alwaysOpen() : defineSchedule(spec);
    if (schedules.size > 500) schedules.clear();
    schedules.set(key, schedule);
  }
  return schedule;
}

/** The reference model's input of a scenario. */
export function modelInputOf(s: MetricScenario): ModelInput {
  return {
    schedule: scheduleOf(s.schedule),
    priorities: METRIC_PRIORITIES,
    targets: s.targets,
    atRisk: s.atRisk,
    metrics: s.metrics,
    ticket: {
      openedAt: s.openedAt,
      priority: s.priority,
      events: s.events,
      ...(s.status === undefined ? {} : { status: s.status }),
    },
    now: s.now,
    ...(s.onPriorityChange === undefined ? {} : { onPriorityChange: s.onPriorityChange }),
    ...(s.pausing === undefined ? {} : { pausing: s.pausing }),
  };
}

/** A §8 target of sla-arbitraries (`{ minutes }`, `PT…H`, `P…D`…) as the model's amount. */
function amountOfTarget(target: TargetInput | null | undefined): ModelAmount {
  if (target === null || target === undefined) throw new Error('amountOfTarget: no target');
  if (typeof target !== 'string') {
    if ('businessDays' in target) return { businessDays: target.businessDays };
    const { hours = 0, minutes = 0, seconds = 0 } = target;
    return hours * HOUR + minutes * MINUTE + seconds * SECOND;
  }
  const days = /^P(\d+)D$/.exec(target)?.[1];
  const hours = /^PT(\d+)H$/.exec(target)?.[1];
  if (days !== undefined) return { businessDays: Number(days) };
  if (hours !== undefined) return Number(hours) * HOUR;
  throw new Error(`amountOfTarget: unexpected target ${target}`);
}

/** The model's input for a §8 scenario (test/support/sla-arbitraries.ts), with `metrics`. */
export function modelInputOfScenario(s: Scenario, metrics: readonly ModelMetric[]): ModelInput {
  const { plan } = s;
  // Read as plain data: the plan's config types are being widened to any metric (issue 18).
  type Table = Readonly<Record<string, Readonly<Record<string, TargetInput | null>> | undefined>>;
  const base = plan.targets as unknown as Table;
  const kind =
    s.kind === undefined ? undefined : (plan.kinds as unknown as Record<string, Table>)?.[s.kind];
  const targets = Object.fromEntries(
    Object.keys(base).map((priority) => {
      const pick = (clock: 'gti' | 'gtr') =>
        amountOfTarget(kind?.[priority]?.[clock] ?? base[priority]?.[clock]);
      return [priority, { gti: pick('gti'), gtr: pick('gtr') }];
    }),
  );
  return {
    schedule: scheduleOf(plan.schedule as ScheduleSpec),
    priorities: Object.keys(plan.targets),
    targets,
    atRisk: plan.atRisk ?? 0.75,
    metrics,
    ticket: {
      openedAt: s.openedAt,
      priority: s.priority,
      events: s.events.map((event) => ({ ...event, at: event.at as number })),
    },
    now: s.now,
    ...(s.onPriorityChange === undefined ? {} : { onPriorityChange: s.onPriorityChange }),
    ...(s.pausing === undefined ? {} : { pausing: s.pausing }),
  };
}
