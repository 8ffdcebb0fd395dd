/**
 * Makes the `Date`s of one result, one per instant: fields and metrics that name the same instant
 * (the opening that starts several metrics, a deadline that is also the next change) share it.
 * A `Date` costs about as much to make as the rest of a cycle's report, and one result holds
 * several for each metric. It remembers the last few instants only: those are the ones repeated.
 */
export class DateMaker {
  #lastMs = Number.NaN;
  #last: Date | null = null;
  #openingMs = Number.NaN;
  #opening: Date | null = null;

  /** The opening, asked for by every metric that starts with the ticket: kept apart. */
  constructor(openedAt?: number) {
    if (openedAt !== undefined) this.#openingMs = openedAt;
  }

  of(ms: number | null): Date | null {
    if (ms === null) return null;
    if (ms === this.#lastMs) return this.#last;
    if (ms === this.#openingMs) {
      this.#opening ??= new Date(ms);
      return this.#opening;
    }
    this.#lastMs = ms;
    this.#last = new Date(ms);
    return this.#last;
  }
}
