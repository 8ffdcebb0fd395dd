/** Nearest-rank statistics of the business time taken by stopped clocks, in milliseconds. */
export interface TakenSummary {
  /** How many stopped clocks were measured. */
  readonly count: number;
  /** The rest are `null` when `count` is 0. */
  readonly min: number | null;
  /** The value at rank `ceil(count / 2)` in ascending order. */
  readonly median: number | null;
  /** The value at rank `ceil(0.9 × count)` in ascending order. */
  readonly p90: number | null;
  readonly max: number | null;
  /** The arithmetic mean (not rounded). */
  readonly mean: number | null;
}

const FIRST_CHUNK = 16;
const LARGEST_CHUNK = 65_536;

/**
 * Every value added, kept exactly for nearest-rank percentiles: 8 bytes a value in chunks that
 * double up to 512 KB, so a series never holds more than one spare chunk. Values are whole
 * milliseconds (business time), which the percentile search relies on. A state's values come
 * sorted and are kept as one sorted chunk: merging the parts of a report read at once neither
 * adds them one by one nor sorts them again.
 */
export class TakenTimes {
  #chunks: Float64Array[] = [];
  /** Chunks of values added already sorted (from states), kept apart from those pushed. */
  readonly #sortedChunks: Float64Array[] = [];
  /** Values in the last chunk. */
  #filled = 0;
  #count = 0;
  #sum = 0;
  /** Whether every chunk is sorted: a result sorts them, and the total and its groups share them. */
  #sorted = true;

  /** Adds one value: a whole number of milliseconds. */
  push(value: number): void {
    let last = this.#chunks[this.#chunks.length - 1];
    if (last === undefined || this.#filled === last.length) {
      const size = last === undefined ? FIRST_CHUNK : Math.min(last.length * 2, LARGEST_CHUNK);
      last = new Float64Array(size);
      this.#chunks.push(last);
      this.#filled = 0;
    }
    last[this.#filled++] = value;
    this.#sorted = false;
    this.#count++;
    this.#sum += value;
  }

  /** How many values it holds. */
  get count(): number {
    return this.#count;
  }

  /**
   * Writes every value into `target` from `at`, in ascending order (`count` values).
   *
   * @returns Where the values written end.
   */
  sortedInto(target: Float64Array, at: number): number {
    let end = at;
    this.#forEachChunk((chunk) => {
      target.set(chunk, end);
      end += chunk.length;
    });
    target.subarray(at, end).sort();
    return end;
  }

  /** Every value, as plain numbers in ascending order (for a summary's state). */
  values(): number[] {
    const all = new Float64Array(this.#count);
    this.sortedInto(all, 0);
    // A loop, not `Array.from`: the typed array's iterator costs more than the sort.
    const values = new Array<number>(all.length);
    for (let index = 0; index < all.length; index++) values[index] = all[index] as number;
    return values;
  }

  /** Adds values, in one chunk if they come sorted (a state's do, and a packed summary's). */
  addValues(values: readonly number[] | Float64Array): void {
    if (values.length < FIRST_CHUNK) {
      for (let index = 0; index < values.length; index++) this.push(values[index] as number);
      return;
    }
    // Read from a typed copy: a parsed or posted state's array holds its numbers boxed, and a
    // packed summary's times are a view of a buffer better not kept alive.
    const chunk = Float64Array.from(values);
    let sorted = true;
    let sum = chunk[0] as number;
    for (let index = 1; index < chunk.length; index++) {
      const value = chunk[index] as number;
      if ((chunk[index - 1] as number) > value) sorted = false;
      sum += value;
    }
    if (!sorted) {
      for (const value of chunk) this.push(value);
      return;
    }
    this.#sortedChunks.push(chunk);
    this.#count += chunk.length;
    this.#sum += sum;
  }

  /** Adds every value of `other` (which is left as it is; its sorted chunks are shared). */
  pushAll(other: TakenTimes): void {
    other.#forEachPushedChunk((chunk) => {
      for (const value of chunk) this.push(value);
    });
    for (const chunk of other.#sortedChunks) {
      this.#sortedChunks.push(chunk);
      this.#count += chunk.length;
      for (const value of chunk) this.#sum += value;
    }
  }

  /**
   * The statistics of all the values of several series together. Each chunk is sorted in place
   * and ranks are found by bisecting the values (whole milliseconds) over the sorted chunks, so
   * that no copy of the values is made, however many there are.
   */
  static summaryOf(series: readonly TakenTimes[]): TakenSummary {
    const chunks: Float64Array[] = [];
    let count = 0;
    let sum = 0;
    for (const times of series) {
      count += times.#count;
      sum += times.#sum;
      const sorted = times.#sorted;
      times.#forEachPushedChunk((chunk) => {
        if (!sorted) chunk.sort();
        chunks.push(chunk);
      });
      times.#sorted = true;
      chunks.push(...times.#sortedChunks);
    }
    if (count === 0) {
      return { count, min: null, median: null, p90: null, max: null, mean: null };
    }
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const chunk of chunks) {
      if (chunk.length === 0) continue;
      min = Math.min(min, chunk[0] as number);
      max = Math.max(max, chunk[chunk.length - 1] as number);
    }
    const atRank = (percent: number) =>
      valueAtRank(chunks, Math.max(1, Math.ceil((percent * count) / 100)), min, max);
    return { count, min, median: atRank(50), p90: atRank(90), max, mean: sum / count };
  }

  #forEachChunk(visit: (chunk: Float64Array) => void): void {
    this.#forEachPushedChunk(visit);
    for (const chunk of this.#sortedChunks) visit(chunk);
  }

  #forEachPushedChunk(visit: (chunk: Float64Array) => void): void {
    const last = this.#chunks.length - 1;
    this.#chunks.forEach((chunk, index) => {
      visit(index === last ? chunk.subarray(0, this.#filled) : chunk);
    });
  }
}

/**
 * The smallest value `v` such that at least `rank` values are at most `v` (the nearest rank),
 * over sorted chunks of whole numbers lying in `[min, max]`: bisection on `v`.
 */
function valueAtRank(
  chunks: readonly Float64Array[],
  rank: number,
  min: number,
  max: number,
): number {
  let low = min;
  let high = max;
  while (low < high) {
    const middle = low + Math.floor((high - low) / 2);
    let atMost = 0;
    for (const chunk of chunks) atMost += countAtMost(chunk, middle);
    if (atMost >= rank) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** How many values of a sorted chunk are at most `value`. */
function countAtMost(chunk: Float64Array, value: number): number {
  let low = 0;
  let high = chunk.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((chunk[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
