import * as z from 'zod/mini';
import { lazy } from '../errors/from-zod-issue';
import type { Schedule } from '../schedule/schedule';
import type { ScheduleConfig } from '../schedule/schedule-config';
import { jsonScheduleConfigSchema } from '../schedule/schedule-config';
import type { ClockName, Priority, RequestKind } from './priority';
import { TARGET_PATTERN, type TargetInput } from './target';

/** A support plan as data: it can live in a JSON file (see `plan.schema.json`). */
export interface PlanConfig {
  /** The plan file's JSON Schema, for editors (`sla-clock/plan.schema.json`); ignored. */
  readonly $schema?: string;
  /** A stable identifier, such as `standard`. */
  readonly id: string;
  readonly name?: string;
  /** Opening hours (a `defineSchedule` configuration), `"24/7"`, or a compiled schedule. */
  readonly schedule: ScheduleConfig | '24/7' | Schedule;
  /** The GTI and GTR targets of every priority. */
  readonly targets: Readonly<Record<Priority, Readonly<Record<ClockName, TargetInput>>>>;
  /** Targets that replace the plan's for one request kind, e.g. `{ incident: { high: { gtr: { hours: 4 } } } }`. */
  readonly kinds?: Readonly<
    Partial<
      Record<
        RequestKind,
        Readonly<Partial<Record<Priority, Readonly<Partial<Record<ClockName, TargetInput>>>>>>
      >
    >
  >;
  /** Share of a target after which a running clock is at risk, in `(0, 1]`. Default 0.75. */
  readonly atRisk?: number;
}

/**
 * Builds the plan schema around a target and a schedule schema: at run time both are checked
 * by hand afterwards (for precise codes and paths); the JSON Schema spells them out.
 */
function planConfigShape<Target extends z.ZodMiniType, ScheduleShape extends z.ZodMiniType>(
  target: Target,
  schedule: ScheduleShape,
) {
  const clockTargets = z.strictObject({ gti: target, gtr: target });
  const partialClockTargets = z.strictObject({ gti: z.optional(target), gtr: z.optional(target) });
  const kindTargets = z.strictObject({
    normal: z.optional(partialClockTargets),
    medium: z.optional(partialClockTargets),
    high: z.optional(partialClockTargets),
    critical: z.optional(partialClockTargets),
  });
  return z.strictObject({
    /** Lets a plan file name its JSON Schema for editors; ignored. */
    $schema: z.optional(z.string()),
    id: z.string().check(z.minLength(1)),
    name: z.optional(z.string()),
    schedule,
    targets: z.strictObject({
      normal: clockTargets,
      medium: clockTargets,
      high: clockTargets,
      critical: clockTargets,
    }),
    kinds: z.optional(
      z.strictObject({
        request: z.optional(kindTargets),
        incident: z.optional(kindTargets),
        information: z.optional(kindTargets),
      }),
    ),
    atRisk: z.optional(z.number().check(z.gt(0), z.lte(1))),
  });
}

export const planConfigSchema = /* @__PURE__ */ lazy(() =>
  planConfigShape(z.unknown(), z.unknown()),
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

/** The plan schema as JSON can hold it, for `plan.schema.json`. */
export const jsonPlanConfigSchema = /* @__PURE__ */ lazy(() =>
  planConfigShape(timeTarget(), z.union([z.literal('24/7'), jsonScheduleConfigSchema()])),
);
