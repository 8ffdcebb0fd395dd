import * as z from 'zod/mini';
import type { HolidayCalendar } from '../../calendar/holiday-calendar';
import { lazy, parseOrThrow } from '../../errors/from-zod-issue';
import { SlaError } from '../../errors/sla-error';
import type { Schedule } from '../../schedule/schedule';
import type { ScheduleConfig } from '../../schedule/schedule-config';
import type { PlanConfig } from './plan-config';
import type { ClockName, Priority } from './priority';
import type { TargetInput } from './target';

/** Overrides for `standardPlan` and `premiumPlan`: every default can be replaced. */
export interface BuiltinPlanOptions {
  readonly id?: string;
  readonly name?: string;
  /** IANA zone of the desk. Default `America/Martinique`. */
  readonly timezone?: string;
  /** Holidays: a calendar, a built-in code or ISO dates. Standard default `FR-MQ`; premium none. */
  readonly holidays?: HolidayCalendar | string | readonly string[];
  /** Weekly hours. Standard default Monday–Friday 08:00–16:00; premium around the clock. */
  readonly hours?: ScheduleConfig['hours'];
  /** Per-date overrides of the hours. */
  readonly overrides?: ScheduleConfig['overrides'];
  /** A complete schedule instead of `timezone`, `holidays`, `hours` and `overrides`. */
  readonly schedule?: Schedule | ScheduleConfig | '24/7';
  /** Targets replacing the default table (`DEFAULT_TARGETS`), per priority and clock. */
  readonly targets?: Readonly<
    Partial<Record<Priority, Readonly<Partial<Record<ClockName, TargetInput>>>>>
  >;
  readonly kinds?: PlanConfig['kinds'];
  /** At-risk threshold. Default 0.75. */
  readonly atRisk?: number;
}

/**
 * The default targets of the built-in plans, per priority: time to first contact (`gti`) and to
 * resolution (`gtr`); days are business days.
 */
export const DEFAULT_TARGETS: PlanConfig['targets'] = Object.freeze({
  normal: Object.freeze({
    gti: Object.freeze({ hours: 1 }),
    gtr: Object.freeze({ businessDays: 7 }),
  }),
  medium: Object.freeze({
    gti: Object.freeze({ minutes: 45 }),
    gtr: Object.freeze({ businessDays: 3 }),
  }),
  high: Object.freeze({
    gti: Object.freeze({ minutes: 30 }),
    gtr: Object.freeze({ businessDays: 1 }),
  }),
  critical: Object.freeze({
    gti: Object.freeze({ minutes: 15 }),
    gtr: Object.freeze({ hours: 4 }),
  }),
});

export const DEFAULT_TIMEZONE = 'America/Martinique';

const partialClockTargets = /* @__PURE__ */ lazy(() =>
  z.optional(z.strictObject({ gti: z.optional(z.unknown()), gtr: z.optional(z.unknown()) })),
);

/** Catches misspelt options (`timeZone`, `Critical`, `gtx`), which would otherwise be ignored. */
const builtinPlanOptionsSchema = /* @__PURE__ */ lazy(() =>
  z.optional(
    z.strictObject({
      id: z.optional(z.unknown()),
      name: z.optional(z.unknown()),
      timezone: z.optional(z.unknown()),
      holidays: z.optional(z.union([z.string(), z.array(z.string()), z.object({})])),
      hours: z.optional(z.unknown()),
      overrides: z.optional(z.unknown()),
      schedule: z.optional(z.unknown()),
      targets: z.optional(
        z.strictObject({
          normal: partialClockTargets(),
          medium: partialClockTargets(),
          high: partialClockTargets(),
          critical: partialClockTargets(),
        }),
      ),
      kinds: z.optional(z.unknown()),
      atRisk: z.optional(z.unknown()),
    }),
  ),
);

/**
 * Merges options over a built-in plan's defaults into a `definePlan` configuration.
 *
 * @throws {SlaError} `invalid_plan` for an unknown option, priority or clock name.
 */
export function builtinPlanConfig(
  defaults: {
    id: string;
    name: string;
    /** The plan's schedule when no schedule option is given. */
    schedule: ScheduleConfig | '24/7';
    /** What `timezone`, `holidays`, `hours` and `overrides` options are merged into. */
    scheduleBase: ScheduleConfig;
  },
  options: BuiltinPlanOptions = {},
): Omit<PlanConfig, 'metrics'> {
  parseOrThrow(builtinPlanOptionsSchema, options, 'invalid_plan', 'options');
  const parts = (['timezone', 'holidays', 'hours', 'overrides'] as const).filter(
    (key) => options[key] !== undefined,
  );
  if (options.schedule !== undefined && parts.length > 0) {
    throw new SlaError(
      'invalid_plan',
      `options.${parts[0]}`,
      options[parts[0] as (typeof parts)[number]],
      'cannot be combined with options.schedule, which replaces the whole schedule',
    );
  }
  const targets = Object.fromEntries(
    (Object.keys(DEFAULT_TARGETS) as Priority[]).map((priority) => [
      priority,
      { ...DEFAULT_TARGETS[priority], ...options.targets?.[priority] },
    ]),
  ) as PlanConfig['targets'];
  return {
    id: options.id ?? defaults.id,
    name: options.name ?? defaults.name,
    schedule:
      options.schedule ?? scheduleFromOptions(options, defaults.scheduleBase) ?? defaults.schedule,
    targets,
    ...(options.kinds === undefined ? {} : { kinds: options.kinds }),
    ...(options.atRisk === undefined ? {} : { atRisk: options.atRisk }),
  };
}

/** The schedule options given by a caller, over the defaults; `undefined` when none are given. */
function scheduleFromOptions(
  options: BuiltinPlanOptions,
  defaults: ScheduleConfig,
): ScheduleConfig | undefined {
  const { timezone, holidays, hours, overrides } = options;
  if (
    timezone === undefined &&
    holidays === undefined &&
    hours === undefined &&
    overrides === undefined
  )
    return undefined;
  return {
    timezone: timezone ?? defaults.timezone,
    hours: hours ?? defaults.hours,
    ...((holidays ?? defaults.holidays) === undefined
      ? {}
      : { holidays: holidays ?? defaults.holidays }),
    ...((overrides ?? defaults.overrides) === undefined
      ? {}
      : { overrides: overrides ?? defaults.overrides }),
  } as ScheduleConfig;
}
