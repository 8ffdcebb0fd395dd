import * as z from 'zod/mini';
import { lazy } from '../../errors/from-zod-issue';
import type { Schedule } from '../../schedule/schedule';
import type { ScheduleConfig } from '../../schedule/schedule-config';
import { jsonScheduleConfigSchema } from '../../schedule/schedule-config';
import { BUILTIN_METRICS } from './builtin-metrics';
import { CONDITION_EVENTS } from './event-types';
import type { MetricDefinition } from './metric-definition';
import type { Label, Priority, RequestKind } from './priority';
import { TARGET_PATTERN, type TargetInput } from './target';

/** A plan's targets for one priority: per metric, a target, or `null` where it is not measured. */
export type MetricTargetsInput = Readonly<Record<string, TargetInput | null>>;

/** A support plan as data: it can live in a JSON file (see `plan.schema.json`). */
export interface PlanConfig {
  /** The plan file's JSON Schema, for editors (`sla-clock/plan.schema.json`); ignored. */
  readonly $schema?: string;
  /** A stable identifier, such as `standard`. */
  readonly id: string;
  readonly name?: string;
  /** Opening hours (a `defineSchedule` configuration), `"24/7"`, or a compiled schedule. */
  readonly schedule: ScheduleConfig | '24/7' | Schedule;
  /** The plan's priorities, least urgent first. Default `normal`, `medium`, `high`, `critical`. */
  readonly priorities?: readonly (Priority | { readonly id: Priority; readonly label?: Label })[];
  /** The kinds a ticket may have. Default `request`, `incident`, `information`. */
  readonly requestKinds?: readonly RequestKind[];
  /** The metrics the plan runs: built-in names or definitions. Default `['gti', 'gtr']`. */
  readonly metrics?: readonly (string | MetricDefinition)[];
  /** Per priority, per metric: a target, or `null` where the metric is not measured. */
  readonly targets: Readonly<Record<Priority, MetricTargetsInput>>;
  /** Targets that replace the plan's for one request kind, e.g. `{ incident: { high: { gtr: { hours: 4 } } } }`. */
  readonly kinds?: Readonly<Record<RequestKind, Readonly<Record<Priority, MetricTargetsInput>>>>;
  /** Share of a target after which a running cycle is at risk, in `(0, 1]`. Default 0.75. */
  readonly atRisk?: number;
}

/** The keys of a plan: their contents are checked by hand, for precise paths and reasons. */
export const planConfigSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    $schema: z.optional(z.string()),
    id: z.string().check(z.minLength(1)),
    name: z.optional(z.string()),
    schedule: z.unknown(),
    priorities: z.optional(z.unknown()),
    requestKinds: z.optional(z.unknown()),
    metrics: z.optional(z.unknown()),
    targets: z.unknown(),
    kinds: z.optional(z.unknown()),
    atRisk: z.optional(z.number().check(z.gt(0), z.lte(1))),
  }),
);

const timeTarget = () =>
  z.union([
    z.string().check(z.regex(TARGET_PATTERN)),
    z.strictObject({
      hours: z.optional(z.number().check(z.gte(0))),
      minutes: z.optional(z.number().check(z.gte(0))),
      seconds: z.optional(z.number().check(z.gte(0))),
    }),
    z.strictObject({ businessDays: z.int().check(z.gte(1), z.lte(1000)) }),
  ]);

const nonEmpty = () => z.string().check(z.minLength(1));
const label = () => z.strictObject({ fr: z.optional(z.string()), en: z.optional(z.string()) });
const statusList = () => z.array(nonEmpty()).check(z.minLength(1));

const condition = () =>
  z.strictObject({
    event: z.enum(CONDITION_EVENTS as [string, ...string[]]),
    status: z.optional(statusList()),
    by: z.optional(z.enum(['agent', 'requester'])),
    public: z.optional(z.boolean()),
    field: z.optional(z.string()),
    value: z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()])),
  });

const metricDefinition = () => {
  const conditions = () => z.array(condition());
  const duration = () =>
    z.union([
      z.string().check(z.regex(/^PT/)),
      z.strictObject({
        hours: z.optional(z.number().check(z.gte(0))),
        minutes: z.optional(z.number().check(z.gte(0))),
        seconds: z.optional(z.number().check(z.gte(0))),
      }),
    ]);
  const id = z.optional(nonEmpty());
  return z.strictObject({
    id: nonEmpty(),
    label: z.optional(label()),
    start: conditions().check(z.minLength(1)),
    stop: conditions().check(z.minLength(1)),
    pause: z.optional(
      z.array(
        z.union([
          z.strictObject({ status: statusList() }),
          z.strictObject({ waiting: z.literal(true) }),
        ]),
      ),
    ),
    resume: z.optional(conditions()),
    reset: z.optional(conditions()),
    cancel: z.optional(conditions()),
    cycles: z.optional(z.enum(['one', 'many'])),
    hours: z.optional(z.enum(['business', 'calendar'])),
    onPriorityChange: z.optional(z.enum(['keep-elapsed', 'restart'])),
    alerts: z.optional(
      z.array(
        z.union([
          z.strictObject({ id, at: z.number().check(z.gt(0)) }),
          z.strictObject({ id, before: duration() }),
          z.strictObject({ id, after: duration() }),
        ]),
      ),
    ),
  });
};

/** The plan schema as JSON can hold it, for `plan.schema.json`. */
export const jsonPlanConfigSchema = /* @__PURE__ */ lazy(() => {
  const metricTargets = z.record(z.string(), z.nullable(timeTarget()));
  return z.strictObject({
    $schema: z.optional(z.string()),
    id: nonEmpty(),
    name: z.optional(z.string()),
    schedule: z.union([z.literal('24/7'), jsonScheduleConfigSchema()]),
    priorities: z.optional(
      z
        .array(
          z.union([nonEmpty(), z.strictObject({ id: nonEmpty(), label: z.optional(label()) })]),
        )
        .check(z.minLength(1)),
    ),
    requestKinds: z.optional(z.array(nonEmpty())),
    metrics: z.optional(
      z
        .array(
          z.union([
            z.enum(Object.keys(BUILTIN_METRICS) as [string, ...string[]]),
            metricDefinition(),
          ]),
        )
        .check(z.minLength(1)),
    ),
    targets: z.record(z.string(), metricTargets),
    kinds: z.optional(z.record(z.string(), z.record(z.string(), metricTargets))),
    atRisk: z.optional(z.number().check(z.gt(0), z.lte(1))),
  });
});
