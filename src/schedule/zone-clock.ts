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

const MAX_CACHED_CLOCKS = 512;
const clocks = new Map<string, ZoneClock>();
