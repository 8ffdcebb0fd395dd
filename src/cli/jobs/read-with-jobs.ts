import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSlaSummary, type SlaSummary } from '../../index';
import { mergePacked } from '../../report/packed-summary';
import { PageData } from '../html/page-data';
import type { RecordLimit } from '../input/record-limit';
import type { Desk } from '../load-plan';
import { TicketWriter } from '../output/ticket-writer';
import type { ReportIo } from '../report-command';
import { inputPrefix, type PassResult } from '../report-pass';
import { MIN_PART_BYTES, openFileParts } from './file-parts';
import { anIdInTwoParts } from './ids-in-two-parts';
import { type PartPool, partPool } from './part-pool';
import type { PartOutcome, PartRecord, PartSettings, PartTask } from './read-part';

/** What the reading with jobs needs besides the parts' settings. */
export interface JobsSettings {
  readonly jobs: number;
  readonly desk: Desk;
  readonly limit: RecordLimit;
  readonly tickets: string | undefined;
  /** The command's file, run again as each worker thread; none: the parts are read in turn. */
  readonly workerScript: string | URL | undefined;
}

/**
 * Reads the inputs in parts at once and puts the parts together in their order: the result, the
 * lines on stderr and the `--tickets` rows are those one reading gives.
 *
 * @returns `undefined` when the inputs must be read in one piece: stdin, nothing worth
 * splitting, or a cut that the parts found wrong (rows of a ticket on both sides, a quote left
 * open, an id read by two parts); nothing has been written then.
 */
