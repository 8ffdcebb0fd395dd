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
 * double up to 512 KB, so a series never holds more than one spare chunk.
 */
export class TakenTimes {
  #chunks: Float64Array[] = [];
  /** Values in the last chunk. */
  #filled = 0;
  #count = 0;
  #sum = 0;

  get count(): number {
    return this.#count;
  }

  push(value: number): void {
    let last = this.#chunks[this.#chunks.length - 1];
    if (last === undefined || this.#filled === last.length) {
      const size = last === undefined ? FIRST_CHUNK : Math.min(last.length * 2, LARGEST_CHUNK);
      last = new Float64Array(size);
      this.#chunks.push(last);
      this.#filled = 0;
    }
    last[this.#filled++] = value;
    this.#count++;
    this.#sum += value;
  }

  /** Adds every value of `other` (which is left as it is). */
  pushAll(other: TakenTimes): void {
    other.#forEachChunk((chunk) => {
      for (const value of chunk) this.push(value);
    });
  }

  summary(): TakenSummary {
    const count = this.#count;
    if (count === 0) {
      return { count, min: null, median: null, p90: null, max: null, mean: null };
    }
    const sorted = new Float64Array(count);
    let offset = 0;
    this.#forEachChunk((chunk) => {
      sorted.set(chunk, offset);
      offset += chunk.length;
    });
    sorted.sort();
    const atRank = (percent: number) =>
      sorted[Math.max(1, Math.ceil((percent * count) / 100)) - 1] as number;
    return {
      count,
      min: sorted[0] as number,
      median: atRank(50),
      p90: atRank(90),
      max: sorted[count - 1] as number,
      mean: this.#sum / count,
    };
  }

  #forEachChunk(visit: (chunk: Float64Array) => void): void {
    const last = this.#chunks.length - 1;
    this.#chunks.forEach((chunk, index) => {
      visit(index === last ? chunk.subarray(0, this.#filled) : chunk);
    });
  }
}
