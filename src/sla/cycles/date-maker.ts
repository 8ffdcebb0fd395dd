import type { ParsedEvent } from '../ticket-log/ticket';

/**
 * Makes the `Date`s of one result, one per instant: fields and metrics that name the same instant
 * (the opening that starts several metrics, a deadline that is also the next change) share it.
 * A `Date` costs about as much to make as the rest of a cycle's report, and one result holds
 * several for each metric. It remembers the last few instants only: those are the ones repeated.
 * The maker of an evaluation that only a count reads makes none: every instant is `null`.
 */
export class DateMaker {
  #lastMs = Number.NaN;
  #last: Date | null = null;
  #openingMs = Number.NaN;
  #opening: Date | null = null;

  readonly #makes: boolean;

  /**
   * @param openedAt - The opening, asked for by every metric that starts with the ticket: kept apart.
   * @param makes - `false` for an evaluation that only a count reads.
   */
  constructor(openedAt?: number, makes = true) {
    if (openedAt !== undefined) this.#openingMs = openedAt;
    this.#makes = makes;
  }

  /**
   * The `Date` of an event's instant, kept on the event (parsed for this evaluation alone):
   * cycles of several metrics start and end at the same events, so each event's is made once.
   * `null` only for an evaluation that a count reads, whose types claim `Date`s it lacks.
   */
  ofEvent(event: ParsedEvent): Date {
    if (!this.#makes) return null as unknown as Date;
    event.date ??= this.of(event.at) as Date;
    return event.date;
  }

  of(ms: number | null): Date | null {
    if (ms === null || !this.#makes) return null;
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
