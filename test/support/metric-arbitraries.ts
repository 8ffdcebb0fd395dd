// fast-check arbitraries of DESIGN §13's property suite (test/sla/metric-properties.test.ts):
// random metric definitions (conditions over every event type, with and without the keys an
// event may carry), plans of priorities P1 < P2 < P3 with some targets null, random valid logs of
// every event type (test/support/metric-logs.ts), favouring the events the metrics name, and a
// `now` among or after them. Schedules, at-risk thresholds and opening instants are those of
// test/support/sla-arbitraries.ts.
import fc from 'fast-check';
import { BUILTIN_METRIC_DATA, BUILTIN_METRIC_NAMES } from './builtin-metric-data';
import type {
  ModelAlert,
  ModelAmount,
  ModelCondition,
  ModelEvent,
  ModelMetric,
  ModelStateCondition,
} from './cycle-model';
import {
  FIELD_VALUES,
  FIELDS,
  METRIC_PRIORITIES,
  materializeMetricLog,
  NEW_EVENT_TYPES,
  STATUSES,
  stepArb,
} from './metric-logs';
import { atRiskArb, openedAtArb, type ScheduleSpec, scheduleSpecArb } from './sla-arbitraries';
import { DAY, HOUR, MINUTE, SECOND } from './sla-fixtures';

export { METRIC_PRIORITIES, STATUSES } from './metric-logs';

const CONDITION_EVENTS = [
  'opened',
  'responded',
  'paused',
  'resumed',
  'priority-changed',
  'resolved',
  'reopened',
  ...NEW_EVENT_TYPES,
];
const BUSY = ['status-changed', 'replied', 'assigned', 'field-changed', 'priority-changed'];

const statusesArb = fc.subarray([...STATUSES], { minLength: 1 });

/**
 * Keys a condition may name that its event never carries (§13: such a key never matches). The
 * library refuses them when it reads the plan, so they are only generated when this is true.
 */
export const STRAY_KEYS = false;

/** A condition on `events` (weighted to the opening for `start`), with keys its event carries. */
const conditionArb = (openedWeight: number): fc.Arbitrary<ModelCondition> =>
  fc
    .record({
      event: fc.oneof(
        { weight: openedWeight, arbitrary: fc.constant('opened') },
        { weight: 4, arbitrary: fc.constantFrom(...CONDITION_EVENTS) },
      ),
      status: fc.option(statusesArb, { nil: undefined, freq: 2 }),
      by: fc.option(fc.constantFrom('agent' as const, 'requester' as const), {
        nil: undefined,
        freq: 2,
      }),
      public: fc.option(fc.boolean(), { nil: undefined, freq: 2 }),
      field: fc.option(fc.constantFrom(...FIELDS), { nil: undefined, freq: 2 }),
      value: fc.option(fc.constantFrom(...FIELD_VALUES), { nil: undefined, freq: 2 }),
      stray: fc.integer({ min: 0, max: 9 }),
    })
    .map(({ event, stray, ...keys }) => {
      const own: Record<string, readonly string[]> = {
        opened: ['status'],
        'status-changed': ['status'],
        replied: ['by', 'public'],
        'field-changed': ['field', 'value'],
      };
      const allowed = STRAY_KEYS && stray === 0 ? Object.keys(keys) : (own[event] ?? []);
      const kept = Object.entries(keys).filter(([k, v]) => v !== undefined && allowed.includes(k));
      return { event, ...Object.fromEntries(kept) } as ModelCondition;
    });

const conditionsArb = (minLength: number, openedWeight = 0) =>
  fc.array(conditionArb(openedWeight), { minLength, maxLength: 3 });

const stateConditionArb: fc.Arbitrary<ModelStateCondition> = fc.oneof(
  statusesArb.map((status) => ({ status })),
  fc.constant({ waiting: true as const }),
);

/** Durations: whole seconds or minutes (so the library reads them as `{ seconds }`). */
const durationArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 600 }).map((m) => m * MINUTE) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 7200 }).map((s) => s * SECOND) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 48 }).map((h) => h * HOUR) },
);

/** Targets: a duration or business days (alerts take durations only: §13 `{ before: duration }`). */
export const amountArb: fc.Arbitrary<ModelAmount> = fc.oneof(
  { weight: 6, arbitrary: durationArb },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 5 }).map((businessDays) => ({ businessDays })),
  },
);

const alertArb: fc.Arbitrary<ModelAlert> = fc
  .record({
    id: fc.option(fc.constantFrom('soon', 'late', 'warn'), { nil: undefined }),
    kind: fc.constantFrom('at', 'before', 'after'),
    share: fc.oneof(
      fc.constantFrom(0.5, 0.9, 1, 0.29),
      fc.double({ min: 0.01, max: 1, noNaN: true }),
    ),
    amount: durationArb,
  })
  .map(({ id, kind, share, amount }): ModelAlert => {
    const named = id === undefined ? {} : { id };
    if (kind === 'at') return { ...named, at: share };
    return kind === 'before' ? { ...named, before: amount } : { ...named, after: amount };
  });

