import * as z from 'zod/mini';
import { lazy, parseOrThrow } from '../errors/from-zod-issue';
import { SlaError } from '../errors/sla-error';
import type { ClockTally } from './clock-tally';
import type { GroupKey } from './group-key';
import { GroupTally } from './group-tally';
import type { RejectedSample } from './sla-summary';

/**
 * The version of the state `summary.toJSON()` writes; a state of another version is refused.
 *
 * @example
 * createSlaSummary().toJSON().version === SUMMARY_STATE_VERSION;
 * //=> true
 */
export const SUMMARY_STATE_VERSION = 1;

/** One metric of one group, in a summary's state: its counts and the times of its stopped cycles. */
export interface ClockTallyState {
  readonly met: number;
  readonly missed: number;
  readonly breached: number;
  readonly atRisk: number;
  readonly onTrack: number;
  readonly cancelled: number;
  /** Business milliseconds of each met or missed cycle, exact (whole numbers), ascending. */
  readonly taken: readonly number[];
}

/**
 * What a summary holds, as plain JSON-ready data (`summary.toJSON()`): enough to restore it in
 * another process (`createSlaSummary({ state })`) or merge it (`summary.merge(state)`), exactly.
 */
export interface SlaSummaryState {
  readonly format: 'sla-clock summary';
  readonly version: typeof SUMMARY_STATE_VERSION;
  readonly groupBy: readonly string[];
  readonly timezone: string;
  /** What orders the groups and checks kinds: the plan's or policies' priorities, kinds (`null`: any), policies. */
  readonly priorities: readonly string[];
  readonly kinds: readonly string[] | null;
  readonly policies: readonly string[];
  readonly metrics: readonly string[];
  readonly groups: readonly {
    readonly key: GroupKey;
    readonly tickets: number;
    readonly metrics: Readonly<Record<string, ClockTallyState>>;
  }[];
  readonly rejected: { readonly count: number; readonly samples: readonly RejectedSample[] };
  readonly skippedEvents: number;
}

/** What a summary holds, as the builder keeps it: its state, or another builder's. */
export interface SummaryParts {
  readonly groupBy: readonly string[];
  readonly timezone: string;
  readonly priorities: readonly string[];
  readonly kinds: ReadonlySet<string> | null;
  readonly policies: readonly string[];
  readonly metrics: readonly string[];
  readonly groups: readonly GroupTally[];
  readonly rejected: number;
  readonly samples: readonly RejectedSample[];
  readonly skippedEvents: number;
}

/**
 * A summary's parts as its state: fresh plain data.
 *
 * @param timesOf - Each metric's `taken` list (by default all its times, ascending).
 */
export function stateOf(
  parts: SummaryParts,
  timesOf: (taken: ClockTally['taken']) => number[] = (taken) => taken.values(),
): SlaSummaryState {
  return {
    format: 'sla-clock summary',
    version: SUMMARY_STATE_VERSION,
    groupBy: [...parts.groupBy],
    timezone: parts.timezone,
    priorities: [...parts.priorities],
    kinds: parts.kinds === null ? null : [...parts.kinds],
    policies: [...parts.policies],
    metrics: [...parts.metrics],
    groups: parts.groups.map((group) => ({
      key: { ...group.key },
      tickets: group.tickets,
      metrics: Object.fromEntries(
        [...group.metrics].map(([metric, tally]) => [
          metric,
          {
            met: tally.met,
            missed: tally.missed,
            breached: tally.breached,
            atRisk: tally.atRisk,
            onTrack: tally.onTrack,
            cancelled: tally.cancelled,
            taken: timesOf(tally.taken),
          },
        ]),
      ),
    })),
    rejected: { count: parts.rejected, samples: parts.samples.map((sample) => ({ ...sample })) },
    skippedEvents: parts.skippedEvents,
  };
}

