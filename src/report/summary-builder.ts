import { formatIsoDate } from '../civil/civil-date';
import { SlaError } from '../errors/sla-error';
import { toEpochMs } from '../instant/instant-input';
import { ZoneClock } from '../schedule/zone-clock';
import type { ClockStatus } from '../sla/cycles/metric-report';
import type { TicketEvaluation } from '../sla/evaluate-ticket';
import type { RequestKind } from '../sla/plan/priority';
import type { Ticket } from '../sla/ticket-log/ticket';
import { ClockTally } from './clock-tally';
import { GroupIndex, otherKey } from './group-index';
import { compareGroupKeys, type GroupDimension, type GroupOrder, NO_KIND } from './group-key';
import { GroupTally } from './group-tally';
import { groupValueOf } from './group-value';
import { CountedEvaluation } from './read-evaluation';
import { rejectedSample } from './rejected-sample';
import type { RejectedSample, SlaSummary, SlaSummaryResult } from './sla-summary';
import { partsOfState, type SlaSummaryState, type SummaryParts, stateOf } from './summary-state';

/** How many rejected tickets a summary describes; the rest are only counted. */
const REJECTED_SAMPLES = 10;

/** The summary behind `createSlaSummary`: groups in a map, rejections counted and sampled. */
export class SummaryBuilder implements SlaSummary {
  readonly #groups: GroupIndex;
  readonly #counted = new CountedEvaluation();
  readonly #zone: ZoneClock;
  readonly #byPriority: boolean;
  readonly #byKind: boolean;
  readonly #byMonth: boolean;
  /** The policy and field dimensions, in `groupBy`'s order. */
  readonly #others: readonly string[];
  /** The month of the last local date asked about: tickets usually come in order of opening. */
  #lastDay = Number.NaN;
  #lastMonth = '';
  #rejected = 0;
  readonly #samples: RejectedSample[] = [];
  #skippedEvents = 0;
  /** Every metric met so far, in the order first met (the plan's, as evaluations list them). */
  readonly #metrics: string[] = [];
  readonly #knownMetrics = new Set<string>();

  readonly #order: GroupOrder;
  readonly #kinds: ReadonlySet<string> | null;

  constructor(
    readonly groupBy: readonly GroupDimension[],
    timezone: string,
    vocabulary: {
      /** The priorities' order, least urgent first, for sorting groups. */
      readonly priorities: readonly string[];
      /** The metrics known before any ticket is added. */
      readonly metrics: readonly string[];
      /** The kinds a ticket may have, or `null` for any. */
      readonly kinds: ReadonlySet<string> | null;
      /** The policies' ids, in their order, for sorting groups. */
      readonly policies: readonly string[];
    },
  ) {
    const fields = groupBy.filter((name) => !KNOWN.has(name));
    this.#order = { priorities: vocabulary.priorities, policies: vocabulary.policies, fields };
    this.#others = groupBy.filter((name) => name === 'policy' || !KNOWN.has(name));
    this.#groups = new GroupIndex(this.#others);
    this.#kinds = vocabulary.kinds;
    for (const metric of vocabulary.metrics) {
      this.#knownMetrics.add(metric);
      this.#metrics.push(metric);
    }
    this.#zone = ZoneClock.of(timezone, 'options.timezone');
    this.#byPriority = groupBy.includes('priority');
    this.#byKind = groupBy.includes('kind');
    this.#byMonth = groupBy.includes('month');
  }

  get timezone(): string {
    return this.#zone.name;
  }

