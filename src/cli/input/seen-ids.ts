/**
 * The ticket ids read so far, to catch a ticket that comes back (rows not consecutive, or the
 * same ticket twice). Each id is kept as a 53-bit hash in an open-addressing table of doubles:
 * 16 bytes a ticket at most, whatever the length of the ids. Two different ids share a hash with
 * a probability of about n² / 2⁵⁴ (one in 18 million for a million tickets): then the second is
 * reported as a repeat.
 */
export class SeenIds {
  #slots = new Float64Array(1024);
  #size = 0;

  /** Remembers `id`; `false` if it was already there. */
  add(id: string): boolean {
    if ((this.#size + 1) * 2 > this.#slots.length) this.#grow();
    const inserted = insert(this.#slots, hash53(id));
    if (inserted) this.#size++;
    return inserted;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Float64Array(old.length * 2);
    for (const value of old) if (value !== 0) insert(this.#slots, value);
  }
}

function insert(slots: Float64Array, value: number): boolean {
  const mask = slots.length - 1;
  let index = (value % slots.length) & mask;
  for (;;) {
    const found = slots[index];
    if (found === 0) {
      slots[index] = value;
      return true;
    }
    if (found === value) return false;
    index = (index + 1) & mask;
  }
}

/** A 53-bit hash of a string (never 0): two independently mixed 32-bit FNV-style lanes. */
function hash53(text: string): number {
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
  const value = (high & 0x1fffff) * 0x1_0000_0000 + (low >>> 0);
  return value === 0 ? 1 : value;
}
