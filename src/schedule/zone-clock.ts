import { IANAZone } from 'luxon';
import { type DayNumber, MS_PER_DAY } from '../civil/civil-date';
import { SlaError } from '../errors/sla-error';
import { MAX_EPOCH_MS } from '../instant/instant-input';
import { ZoneOffsets } from './zone-offsets';

/**
 * Converts between instants (epoch ms) and local wall times ("local ms": the wall time read as if
 * it were UTC) of one IANA zone. This is the only place that asks luxon about offsets (through
 * `ZoneOffsets`, which asks as rarely as it can), and it is used while compiling timelines, never
 * on the query hot path. One clock per zone is shared by every schedule in that zone.
 */
export class ZoneClock {
  readonly name: string;
  readonly #offsets: ZoneOffsets;

  private constructor(name: string, zone: IANAZone) {
    this.name = name;
    // luxon reports minutes, fractional for historical local-mean-time offsets. Samples around
    // the ends of the range of Date take the rules in force at those ends.
    this.#offsets = new ZoneOffsets((instant) =>
      Math.round(zone.offset(Math.min(Math.max(instant, -MAX_EPOCH_MS), MAX_EPOCH_MS)) * 60_000),
    );
  }

  /**
   * @throws {SlaError} `unknown_timezone` when `name` is not an IANA zone known to this runtime.
   */
  static of(name: string, path: string): ZoneClock {
    let canonical = spellings.get(name);
    if (canonical === undefined) {
      canonical = canonicalZoneName(name);
      if (spellings.size >= MAX_CACHED_SPELLINGS) spellings.clear();
      spellings.set(name, canonical);
    }
    if (canonical === undefined) {
      throw new SlaError(
        'unknown_timezone',
        path,
        name,
        'is not an IANA time zone known to this runtime',
      );
    }
    let clock = clocks.get(canonical);
    if (!clock) {
      clock = new ZoneClock(canonical, IANAZone.create(canonical));
      clocks.set(canonical, clock);
    }
    return clock;
  }

  /** The zone's UTC offset at an instant, in whole milliseconds. */
  offsetAt(instant: number): number {
    // Offsets are asked for around every instant a Date can hold; past its range, the zone's
    // rules are those at the range's ends.
    return this.#offsets.offsetAt(Math.min(Math.max(instant, -MAX_EPOCH_MS), MAX_EPOCH_MS));
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

  /** Whether a wall time is skipped by a spring-forward gap (it never shows on the zone's clocks). */
  isSkipped(localMs: number): boolean {
    return this.localMsOf(this.instantOf(localMs)) !== localMs;
  }
}

/**
 * The runtime's own spelling of a zone name (`europe/PARIS` → `Europe/Paris`), or `undefined`
 * for an unknown zone. An alias that the runtime canonicalises to another name (`Asia/Kolkata`
 * → `Asia/Calcutta` on some ICU versions) keeps the caller's spelling. Either way the names
 * that reach the caches form a closed set, so they cannot grow without bound.
 */
function canonicalZoneName(name: string): string | undefined {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  if (resolved.toLowerCase() === name.toLowerCase()) return resolved;
  // The caller's spelling of an alias, with its letter case fixed by matching the known names.
  const known = knownZoneNames().find((zone) => zone.toLowerCase() === name.toLowerCase());
  return known ?? resolved;
}

let zoneNames: readonly string[] | undefined;
function knownZoneNames(): readonly string[] {
  zoneNames ??=
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zoneNames;
}

const MAX_CACHED_SPELLINGS = 1_000;
const spellings = new Map<string, string | undefined>();
const clocks = new Map<string, ZoneClock>();