/** Optional keys are left out, never set to undefined (as a plan file would write them). */
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

export const metricArb = (id: string): fc.Arbitrary<ModelMetric> =>
  fc
    .record({
      start: conditionsArb(1, 2),
      stop: conditionsArb(1),
      pause: optional(fc.array(stateConditionArb, { minLength: 1, maxLength: 2 })),
      resume: optional(conditionsArb(1)),
      reset: optional(conditionsArb(1)),
      cancel: optional(conditionsArb(1)),
      cycles: fc.constantFrom(undefined, 'one' as const, 'many' as const, 'many' as const),
      hours: optional(fc.constantFrom('business' as const, 'calendar' as const)),
      onPriorityChange: optional(fc.constantFrom('keep-elapsed' as const, 'restart' as const)),
      alerts: optional(
        // Ids name one alert of a metric; unnamed ones are `alert-<position>`.
        fc.uniqueArray(alertArb, {
          minLength: 1,
          maxLength: 3,
          selector: (alert) => alert.id ?? alert,
        }),
      ),
    })
    .chain((fields) =>
      // A third start and stop on plain events that every log has often: many cycles.
      fc.oneof(
        { weight: 2, arbitrary: fc.constant(fields) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom(...BUSY), fc.constantFrom(...BUSY))
            .map(([start, stop]) => ({
              ...fields,
              start: [{ event: start }],
              stop: [{ event: stop }],
            })),
        },
      ),
    )
    .map((fields) => ({
      id,
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    }))
    .map((metric) => metric as ModelMetric);

/** 1–3 metrics: random definitions `m1`, `m2`…, or built-ins by name (as their data). */
export const metricsArb: fc.Arbitrary<ModelMetric[]> = fc
  .array(fc.oneof(fc.constant(null), fc.constantFrom(...BUILTIN_METRIC_NAMES)), {
    minLength: 1,
    maxLength: 3,
  })
  .chain((picks) =>
    fc.tuple(
      ...picks.map((pick, i) =>
        pick === null ? metricArb(`m${i + 1}`) : fc.constant(BUILTIN_METRIC_DATA[pick]),
      ),
    ),
  )
  .map((metrics) => metrics.filter((m, i) => metrics.findIndex((n) => n.id === m.id) === i));

// ---------------------------------------------------------------------------------------------
// Scenarios.

export interface MetricScenario {
  schedule: ScheduleSpec;
  atRisk: number;
  metrics: ModelMetric[];
  /** targets[priority][metric id] */
  targets: Record<string, Record<string, ModelAmount | null>>;
  openedAt: number;
  priority: string;
  status: string | undefined;
  events: ModelEvent[];
  now: number;
  onPriorityChange: 'keep-elapsed' | 'restart' | undefined;
  pausing: string[] | undefined;
}

export const metricScenarioArb: fc.Arbitrary<MetricScenario> = metricsArb.chain((metrics) =>
  fc
    .record({
      schedule: scheduleSpecArb,
      atRisk: atRiskArb,
      targets: fc.tuple(
        ...METRIC_PRIORITIES.map(() =>
          fc.tuple(...metrics.map(() => fc.option(amountArb, { nil: null, freq: 8 }))),
        ),
      ),
      openedAt: openedAtArb,
      priority: fc.constantFrom(...METRIC_PRIORITIES),
      status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
      steps: fc.array(stepArb, { maxLength: 16 }),
      onPriorityChange: fc.constantFrom(undefined, 'keep-elapsed' as const, 'restart' as const),
      pausing: optional(fc.subarray(metrics.map((m) => m.id))),
      // Now at (or 1 ms around) an event, or some time after one; half the time after the last.
      nowPick: fc.oneof(fc.nat(), fc.constant(-1)),
      nowShift: fc.oneof(fc.constantFrom(0, -1, 1), fc.integer({ min: 0, max: 3 * DAY })),
    })
    .map(({ targets, steps, nowPick, nowShift, ...rest }) => {
      const named = metrics.flatMap((m) =>
        [m.start, m.stop, m.resume ?? [], m.reset ?? [], m.cancel ?? []].flat().map((c) => c.event),
      );
      const events = materializeMetricLog(rest.openedAt, steps, named);
      const instants = [rest.openedAt, ...events.map((e) => e.at)];
      const picked = nowPick < 0 ? instants.length - 1 : nowPick % instants.length;
      const now = Math.max(rest.openedAt, (instants[picked] ?? 0) + nowShift);
      const table = METRIC_PRIORITIES.map((p, i) => [
        p,
        Object.fromEntries(metrics.map((m, j) => [m.id, targets[i]?.[j] ?? null])),
      ]);
      return { ...rest, metrics, targets: Object.fromEntries(table), events, now };
    }),
);
