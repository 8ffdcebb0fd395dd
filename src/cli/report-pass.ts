import type { PageData } from './html/page-data';
import { RowsNotGrouped } from './input/csv-event-rows';
import { readCsvRecords } from './input/csv-records';
import { CsvTickets } from './input/csv-tickets';
import type { RowOrder } from './input/event-rows-by-order';
import { readJsonLines } from './input/json-lines';
import { openInput, sniffForm } from './input/open-input';
import { readSnapshots } from './input/read-snapshots';
import type { RecordLimit } from './input/record-limit';
import { SeenIds } from './input/seen-ids';
import type { SnapshotMap } from './input/snapshot-map';
import { printable } from './output/printable';
import { Progress } from './progress';
import type { ReportIo } from './report-command';
import { type PassCounter, ReportRun } from './report-run';
import { UsageError } from './usage-error';

/** What one reading counts into and writes to, made afresh for each reading. */
export interface Pass<R> {
  readonly counter: PassCounter;
  /** The per-ticket output, ended when the reading ends (the counter writes to it). */
  readonly output?: { drained(): Promise<void> | undefined; end(): Promise<void> } | undefined;
  readonly pageData?: PageData | undefined;
  /** What the reading leaves: read once it is over. */
  readonly result: () => R;
}

/** What one reading of the input needs: all of it checked before the first reading. */
export interface PassSettings<R> {
  /** Opens the reading's counter and outputs (a usage error for an output that cannot be written). */
  readonly start: () => Pass<R>;
  readonly strict: boolean;
  readonly format: 'csv' | 'jsonl' | undefined;
  readonly limit: RecordLimit;
  /** The mapping of a snapshot export (`--input snapshots`), read in place of tickets and events. */
  readonly snapshots?: SnapshotMap | undefined;
}

/** What a reading leaves: its result (a summary…), and the tickets the HTML page explains. */
export interface PassResult<R> {
  readonly result: R;
  /** `--strict` stopped the reading at a rejected ticket. */
  readonly stopped: boolean;
  readonly pageData: PageData | undefined;
}

/**
 * Reads the inputs in their order and evaluates their tickets, all counted into one reading's
 * result. An event export whose order shows late that it is not grouped by ticket (a ticket comes
 * back after its rows were counted) is read again from the start, every ticket's rows held until
 * the end, when the input is a file (the inputs before it are read again too, into a fresh
 * result); from stdin, which cannot be read twice, that is a usage error. Each input is an export
 * of its own: a ticket's rows are all in one input.
 *
 * @throws {UsageError} for an input that cannot be opened or read as any form.
 */
export async function readInputs<R>(
  paths: readonly string[],
  order: RowOrder,
  settings: PassSettings<R>,
  io: ReportIo,
): Promise<PassResult<R>> {
  const orders = paths.map(() => order);
  for (;;) {
    try {
      return await readAll(paths, orders, settings, io);
    } catch (error) {
      if (!(error instanceof RowsNotGrouped) || error.input === undefined) throw error;
      const where = `${inputPrefix(paths, error.input)}line ${error.line}: ticket ${error.ticketId}: its rows come back after other tickets' rows`;
      if (error.canReadAgain === false) {
        throw new UsageError(
          `${where}, and stdin cannot be read twice: give --any-order (every ticket's rows are then held until the end), or sort the rows by ticket`,
        );
      }
      io.stderr.write(
        `${printable(where)}: reading the input again, every ticket's rows held until the end (as --any-order does); the lines below replace those above\n`,
      );
      orders[error.input] = 'any';
    }
  }
}

/** What a rejection's line is prefixed with: the input's name when there are several. */
export function inputPrefix(paths: readonly string[], index: number): string {
  return paths.length > 1 ? `${paths[index]}: ` : '';
}

async function readAll<R>(
  paths: readonly string[],
  orders: readonly RowOrder[],
  settings: PassSettings<R>,
  io: ReportIo,
): Promise<PassResult<R>> {
  const pass = settings.start();
  const { pageData } = pass;
  const run = new ReportRun(pass.counter, io.stderr, {
    strict: settings.strict,
    output: pass.output,
    pageData,
  });
  try {
    for (const [index, path] of paths.entries()) {
      if (run.stopped) break;
      run.prefix = inputPrefix(paths, index);
      try {
        await readInputFile(path, orders[index] ?? 'auto', run, settings, io);
      } catch (error) {
        if (error instanceof RowsNotGrouped) error.input = index;
        throw error;
      }
    }
  } finally {
    await pass.output?.end();
  }
  return { result: pass.result(), stopped: run.stopped, pageData };
}

/**
 * Reads one input into a reading's run: its tickets evaluated and counted, its rejections said.
 *
 * @throws {RowsNotGrouped} when its event rows show late that they are not grouped by ticket.
 */
export async function readInputFile(
  path: string,
  order: RowOrder,
  run: ReportRun,
  settings: Pick<PassSettings<unknown>, 'format' | 'limit' | 'snapshots'>,
  io: Pick<ReportIo, 'stdin' | 'stderr'>,
): Promise<void> {
  const input = await openInput(path, io.stdin);
  const progress = new Progress(
    io.stderr.isTTY ? io.stderr : undefined,
    input.size,
    input.bytesRead,
  );
  run.progress = progress;
  try {
    // Sniffed even when the form is known: an empty input is said to be empty in either form.
    const sniffed = await sniffForm(input.chunks, settings.limit);
    const form =
      sniffed.form === 'empty' ? 'empty' : (settings.format ?? input.formByName ?? sniffed.form);
    if (form === 'empty') run.reject(1, undefined, 'the input is empty');
    else if (settings.snapshots !== undefined) {
      await readSnapshots(sniffed.chunks, run, settings.snapshots, settings.limit);
    } else if (form === 'jsonl') {
      // The ids seen (16 bytes a ticket) are dropped on return, before the summary sorts its times.
      await readJsonLines(sniffed.chunks, run, new SeenIds(), settings.limit);
    } else {
      const csv = new CsvTickets(run, order);
      await readCsvRecords(sniffed.chunks, csv, settings.limit);
      if (csv.headerProblem !== undefined)
        throw new UsageError(`${run.prefix}${csv.headerProblem}`);
      if (!run.stopped) await csv.end();
    }
  } catch (error) {
    if (error instanceof RowsNotGrouped) error.canReadAgain = input.canReadAgain;
    throw error;
  } finally {
    progress.clear();
    await input.close();
  }
}
