/** Buckets of the table, chosen by the top bits of a hash. */
const BUCKET_BITS = 8;
/** Slots of one page (16 KB); a page takes new ids until it is half full. */
const PAGE_SLOTS = 2048;

/**
 * The ticket ids read so far, to catch a ticket that comes back (rows not consecutive, or the
 * same ticket twice). Each id is kept as a 53-bit hash in open-addressing pages of doubles, at
 * most half full: 16 bytes a ticket whatever the ids' length. A bucket that fills up gets a new
 * page rather than a larger copy of itself, so nothing is ever copied and no garbage is left for
 * the collector. Two different ids share a hash with a probability of about n² / 2⁵⁴ (one in 18
 * million for a million tickets): then the second is reported as a repeat.
 */
export class SeenIds {
  readonly #pages: Float64Array[][] = Array.from({ length: 1 << BUCKET_BITS }, () => []);
  /** How many ids the last page of each bucket holds. */
  readonly #lastPageSizes = new Uint16Array(1 << BUCKET_BITS);

  /** Every id remembered, as its hash (in no order): to find an id that two readings saw. */
  hashes(): Float64Array {
    let count = 0;
    for (const pages of this.#pages) count += pages.length * PAGE_SLOTS;
    const all = new Float64Array(count);
    let size = 0;
    for (const pages of this.#pages) {
      for (const page of pages) {
        for (const hash of page) if (hash !== 0) all[size++] = hash;
      }
    }
    return all.slice(0, size);
  }

  /** Remembers `id`; `false` if it was already there. */
  add(id: string): boolean {
    const hash = hash53(id);
    const bucket = Math.floor(hash / 2 ** (53 - BUCKET_BITS));
    const pages = this.#pages[bucket] as Float64Array[];
    for (const page of pages) if (holds(page, hash)) return false;
    let last = pages[pages.length - 1];
    if (last === undefined || (this.#lastPageSizes[bucket] as number) * 2 >= PAGE_SLOTS) {
      last = new Float64Array(PAGE_SLOTS);
      pages.push(last);
      this.#lastPageSizes[bucket] = 0;
    }
    insert(last, hash);
    this.#lastPageSizes[bucket] = (this.#lastPageSizes[bucket] as number) + 1;
    return true;
  }
}

function holds(page: Float64Array, value: number): boolean {
  const mask = page.length - 1;
  for (let index = value & mask; ; index = (index + 1) & mask) {
    const found = page[index];
    if (found === value) return true;
    if (found === 0) return false;
  }
}

function insert(page: Float64Array, value: number): void {
  const mask = page.length - 1;
  let index = value & mask;
  while (page[index] !== 0) index = (index + 1) & mask;
  page[index] = value;
}

/** A 53-bit hash of a string (never 0): two independently mixed 32-bit FNV-style lanes. */
export function hash53(text: string): number {
  let low = 0x811c9dc5;
  let high = 0x2545f491;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    low = Math.imul(low ^ code, 0x01000193);
    high = Math.imul(high ^ code, 0x5bd1e995);
    high ^= high >>> 15;
  }
  low ^= low >>> 16;
  low = Math.imul(low, 0x85ebca6b);
  low ^= low >>> 13;
  high = Math.imul(high ^ (high >>> 16), 0xc2b2ae35);
  high ^= high >>> 13;
  const value = (high & 0x1fffff) * 0x1_0000_0000 + (low >>> 0);
  return value === 0 ? 1 : value;
}
