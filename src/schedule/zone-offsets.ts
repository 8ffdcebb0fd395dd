import { MS_PER_DAY, MS_PER_MINUTE } from '../civil/civil-date';

const MS_PER_HOUR = 60 * MS_PER_MINUTE;

/**
 * The zone database is sampled every `STEP`: a zone is assumed never to change its offset twice
 * within it. The closest pair of changes in the tz database (1850–2250, every zone) is more than
 * 6 days apart (Brazil's Boa Vista, Noronha and Recife in October 2000; Gaza and Hebron's
 * projected Ramadan rules), so 5 days leaves a margin.
 */
export const STEP = 5 * MS_PER_DAY;
const STEPS_PER_WINDOW = 8;
/** Offsets are worked out one window (40 days) at a time, around the instants asked about. */
const WINDOW = STEP * STEPS_PER_WINDOW;
/** About 450 years of windows per zone. */
const MAX_CACHED_WINDOWS = 4096;

/** The offsets of one window: `offsets[0]` from its start, `offsets[i + 1]` from `changes[i]`. */
interface OffsetWindow {
  readonly changes: readonly number[];
  readonly offsets: readonly number[];
}

/**
 * A zone's UTC offsets at any instant, from the instants at which they change. Asking the zone
 * database costs microseconds (an `Intl` formatting), so it is asked only every `STEP` and, where
 * two samples differ, at the steps of a bisection that finds the exact millisecond of the change
 * (to the minute first: changes almost always fall on one). A year costs about a hundred
 * questions; every later answer is a lookup. The answers do not depend on the order of the
 * questions.
 */
export class ZoneOffsets {
  readonly #windows = new Map<number, OffsetWindow>();
  #lastIndex = Number.NaN;
  #last: OffsetWindow | undefined;

  /** @param sample - The zone database's offset at an instant, in whole milliseconds. */
  constructor(private readonly sample: (instant: number) => number) {}

  offsetAt(instant: number): number {
    const index = Math.floor(instant / WINDOW);
    let window = this.#last;
    if (index !== this.#lastIndex || window === undefined) {
      window = this.#window(index);
      this.#lastIndex = index;
      this.#last = window;
    }
    const { changes, offsets } = window;
    let i = 0;
    while (i < changes.length && instant >= (changes[i] as number)) i++;
    return offsets[i] as number;
  }

  #window(index: number): OffsetWindow {
    let window = this.#windows.get(index);
    if (window !== undefined) return window;
    const start = index * WINDOW;
    // A neighbouring window already knows the offset at a shared end.
    const before = this.#windows.get(index - 1)?.offsets;
    const after = this.#windows.get(index + 1)?.offsets;
    let previous = before?.[before.length - 1] ?? this.sample(start);
    const changes: number[] = [];
    const offsets = [previous];
    for (let step = 1; step <= STEPS_PER_WINDOW; step++) {
      const at = start + step * STEP;
      const offset =
        step === STEPS_PER_WINDOW && after !== undefined ? (after[0] as number) : this.sample(at);
      if (offset === previous) continue;
      changes.push(this.#firstInstantWith(at - STEP, at, offset));
      offsets.push(offset);
      previous = offset;
    }
    window = { changes, offsets };
    if (this.#windows.size >= MAX_CACHED_WINDOWS) this.#windows.clear();
    this.#windows.set(index, window);
    return window;
  }

  /**
   * The first instant of `(without, withOffset]` at which the offset is `offset` (the zone changes
   * once in between; both ends are whole minutes). Changes almost always fall on a whole hour of
   * UTC, else on a whole minute: the search narrows to the hour, then to the minute, and checks
   * at each level whether the change is exactly there before going finer.
   */
  #firstInstantWith(without: number, withOffset: number, offset: number): number {
    let low = without;
    let high = withOffset;
    for (const unit of [MS_PER_HOUR, MS_PER_MINUTE, 1]) {
      // Bisect on whole units while the interval holds more than one.
      while (high - low > unit) {
        const middle = low + Math.max(unit, Math.floor((high - low) / 2 / unit) * unit);
        if (this.sample(middle) === offset) high = middle;
        else low = middle;
      }
      if (unit === 1) break;
      // On a whole unit, the change is exactly at `high` unless the instant before has it too.
      if (high % unit === 0) {
        if (this.sample(high - 1) !== offset) return high;
        high -= 1;
      }
    }
    return high;
  }
}
