import { IANAZone } from 'luxon';
import { SlaError } from '../errors/sla-error';
import { type DayNumber, MS_PER_DAY } from './local-date';

/**
 * Converts between instants (epoch ms) and local wall times ("local ms": the wall time read as if
 * it were UTC) of one IANA zone. This is the only place that asks luxon about offsets, and it is
 * used while compiling timelines, never on the query hot path.
 */
export class ZoneClock {
  readonly name: string;
  readonly #zone: IANAZone;
  /** Stretches of constant offset found so far, most recently found last. */
  readonly #periods: OffsetPeriod[] = [];
  #lastPeriod: OffsetPeriod | undefined;

  private constructor(name: string, zone: IANAZone) {
    this.name = name;
    this.#zone = zone;
  }

  /**
   * @throws {SlaError} `unknown_timezone` when `name` is not an IANA zone known to this runtime.
   */
  static of(name: string, path: string): ZoneClock {
    const cached = clocks.get(name);
    if (cached) return cached;
    const zone = IANAZone.isValidZone(name) ? IANAZone.create(name) : undefined;
    if (!zone?.isValid) {
      throw new SlaError(
        'unknown_timezone',
        path,
        name,
        'is not an IANA time zone known to this runtime',
      );
    }
    const clock = new ZoneClock(name, zone);
    // Spellings of zone names are not a closed set (case varies), so the cache is capped.
    if (clocks.size >= MAX_CACHED_CLOCKS) clocks.clear();
    clocks.set(name, clock);
    return clock;
  }

  /** The zone's UTC offset at an instant, in whole milliseconds. */
  offsetAt(instant: number): number {
    const last = this.#lastPeriod;
    if (last && instant >= last.start && instant < last.end) return last.offset;
    let found = this.#periods.find((period) => instant >= period.start && instant < period.end);
    if (!found) {
      found = this.#discoverPeriod(instant);
      if (this.#periods.length >= MAX_CACHED_PERIODS) this.#periods.shift();
      this.#periods.push(found);
    }
    this.#lastPeriod = found;
    return found.offset;
  }

  /**
   * Asking the zone database costs microseconds (an `Intl` formatting), so the stretch of
   * constant offset around an instant is found once, by weekly probes and a bisection at the
   * transition. Like the Temporal polyfill (which probes every two weeks), this assumes that a
   * zone never changes its offset and changes it back between two probes.
   */
  #discoverPeriod(instant: number): OffsetPeriod {
    const offset = this.#offsetFromZone(instant);
    return {
      start: this.#edge(instant, offset, -PROBE_STEP, BACKWARD_PROBES) + 1,
      end: this.#edge(instant, offset, PROBE_STEP, FORWARD_PROBES),
      offset,
    };
  }

  /**
   * Probes from `instant` in steps of `step` ms: the first instant whose offset differs from
   * `offset` (forward), or the last one before the stretch (backward); if none is met within
   * `probes` steps, the last instant probed, moved one past the explored stretch.
   */
  #edge(instant: number, offset: number, step: number, probes: number): number {
    let known = instant;
    for (let probe = 0; probe < probes; probe++) {
      const next = known + step;
      if (this.#offsetFromZone(next) !== offset) return this.#firstChange(known, next, offset);
      known = next;
    }
    return step > 0 ? known + 1 : known - 1;
  }

  /**
   * Bisects between `same` (which has `offset`) and `other` (which has not), in either order:
   * the instant next to the last one with `offset`, on `other`'s side.
   */
  #firstChange(same: number, other: number, offset: number): number {
    let inside = same;
    let outside = other;
    while (Math.abs(outside - inside) > 1) {
      const middle = inside + Math.trunc((outside - inside) / 2);
      if (this.#offsetFromZone(middle) === offset) inside = middle;
      else outside = middle;
    }
    return outside;
  }

  #offsetFromZone(instant: number): number {
    // luxon reports minutes, fractional for historical local-mean-time offsets.
    return Math.round(this.#zone.offset(instant) * 60_000);
  }

  localMsOf(instant: number): number {
    return instant + this.offsetAt(instant);
  }

  dayOf(instant: number): DayNumber {
    return Math.floor(this.localMsOf(instant) / MS_PER_DAY);
  }

  /**
   * The instant of a local wall time, by the `compatible` rule (Temporal, RFC 5545): a wall time
   * that occurs twice takes the earlier instant; one skipped by a gap moves later by the gap.
   */
  instantOf(localMs: number): number {
    const before = this.offsetAt(localMs - MS_PER_DAY);
    const after = this.offsetAt(localMs + MS_PER_DAY);
    if (before === after && this.offsetAt(localMs - before) === before) return localMs - before;
    let earliest = Number.POSITIVE_INFINITY;
    for (const offset of [
      before,
      after,
      this.offsetAt(localMs - before),
      this.offsetAt(localMs - after),
    ]) {
      const candidate = localMs - offset;
      if (candidate < earliest && this.offsetAt(candidate) === offset) earliest = candidate;
    }
    // No offset maps this wall time back to itself: it lies in a gap. Reading it with the
    // offset in force before the gap places it exactly the gap's length later.
    return earliest === Number.POSITIVE_INFINITY ? localMs - before : earliest;
  }
}

interface OffsetPeriod {
  readonly start: number;
  readonly end: number;
  readonly offset: number;
}

const MAX_CACHED_CLOCKS = 512;
const MAX_CACHED_PERIODS = 64;
/** Periods are explored a week at a time, up to a year ahead (timelines compile forwards). */
const PROBE_STEP = 7 * MS_PER_DAY;
const FORWARD_PROBES = 53;
const BACKWARD_PROBES = 4;
const clocks = new Map<string, ZoneClock>();
