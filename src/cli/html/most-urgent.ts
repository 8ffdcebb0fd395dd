import type { Ticket } from '../../index';

/** A ticket kept for the page, with how urgent it is: the smaller `rank`, the sooner it is shown. */
export interface RankedTicket {
  readonly ticket: Ticket & { readonly id: string };
  /** Business milliseconds: left before the deadline (at risk), or past it, negated (breached). */
  readonly rank: number;
}

/** What `MostUrgent` keeps, as plain data: how many were offered, and the kept ones in order. */
export interface MostUrgentState {
  readonly count: number;
  readonly kept: readonly RankedTicket[];
}

/**
 * The `limit` most urgent of the tickets offered, in order (rank, then id: the same choice
 * whatever order they came in, or however they were split between readers and merged), and how
 * many were offered. Constant memory however many tickets stream past.
 */
export class MostUrgent {
  count = 0;
  readonly #kept: RankedTicket[] = [];

  constructor(readonly limit: number) {}

  /** The kept tickets, most urgent first. */
  get kept(): readonly RankedTicket[] {
    return this.#kept;
  }

  offer(entry: RankedTicket): void {
    this.count++;
    this.#insert(entry);
  }

  /** Takes in another selection (a reader's, or its state): as if its tickets had been offered here. */
  absorb(other: MostUrgentState): void {
    this.count += other.count;
    for (const entry of other.kept) this.#insert(entry);
  }

  toJSON(): MostUrgentState {
    return { count: this.count, kept: [...this.#kept] };
  }

  #insert(entry: RankedTicket): void {
    const kept = this.#kept;
    const last = kept[kept.length - 1];
    if (kept.length >= this.limit && (last === undefined || !before(entry, last))) return;
    // A binary search: the selection stays sorted, the new one after its equals.
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (before(entry, kept[middle] as RankedTicket)) high = middle;
      else low = middle + 1;
    }
    kept.splice(low, 0, entry);
    if (kept.length > this.limit) kept.pop();
  }
}

function before(a: RankedTicket, b: RankedTicket): boolean {
  return a.rank < b.rank || (a.rank === b.rank && a.ticket.id < b.ticket.id);
}