  add(ticket: Ticket, evaluation: TicketEvaluation): void {
    const counted = this.#counted;
    counted.read(evaluation);
    const kind = kindOf(ticket, this.#kinds);
    const priority = this.#byPriority ? counted.priority : '';
    const kindKey = this.#byKind ? kind : '';
    const month = this.#byMonth ? this.#monthOf(ticket) : '';
    const others = this.#others;
    const values =
      others.length === 0
        ? NO_VALUES
        : others.map((name) => groupValueOf(name, ticket, evaluation));
    let group = this.#groups.find(priority, kindKey, month, otherKey(values));
    if (group === undefined) {
      const key: Record<string, string> = {};
      if (this.#byPriority) key.priority = priority;
      if (this.#byKind) key.kind = kindKey;
      if (this.#byMonth) key.month = month;
      others.forEach((name, index) => {
        key[name] = values[index] as string;
      });
      group = new GroupTally(Object.freeze(key));
      this.#groups.add(group);
    }
    group.tickets++;
    for (let index = 0; index < counted.metricCount; index++) {
      const metric = counted.metrics[index] as string;
      if (!this.#knownMetrics.has(metric)) {
        this.#knownMetrics.add(metric);
        this.#metrics.push(metric);
      }
    }
    const { cycleMetrics, cycleStatuses, cycleElapsed } = counted;
    for (let cycle = 0; cycle < counted.cycleCount; cycle++) {
      group
        .tallyOf(cycleMetrics[cycle] as string)
        .add(cycleStatuses[cycle] as ClockStatus, cycleElapsed[cycle] as number);
    }
    this.#skippedEvents += counted.skipped;
  }

  reject(where: string, error: unknown): void {
    this.#rejected++;
    if (this.#samples.length >= REJECTED_SAMPLES) return;
    this.#samples.push(rejectedSample(where, error));
  }

  merge(other: SlaSummary | SlaSummaryState): void {
    if (other === this) {
      throw new SlaError('invalid_argument', 'other', other, 'is this summary itself');
    }
    this.mergeParts(other instanceof SummaryBuilder ? other.parts() : partsOfState(other, 'other'));
  }

  /** `merge` of what a summary holds, read from it or from its state. */
  mergeParts(parts: SummaryParts): void {
    if (parts.groupBy.join() !== this.groupBy.join() || parts.timezone !== this.timezone) {
      throw new SlaError(
        'invalid_argument',
        'other',
        { groupBy: parts.groupBy, timezone: parts.timezone },
        `groups differently: this summary groups by [${this.groupBy.join(', ')}] in ${this.timezone}`,
      );
    }
    this.absorb(parts);
  }

  /** Adds what another summary holds (left as it is): its groups, rejections and metrics. */
  absorb(parts: SummaryParts): void {
    for (const theirs of parts.groups) {
      let ours = this.#groups.findKey(theirs.key);
      if (ours === undefined) {
        ours = new GroupTally(theirs.key);
        this.#groups.add(ours);
      }
      ours.addAll(theirs);
    }
    this.#rejected += parts.rejected;
    for (const sample of parts.samples) {
      if (this.#samples.length >= REJECTED_SAMPLES) break;
      this.#samples.push(sample);
    }
    this.#skippedEvents += parts.skippedEvents;
    for (const metric of parts.metrics) {
      if (!this.#knownMetrics.has(metric)) {
        this.#knownMetrics.add(metric);
        this.#metrics.push(metric);
      }
    }
  }

  /** What this summary holds, shared (not copied): for `toJSON` and `merge`. */
  parts(): SummaryParts {
    return {
      groupBy: this.groupBy,
      timezone: this.timezone,
      priorities: this.#order.priorities,
      kinds: this.#kinds,
      policies: this.#order.policies,
      metrics: this.#metrics,
      groups: this.#groups.values(),
      rejected: this.#rejected,
      samples: this.#samples,
      skippedEvents: this.#skippedEvents,
    };
  }

  toJSON(): SlaSummaryState {
    return stateOf(this.parts());
  }

  result(): SlaSummaryResult {
    const tallies = [...this.#groups.values()].sort((a, b) =>
      compareGroupKeys(a.key, b.key, this.#order),
    );
    const metrics = [...this.#metrics];
    const total: Record<string, ReturnType<ClockTally['summary']>> = {};
    for (const metric of metrics) {
      total[metric] = ClockTally.summaryOf(
        tallies.flatMap((tally) => tally.metrics.get(metric) ?? []),
      );
    }
    return {
      groupBy: [...this.groupBy],
      timezone: this.timezone,
      metrics,
      total: {
        key: {},
        tickets: tallies.reduce((sum, tally) => sum + tally.tickets, 0),
        metrics: total,
      },
      groups: this.groupBy.length === 0 ? [] : tallies.map((tally) => tally.summary(metrics)),
      rejected: {
        count: this.#rejected,
        samples: this.#samples.map((sample) => ({ ...sample })),
      },
      skippedEvents: this.#skippedEvents,
    };
  }

  #monthOf(ticket: Ticket): string {
    const day = this.#zone.dayOf(toEpochMs(ticket?.openedAt, 'ticket.openedAt'));
    if (day !== this.#lastDay) {
      this.#lastDay = day;
      this.#lastMonth = formatIsoDate(day).slice(0, -3);
    }
    return this.#lastMonth;
  }
}

const KNOWN: ReadonlySet<string> = new Set(['priority', 'kind', 'month', 'policy']);
const NO_VALUES: readonly string[] = [];

/** A ticket's kind for grouping: its own (any non-empty string), or `none`. */
function kindOf(ticket: Ticket, kinds: ReadonlySet<string> | null): RequestKind | typeof NO_KIND {
  const kind = ticket?.kind;
  if (kind === undefined) return NO_KIND;
  if (typeof kind === 'string' && kind !== '' && (kinds === null || kinds.has(kind))) return kind;
  const known = kinds === null ? 'a non-empty string' : [...kinds].join(', ');
  throw new SlaError('invalid_ticket', 'ticket.kind', kind, `is not a request kind (${known})`);
}