export async function readWithJobs(
  paths: readonly string[],
  settings: JobsSettings,
  parts: Omit<PartSettings, 'folder' | 'ticketsExtension'>,
  io: ReportIo,
): Promise<PassResult<SlaSummary> | undefined> {
  if (paths.includes('-')) return undefined;
  const ticketsExtension = settings.tickets?.match(/\.[^./]+$/)?.[0];
  // A --tickets file the parts could not name after: the reading in one piece says why.
  if (settings.tickets !== undefined && TicketWriter.formOf(settings.tickets) === undefined) {
    return undefined;
  }
  if (paths.length === 1 && !largeFile(paths[0] as string)) return undefined;
  const folder = mkdtempSync(join(tmpdir(), 'sla-clock-'));
  // The workers start (load the command, compile the plan) while the inputs are scanned for cuts.
  const pool = partPool(settings.workerScript, settings.jobs, {
    ...parts,
    folder,
    ticketsExtension,
  });
  try {
    const counts = new InOrder(settings.desk, parts);
    const read = await readAll(tasksOf(paths, parts.format, settings), pool, (outcome) =>
      counts.add(outcome),
    );
    if (read === undefined || anIdInTwoParts(read)) return undefined;
    return await putTogether(
      read.map(({ outcome }) => outcome),
      settings,
      counts,
      io,
    );
  } finally {
    await pool.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Whether a file is large enough to be cut (a file that cannot be read is said so later). */
function largeFile(path: string): boolean {
  try {
    const stats = statSync(path);
    return stats.isFile() && stats.size >= 2 * MIN_PART_BYTES;
  } catch {
    return false;
  }
}

/**
 * The parts to read, found as they are asked for: each input cut in parts, or whole when it is
 * not worth cutting.
 */
function* tasksOf(
  paths: readonly string[],
  format: 'csv' | 'jsonl' | undefined,
  settings: JobsSettings,
): Generator<PartTask, void, undefined> {
  let index = 0;
  for (const [input, path] of paths.entries()) {
    const prefix = inputPrefix(paths, input);
    const split = openFileParts(path, format, settings.jobs, settings.limit);
    if (split === undefined) {
      yield { index: index++, path, form: 'csv', headerEnd: 0, part: undefined, prefix };
      continue;
    }
    const { form, headerEnd } = split;
    for (const part of split.parts) {
      // No cut found: the whole file, read as without jobs.
      const whole = part.start === 0 && part.end === undefined;
      yield { index: index++, path, form, headerEnd, part: whole ? undefined : part, prefix };
    }
  }
}

/**
 * Reads the parts, each slot of the pool taking the next as soon as its reader has read one
 * (while that part's outcome is still on its way), the next part found beforehand.
 *
 * @returns Each part with what reading it left, in the inputs' order; `undefined` as soon as a
 * part cannot stand for its bytes (the parts not yet begun are not read: all is read again).
 */
async function readAll(
  tasks: Generator<PartTask, void, undefined>,
  pool: PartPool,
  onOutcome: (outcome: PartOutcome) => void,
): Promise<{ readonly task: PartTask; readonly outcome: PartRecord }[] | undefined> {
  const read: { task: PartTask; outcome: PartRecord }[] = [];
  let unsplittable = false;
  const ahead = new LookAhead(tasks);
  const start = (slot: number) => {
    const next = unsplittable ? undefined : ahead.take();
    if (next === undefined) return undefined;
    const reading = pool.read(slot, next);
    // Handled from the start: a part begun before the one ahead of it failed is not awaited, and
    // its failure (the same worker's) must not end the process as an unhandled rejection.
    reading.outcome.catch(() => undefined);
    return { task: next, reading };
  };
  try {
    await Promise.all(
      Array.from({ length: pool.size }, async (_, slot) => {
        for (let current = start(slot); current !== undefined; ) {
          const carryOn = await current.reading.free;
          const following = carryOn ? start(slot) : undefined;
          const outcome = await current.reading.outcome;
          // Its counts are let go once merged: a part's times are 8 bytes a cycle.
          const { summary: _summary, pageData: _pageData, ...kept } = outcome;
          read[current.task.index] = { task: current.task, outcome: kept };
          if (outcome.unsplittable !== undefined) unsplittable = true;
          if (!unsplittable) onOutcome(outcome);
          current = following;
        }
      }),
    );
  } finally {
    ahead.stop();
  }
  return unsplittable ? undefined : read;
}

/**
 * The parts one at a time, the next one sought as soon as one is taken (finding a cut reads the
 * file up to it): a reader that asks for a part gets it without waiting for the search.
 */
class LookAhead {
  #next: PartTask | undefined;
  #done = false;
  #stopped = false;
  #seeking: ReturnType<typeof setImmediate> | undefined;
  /** What the search ahead threw: thrown to the taker of the part it was seeking. */
  #failure: { readonly error: unknown } | undefined;

  constructor(readonly tasks: Generator<PartTask, void, undefined>) {}

  take(): PartTask | undefined {
    if (this.#stopped) return undefined;
    if (this.#failure !== undefined) throw this.#failure.error;
    const task = this.#next ?? this.#seek();
    this.#next = undefined;
    if (task !== undefined && this.#seeking === undefined) {
      this.#seeking = setImmediate(() => {
        this.#seeking = undefined;
        try {
          this.#next ??= this.#seek();
        } catch (error) {
          this.#failure = { error };
        }
      });
    }
    return task;
  }

  /** No part is given any more (the readers still running after a failure take none). */
  stop(): void {
    if (this.#seeking !== undefined) clearImmediate(this.#seeking);
    this.#stopped = true;
    this.#done = true;
    this.#next = undefined;
    this.tasks.return();
  }

  #seek(): PartTask | undefined {
    if (this.#done) return undefined;
    const next = this.tasks.next();
    if (next.done) this.#done = true;
    return next.done ? undefined : next.value;
  }
}

/**
 * The parts' counts merged in the inputs' order as the parts come in, while the other parts are
 * still read: a part waits until those before it are merged. Merging stops at a part stopped by
 * `--strict`.
 */
class InOrder {
  readonly summary: SlaSummary;
  readonly pageData: PageData | undefined;
  stopped = false;
  readonly #waiting = new Map<number, PartOutcome>();
  #next = 0;

  constructor(desk: Desk, parts: Omit<PartSettings, 'folder' | 'ticketsExtension'>) {
    this.summary = createSlaSummary({ ...parts.summaryOptions, plan: desk.rules });
    this.pageData = parts.pageData ? new PageData(desk.plan) : undefined;
  }

  add(outcome: PartOutcome): void {
    this.#waiting.set(outcome.index, outcome);
    for (let ready = this.#waiting.get(this.#next); ready !== undefined && !this.stopped; ) {
      this.#waiting.delete(this.#next++);
      if (ready.pageData !== undefined) this.pageData?.absorb(ready.pageData);
      if (ready.stopped) this.stopped = true;
      else mergePacked(this.summary, ready.summary);
      ready = this.#waiting.get(this.#next);
    }
  }
}

/** The parts' stderr lines and rows written in order, up to a part stopped by `--strict`. */
async function putTogether(
  outcomes: readonly PartRecord[],
  settings: JobsSettings,
  counts: InOrder,
  io: ReportIo,
): Promise<PassResult<SlaSummary>> {
  const { desk } = settings;
  const writer =
    settings.tickets === undefined
      ? undefined
      : TicketWriter.open(settings.tickets, desk.plan, desk.policies !== undefined);
  try {
    for (const outcome of outcomes) {
      await copyText(outcome.errorsFile, (text) => io.stderr.write(text));
      if (outcome.ticketsFile !== undefined && writer !== undefined) {
        await copyText(outcome.ticketsFile, (text) => {
          writer.append(text);
          return writer.drained();
        });
      }
      if (outcome.stopped) break;
    }
  } finally {
    await writer?.end();
  }
  return { result: counts.summary, stopped: counts.stopped, pageData: counts.pageData };
}

/** Hands the text of a file to `write`, a megabyte at a time, waiting when it says to. */
async function copyText(path: string, write: (text: string) => unknown): Promise<void> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(1024 * 1024);
    const decoder = new TextDecoder();
    for (;;) {
      const count = readSync(fd, buffer, 0, buffer.length, null);
      const text = decoder.decode(buffer.subarray(0, count), { stream: count > 0 });
      if (text !== '') await write(text);
      if (count === 0) return;
    }
  } finally {
    closeSync(fd);
  }
}
