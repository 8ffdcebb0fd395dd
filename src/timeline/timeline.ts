import { MS_PER_DAY } from '../civil/civil-date';
import { SlaError } from '../errors/sla-error';
import type { Chunk } from './chunk';

/** Days of one chunk, aligned on the Unix epoch: a sixth of a 366-day year. */
const CHUNK_DAYS = 61;
/** Length of a chunk in milliseconds. */
export const CHUNK_SPAN = CHUNK_DAYS * MS_PER_DAY;

/**
 * How many consecutive chunks without open time a search crosses before it gives up: a little
 * over 50 years (52 × 366 days).
 */
export const HORIZON_CHUNKS = (52 * 366) / CHUNK_DAYS;

/** The chunks that hold the instants a `Date` can represent (±8.64e15 ms). */
const FIRST_CHUNK = Math.floor(-8.64e15 / CHUNK_SPAN);
const LAST_CHUNK = Math.floor(8.64e15 / CHUNK_SPAN);

/**
 * How many chunks one query may cross: about 400 years. Compiling a chunk costs milliseconds,
 * so an unbounded span (from year −271,821 to 275,760) would be a hang, not an answer.
 */
export const MAX_SPAN_CHUNKS = (400 * 366) / CHUNK_DAYS;

/** Bounds the memory of one timeline (about 512 × 366 days): centuries fit, a leak cannot grow. */
export const MAX_CACHED_CHUNKS = (512 * 366) / CHUNK_DAYS;

/** The index of the chunk that holds an instant. */
export function chunkIndexOf(instant: number): number {
  return Math.floor(instant / CHUNK_SPAN);
}

/** Builds the chunk that covers `[start, end)`. */
export type ChunkBuilder = (index: number, start: number, end: number) => Chunk;

/**
 * A schedule's open time in epoch milliseconds, compiled lazily one chunk at a time around the
 * instants asked for and cached (boundedly) for the life of the schedule.
 */
export class Timeline {
  readonly #build: ChunkBuilder;
  readonly #chunks = new Map<number, Chunk>();
  #lastIndex = Number.NaN;
  #lastChunk: Chunk | undefined;

  constructor(build: ChunkBuilder) {
    this.#build = build;
  }

  /**
   * @throws {SlaError} `out_of_range` for a chunk beyond the instants `Date` can represent.
   */
  chunk(index: number): Chunk {
    if (index === this.#lastIndex && this.#lastChunk) return this.#lastChunk;
    let chunk = this.#chunks.get(index);
    if (!chunk) {
      if (!(index >= FIRST_CHUNK && index <= LAST_CHUNK)) {
        throw new SlaError(
          'out_of_range',
          'instant',
          index,
          'the computation reaches beyond the instants a Date can represent',
        );
      }
      chunk = this.#build(index, index * CHUNK_SPAN, (index + 1) * CHUNK_SPAN);
      if (this.#chunks.size >= MAX_CACHED_CHUNKS) {
        const oldest = this.#chunks.keys().next().value;
        if (oldest !== undefined) this.#chunks.delete(oldest);
      }
      this.#chunks.set(index, chunk);
    }
    this.#lastIndex = index;
    this.#lastChunk = chunk;
    return chunk;
  }

  /** How many chunks are cached (for the memory benchmark). */
  get cachedChunks(): number {
    return this.#chunks.size;
  }

  chunkAt(instant: number): Chunk {
    return this.chunk(chunkIndexOf(instant));
  }
}

/** The error of a query that would cross more than `MAX_SPAN_CHUNKS` chunks. */
export function spanTooLong(path: string, from: number): SlaError {
  return new SlaError(
    'out_of_range',
    path,
    new Date(from),
    `the query spans more than ${(MAX_SPAN_CHUNKS * CHUNK_DAYS).toLocaleString('en-US')} days (about 400 years) of timeline from this instant`,
  );
}

/** The error of a search that crossed the whole horizon without finding open time. */
export function noOpenTime(path: string, from: number, direction: 'after' | 'before'): SlaError {
  return new SlaError(
    'no_open_time',
    path,
    new Date(from),
    `the schedule has no open time within ${(HORIZON_CHUNKS * CHUNK_DAYS).toLocaleString('en-US')} days ${direction} this instant`,
  );
}
