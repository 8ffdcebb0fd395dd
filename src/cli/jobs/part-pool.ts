import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { IoFailure } from '../io-failure';
import { UsageError } from '../usage-error';
import {
  type PartOutcome,
  type PartReader,
  type PartSettings,
  type PartTask,
  partReader,
  readPart,
} from './read-part';

/** What a worker thread of the command is started for (its `workerData.role`). */
const PART_WORKER = 'sla-clock part reader';

/** Readers of parts working at once: worker threads, or the main thread alone. */
export interface PartPool {
  /** How many parts are read at once. */
  readonly size: number;
  /**
   * Reads a part on the `slot`-th reader. A reader reads one part at a time: the next one it is
   * given (once it is free) waits for it, in order.
   */
  read(slot: number, task: PartTask): PartReading;
  close(): Promise<void>;
}

/** A part being read. */
export interface PartReading {
  /**
   * Settles as soon as the reader has read the part, before its outcome has reached this thread
   * (a worker sends it meanwhile): whether the reader can take another part, which is then
   * read while this one's outcome travels. `false` when the part cannot stand for its bytes or
   * the reader failed (`outcome` says how). Never rejects.
   */
  readonly free: Promise<boolean>;
  readonly outcome: Promise<PartOutcome>;
}

/** A failure inside a worker, sent as data and thrown again in the main thread as it was. */
interface Failure {
  readonly name: string;
  readonly message: string;
  readonly stack: string | undefined;
}

/**
 * Starts `size` worker threads running `script` (the command's own file) to read parts with
 * `settings`; without a script (the command run from its sources, in tests) the main thread reads
 * the parts one after another, the same way.
 */
export function partPool(
  script: string | URL | undefined,
  size: number,
  settings: PartSettings,
): PartPool {
  if (script === undefined) {
    let reader: PartReader | undefined;
    return {
      size: 1,
      read: (_slot, task) => {
        const outcome = (async () => {
          reader ??= partReader(settings);
          return readPart(task, reader);
        })();
        const free = outcome.then(
          (read) => read.unsplittable === undefined,
          () => false,
        );
        return { free, outcome };
      },
      close: async () => undefined,
    };
  }
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(script, { workerData: { role: PART_WORKER, settings } });
    const slot: Slot = { worker, pending: [], failure: undefined };
    // A worker that fails or ends on its own fails the part it reads, or the next one it is given.
    const fail = (error: Error) => {
      slot.failure ??= error;
      for (const pending of slot.pending.splice(0)) {
        pending.free(false);
        pending.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a worker thread ended (exit code ${code})`)));
    // A worker's messages come in order: a part's `free`, then its outcome, then the next part's.
    worker.on('message', (message: WorkerMessage) => {
      if ('free' in message) {
        slot.pending[0]?.free(message.free);
        return;
      }
      const pending = slot.pending.shift();
      pending?.free(false);
      if (message.outcome !== undefined) pending?.resolve(message.outcome);
      else pending?.reject(errorOf(message.failure as Failure));
    });
    return slot;
  });
  return {
    size,
    read: (index, task) => {
      const slot = workers[index] as Slot;
      if (slot.failure !== undefined) {
        return { free: Promise.resolve(false), outcome: Promise.reject(slot.failure) };
      }
      let free: (carryOn: boolean) => void = () => undefined;
      const freed = new Promise<boolean>((resolve) => {
        free = resolve;
      });
      const outcome = new Promise<PartOutcome>((resolve, reject) => {
        slot.pending.push({ free, resolve, reject });
        slot.worker.postMessage(task);
      });
      return { free: freed, outcome };
    },
    close: async () => {
      for (const slot of workers) slot.worker.removeAllListeners('exit');
      await Promise.all(workers.map((slot) => slot.worker.terminate()));
    },
  };
}

/** What a worker sends: that it has read its part, then the outcome (or why it failed). */
type WorkerMessage = { free: boolean } | { outcome?: PartOutcome; failure?: Failure };

/** A worker thread, the parts given to it whose outcome has not come, and why it can read no more. */
interface Slot {
  readonly worker: Worker;
  readonly pending: {
    free(carryOn: boolean): void;
    resolve(outcome: PartOutcome): void;
    reject(error: Error): void;
  }[];
  failure: Error | undefined;
}

function errorOf(failure: Failure): Error {
  if (failure.name === 'UsageError') return new UsageError(failure.message);
  if (failure.name === 'IoFailure') return new IoFailure(failure.message);
  const error = new Error(`in a worker thread: ${failure.message}`);
  if (failure.stack !== undefined) error.stack = failure.stack;
  return error;
}

/**
 * Runs this thread as a reader of parts if it was started as one.
 *
 * @returns Whether it was: the command's entry then does nothing else.
 */
export function servePartsIfWorker(): boolean {
  const data = workerData as { role?: unknown; settings?: PartSettings } | undefined;
  if (isMainThread || parentPort === null || data?.role !== PART_WORKER) return false;
  const port = parentPort;
  let reader: PartReader | undefined;
  port.on('message', (task: PartTask) => {
    (async () => {
      reader ??= partReader(data.settings as PartSettings);
      const outcome = await readPart(task, reader);
      // Said first, in a message of a few bytes: the next part comes while the outcome is sent.
      port.postMessage({ free: outcome.unsplittable === undefined });
      const transfer = [outcome.ids.buffer, outcome.summary.times.buffer] as ArrayBuffer[];
      port.postMessage({ outcome }, transfer);
    })().catch((error: unknown) => {
      const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ failure: { name, message, stack } });
    });
  });
  return true;
}
