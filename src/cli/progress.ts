/**
 * The progress line of a long report, on a terminal only: lines read, tickets per second and,
 * when the input's size is known, the share done and the time left. First drawn a quarter of a
 * second after the start (a short report shows none), redrawn at most four times a second, and
 * erased at the end.
 */
export class Progress {
  /** No progress line: for a reading that is not on a terminal. */
  static readonly none = new Progress(undefined, undefined, () => 0);
  readonly #started: number;
  #lastDrawn: number;
  #shown = false;

  constructor(
    private readonly terminal: { write(text: string): unknown } | undefined,
    private readonly size: number | undefined,
    private readonly bytesRead: () => number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.#started = clock();
    this.#lastDrawn = this.#started;
  }

  update(lines: number, tickets: number): void {
    if (this.terminal === undefined) return;
    const now = this.clock();
    if (now - this.#lastDrawn < 250) return;
    this.#lastDrawn = now;
    const seconds = (now - this.#started) / 1000;
    const rate = seconds > 0 ? Math.round(tickets / seconds) : 0;
    let text = `${lines.toLocaleString('en-US')} lines · ${tickets.toLocaleString('en-US')} tickets · ${rate.toLocaleString('en-US')} tickets/s`;
    if (this.size !== undefined && this.size > 0) {
      const share = Math.min(1, this.bytesRead() / this.size);
      const left = share > 0 ? (seconds * (1 - share)) / share : Number.NaN;
      text += ` · ${(100 * share).toFixed(0)} %`;
      if (Number.isFinite(left)) text += ` · ${Math.ceil(left)} s left`;
    }
    this.terminal.write(`\r\x1b[K${text}`);
    this.#shown = true;
  }

  clear(): void {
    if (this.#shown) this.terminal?.write('\r\x1b[K');
    this.#shown = false;
  }
}
