import { once } from 'node:events';
import type { Writable } from 'node:stream';

const FLUSH_AT = 64 * 1024;

/**
 * Text written to a stream in pieces of about 64 KB, with the stream's back-pressure passed on:
 * `drained()` is a promise to wait for while the stream is full.
 */
export class BufferedOutput {
  #parts: string[] = [];
  #length = 0;
  #full = false;

  constructor(private readonly stream: Writable) {}

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
    if (!this.#full) return undefined;
    this.#full = false;
    return once(this.stream, 'drain').then(() => undefined);
  }

  /** Writes what is left and ends the stream. */
  async end(): Promise<void> {
    this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
