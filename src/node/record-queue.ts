import type { InputTicket, TicketSink } from '../cli/input/ticket-sink';
import { SlaError } from '../errors/sla-error';
import type { TicketRecord } from './ticket-record';

/**
 * Records that may wait for the consumer before the reader pauses. The readers pause between
 * chunks only, so a chunk's tickets (a few hundred for 64 KB) may come on top.
 */
export const QUEUE_ROOM = 1024;

/**
 * Where the command's readers push tickets and rejections, and where `readTickets` pulls them
 * from: the bridge between a reader that pushes and a consumer that pulls with `for await`.
 * The reader waits (`drained`) while `QUEUE_ROOM` records wait, until the consumer has taken
 * half of them; the consumer waits (`arrival`) while none waits and the reading goes on.
 */
export class RecordQueue implements TicketSink {
  #records: (TicketRecord | undefined)[] = [];
  #head = 0;
  #stopped = false;
  #ended = false;
  #wakeReader: (() => void) | undefined;
  #wakeConsumer: (() => void) | undefined;

  /** Set once the consumer is gone (it broke out of its loop): readers stop reading. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Set once the reading is over, whether it finished or failed. */
  get ended(): boolean {
    return this.#ended;
  }

  get waiting(): number {
    return this.#records.length - this.#head;
  }

  ticket({ ticket, line, eventLines }: InputTicket): void {
    this.#push(
      eventLines === undefined
        ? { rejected: false, ticket, line }
        : { rejected: false, ticket, line, eventLines },
    );
  }

  reject(line: number, ticketId: string | undefined, reason: string): void {
    const error = new SlaError('invalid_ticket', `line ${line}`, ticketId, reason);
    this.#push({ rejected: true, line, ticketId, reason, error });
  }

  lines(): void {}

  drained(): Promise<void> | undefined {
    if (this.#stopped || this.waiting < QUEUE_ROOM) return undefined;
    return new Promise((resolve) => {
      this.#wakeReader = resolve;
    });
  }

  /** The oldest record waiting, or `undefined` when none does. */
  take(): TicketRecord | undefined {
    if (this.#head === this.#records.length) return undefined;
    const record = this.#records[this.#head];
    this.#records[this.#head++] = undefined;
    if (this.#head === this.#records.length) {
      this.#records = [];
      this.#head = 0;
    }
    if (this.waiting <= QUEUE_ROOM / 2) this.#wake('reader');
    return record;
  }

  /** Resolves when a record arrives or the reading ends. */
  arrival(): Promise<void> {
    if (this.waiting > 0 || this.#ended) return Promise.resolve();
    return new Promise((resolve) => {
      this.#wakeConsumer = resolve;
    });
  }

  /** The consumer is gone: the reader stops at its next look, records are no longer kept. */
  stop(): void {
    this.#stopped = true;
    this.#records = [];
    this.#head = 0;
    this.#wake('reader');
  }

  /** The reading is over. */
  end(): void {
    this.#ended = true;
    this.#wake('consumer');
  }

  #push(record: TicketRecord): void {
    if (this.#stopped) return;
    this.#records.push(record);
    this.#wake('consumer');
  }

  #wake(who: 'reader' | 'consumer'): void {
    const wake = who === 'reader' ? this.#wakeReader : this.#wakeConsumer;
    if (who === 'reader') this.#wakeReader = undefined;
    else this.#wakeConsumer = undefined;
    wake?.();
  }
}