const count = () => z.int().check(z.gte(0));
const text = () => z.string();
/** A state's schema, its cycles' times checked by `taken`. */
const stateSchemaWith = (taken: z.ZodMiniType<number[]>) =>
  z.strictObject({
    format: z.literal('sla-clock summary'),
    version: z.literal(SUMMARY_STATE_VERSION),
    groupBy: z.array(text().check(z.minLength(1))),
    timezone: text(),
    priorities: z.array(text()),
    kinds: z.nullable(z.array(text())),
    policies: z.array(text()),
    metrics: z.array(text()),
    groups: z.array(
      z.strictObject({
        key: z.record(text(), text()),
        tickets: count(),
        metrics: z.record(
          text(),
          z.strictObject({
            met: count(),
            missed: count(),
            breached: count(),
            atRisk: count(),
            onTrack: count(),
            cancelled: count(),
            taken,
          }),
        ),
      }),
    ),
    rejected: z.strictObject({
      count: count(),
      samples: z.array(z.strictObject({ where: text(), code: text(), message: text() })),
    }),
    skippedEvents: count(),
  });

/**
 * The schema that checks the times one by one, naming the first that is wrong; and the one that
 * checks them in a plain loop (a million times in milliseconds rather than in a second), tried
 * first: only a state it refuses is read again, to say where.
 */
const stateSchema = /* @__PURE__ */ lazy(() => stateSchemaWith(z.array(count())));
const quickStateSchema = /* @__PURE__ */ lazy(() =>
  stateSchemaWith(z.custom<number[]>(isCountArray)),
);

function isCountArray(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) {
    const time = value[index];
    if (!(Number.isSafeInteger(time) && time >= 0)) return false;
  }
  return true;
}

/**
 * A summary's parts from its state, checked: the shape, the version, and that the counts agree
 * (each metric's times are its met and missed cycles; each key names exactly the dimensions).
 *
 * @throws {SlaError} `invalid_argument` at `path` naming what is wrong.
 */
export function partsOfState(state: unknown, path: string): SummaryParts {
  const version = (state as { version?: unknown } | null)?.version;
  if (typeof state === 'object' && state !== null && version !== SUMMARY_STATE_VERSION) {
    throw new SlaError(
      'invalid_argument',
      `${path}.version`,
      version,
      `is not a summary state version this sla-clock reads (${SUMMARY_STATE_VERSION})`,
    );
  }
  let parsed: z.infer<ReturnType<typeof stateSchema>> | undefined;
  try {
    const quick = quickStateSchema().safeParse(state);
    if (quick.success) parsed = quick.data;
  } catch {
    // A state whose getters throw: the detailed reading below says so.
  }
  parsed ??= parseOrThrow(stateSchema, state, 'invalid_argument', path);
  const groups = parsed.groups.map((group, index) => {
    const where = `${path}.groups[${index}]`;
    const dimensions = Object.keys(group.key);
    if (
      dimensions.length !== parsed.groupBy.length ||
      !parsed.groupBy.every((d) => d in group.key)
    ) {
      throw new SlaError(
        'invalid_argument',
        `${where}.key`,
        group.key,
        `does not name the dimensions ${parsed.groupBy.join(', ')}`,
      );
    }
    const tally = emptyGroupOf(group);
    for (const [metric, counts] of Object.entries(group.metrics)) {
      if (counts.taken.length !== counts.met + counts.missed) {
        throw new SlaError(
          'invalid_argument',
          `${where}.metrics.${metric}.taken`,
          counts.taken.length,
          `holds ${counts.taken.length} times for ${counts.met + counts.missed} met and missed cycles`,
        );
      }
      const restored = tally.tallyOf(metric);
      restored.restore(counts);
    }
    return tally;
  });
  return partsWith(parsed, groups);
}

/** A state's group with its key and tickets, its metrics not yet restored. */
export function emptyGroupOf(group: SlaSummaryState['groups'][number]): GroupTally {
  const tally = new GroupTally(Object.freeze({ ...group.key }) as GroupKey);
  tally.tickets = group.tickets;
  return tally;
}

/** A state's parts, with its groups as restored from it. */
export function partsWith(state: SlaSummaryState, groups: readonly GroupTally[]): SummaryParts {
  return {
    groupBy: state.groupBy,
    timezone: state.timezone,
    priorities: state.priorities,
    kinds: state.kinds === null ? null : new Set(state.kinds),
    policies: state.policies,
    metrics: state.metrics,
    groups,
    rejected: state.rejected.count,
    samples: state.rejected.samples,
    skippedEvents: state.skippedEvents,
  };
}
