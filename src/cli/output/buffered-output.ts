import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { cannotWrite } from '../io-failure';

const FLUSH_AT = 64 * 1024;

/**
 * Text written to a stream in pieces of about 64 KB, with the stream's back-pressure passed on:
 * `drained()` is a promise to wait for while the stream is full.
 */
export class BufferedOutput {
  #parts: string[] = [];
  #length = 0;
  #full = false;
  #failure: Error | undefined;

  /** @param name - What the stream is, for the message of a failed write: `x.csv (--tickets)`. */
  constructor(
    private readonly stream: Writable,
    private readonly name: string,
  ) {
    // A failed write (a full disk) is reported when the output ends, not as an unhandled error.
    stream.on('error', (error) => {
      this.#failure ??= error;
    });
  }

  write(text: string): void {
    this.#parts.push(text);
    this.#length += text.length;
    if (this.#length >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.#parts.length === 0) return;
    const text = this.#parts.join('');
    this.#parts = [];
    this.#length = 0;
    if (!this.stream.write(text)) this.#full = true;
  }

  drained(): Promise<void> | undefined {
    if (!this.#full || this.#failure !== undefined) return undefined;
    this.#full = false;
    // A write that fails while the output is full ends the wait; end() reports the failure.
    return once(this.stream, 'drain').then(
      () => undefined,
      (error: Error) => {
        this.#failure ??= error;
      },
    );
  }

  /**
   * Writes what is left and ends the stream.
   *
   * @throws {IoFailure} when a write failed: the machine's failure, not the user's.
   */
  async end(): Promise<void> {
    this.flush();
    if (this.#failure === undefined) {
      this.stream.end();
      await once(this.stream, 'finish').catch(() => undefined);
    }
    if (this.#failure !== undefined) {
      throw cannotWrite(this.name, this.#failure);
    }
  }
}
