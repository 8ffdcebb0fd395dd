/** Entries grow in pieces of 2¹⁶. */
const PIECE_BITS = 16;
const PIECE_MASK = (1 << PIECE_BITS) - 1;

/**
 * Entries of a few whole numbers below 2³² each, side by side (one memory read finds them all),
 * in pieces: they grow without copying what they hold.
 */
export class Numbers {
  readonly #pieces: Uint32Array[] = [];

  constructor(private readonly width: number) {}

  get(index: number, field: number): number {
    const piece = this.#pieces[index >>> PIECE_BITS] as Uint32Array;
    return piece[(index & PIECE_MASK) * this.width + field] as number;
  }

  set(index: number, field: number, value: number): void {
    const number = index >>> PIECE_BITS;
    while (this.#pieces.length <= number) {
      this.#pieces.push(new Uint32Array(this.width << PIECE_BITS));
    }
    (this.#pieces[number] as Uint32Array)[(index & PIECE_MASK) * this.width + field] = value;
  }
}
