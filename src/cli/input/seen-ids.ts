/** Buckets of the table, chosen by the top bits of an id's slot. */
const BUCKET_BITS = 8;
/** Slots of a bucket's first table (2 KB); a table is replaced by one twice its size when 3/4 full. */
const FIRST_SLOTS = 256;
const SLOT_SPAN = 2 ** 32;

/**
 * The ticket ids read so far, to catch a ticket that comes back (rows not consecutive, or the
 * same ticket twice). Each id is kept as a 53-bit key (`idKey`) in open-addressing tables of
 * doubles, one per bucket, between 3/8 and 3/4 full: 11 to 21 bytes a ticket whatever the ids'
 * length (a probe reads neighbouring slots, in one cache line). A full bucket is copied into a
 * table twice its size: 1/256 of the set at a time, so no large copy is ever made. Sequential
 * ids (T-1000, T-1001, …) are kept side by side, so a million of them are checked at the speed
 * of the cache, not of memory: a random place per id cost most of the time spent reading a
 * ticket's line. Two different ids share a key with a probability of about n² / 2⁵⁴ (one in 18
 * million for a million tickets): then the second is reported as a repeat.
 */
export class SeenIds {
  readonly #tables: (Float64Array | undefined)[] = new Array(1 << BUCKET_BITS).fill(undefined);
  /** How many ids each bucket holds. */
  readonly #sizes = new Uint32Array(1 << BUCKET_BITS);

  /** Every id remembered, as its `idKey` (in no order): to find an id that two readings saw. */
  hashes(): Float64Array {
    let count = 0;
    for (const size of this.#sizes) count += size;
    const all = new Float64Array(count);
    let size = 0;
    for (const table of this.#tables) {
      if (table === undefined) continue;
      for (const key of table) if (key !== 0) all[size++] = key;
    }
    return all;
  }

  /** Remembers `id`; `false` if it was already there. */
  add(id: string): boolean {
    const key = idKey(id);
    // `>>> 0` keeps a key's low 32 bits (its slot): exact for whole numbers below 2⁵³.
    const bucket = (key >>> 0) >>> (32 - BUCKET_BITS);
    let table = this.#tables[bucket] ?? this.#grow(bucket, undefined);
    if (holds(table, key)) return false;
    const size = (this.#sizes[bucket] as number) + 1;
    if (size * 4 > table.length * 3) table = this.#grow(bucket, table);
    insert(table, key);
    this.#sizes[bucket] = size;
    return true;
  }

  #grow(bucket: number, table: Float64Array | undefined): Float64Array {
    const grown = new Float64Array(table === undefined ? FIRST_SLOTS : table.length * 2);
    if (table !== undefined) for (const key of table) if (key !== 0) insert(grown, key);
    this.#tables[bucket] = grown;
    return grown;
  }
}

function holds(table: Float64Array, key: number): boolean {
  const mask = table.length - 1;
  for (let index = key & mask; ; index = (index + 1) & mask) {
    const found = table[index];
    if (found === key) return true;
    if (found === 0) return false;
  }
}

function insert(table: Float64Array, key: number): void {
  const mask = table.length - 1;
  let index = key & mask;
  while (table[index] !== 0) index = (index + 1) & mask;
  table[index] = key;
}

/**
 * A 53-bit key of an id (never 0): a 32-bit slot, from a hash of all but its last two characters
 * plus those two characters' low 7 bits (so ids that differ only there have slots at most 16,384
 * apart, and distinct ones when those characters are ASCII), above 21 bits of an independent
 * hash of the whole id.
 */
export function idKey(text: string): number {
  const cut = text.length - 2;
  let prefix = 0x811c9dc5;
  let whole = 0x2545f491;
  let tail = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (i < cut) prefix = Math.imul(prefix ^ code, 0x01000193);
    else tail = tail * 128 + (code & 127);
    whole = Math.imul(whole ^ code, 0x5bd1e995);
    whole ^= whole >>> 15;
  }
  prefix ^= prefix >>> 16;
  prefix = Math.imul(prefix, 0x85ebca6b);
  prefix ^= prefix >>> 13;
  whole = Math.imul(whole ^ (whole >>> 16), 0xc2b2ae35);
  whole ^= whole >>> 13;
  const slot = ((prefix >>> 0) + tail) >>> 0;
  const key = (whole & 0x1fffff) * SLOT_SPAN + slot;
  return key === 0 ? 1 : key;
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
