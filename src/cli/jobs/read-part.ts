import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { EvaluateTicketOptions, SlaSummaryOptions } from '../../index';
import { type PackedSummary, packSummary } from '../../report/packed-summary';
import type { PageDataState } from '../html/page-data';
import { RowsNotGrouped } from '../input/csv-event-rows';
import { readCsvPart, readCsvRecords } from '../input/csv-records';
import { CsvTickets } from '../input/csv-tickets';
import { readJsonLines } from '../input/json-lines';
import { openFileRange } from '../input/open-input';
import { RecordLimit } from '../input/record-limit';
import { SeenIds } from '../input/seen-ids';
import { type Desk, loadPlan } from '../load-plan';
import { openOutput } from '../output/open-output';
import { readInputFile } from '../report-pass';
import { ReportRun } from '../report-run';
import { summaryPass } from '../summary-pass';
import { UsageError } from '../usage-error';
import type { FilePart } from './file-parts';

/** A whole input read by a worker is a file: stdin is read by the main thread only. */
const NO_STDIN = Readable.from([]);

/** What every part of a report is read with: the report's options, as the command took them. */
export interface PartSettings {
  readonly plan: string;
  readonly maxRecordSize: string | undefined;
  readonly evaluateOptions: EvaluateTicketOptions;
  readonly summaryOptions: Omit<SlaSummaryOptions, 'plan' | 'state'>;
  readonly strict: boolean;
  /** Whether each part gathers the HTML page's data (`--html`). */
  readonly pageData: boolean;
  /** `--format`: the form of every input, when it is given. */
  readonly format: 'csv' | 'jsonl' | undefined;
  /** The extension of `--tickets` (`.csv`, `.jsonl`), when it is given. */
  readonly ticketsExtension: string | undefined;
  /** Where each part writes what it would write to stderr and `--tickets`. */
  readonly folder: string;
}

/** One part of one input, to read apart. */
export interface PartTask {
  readonly index: number;
  readonly path: string;
  readonly form: 'csv' | 'jsonl';
  readonly headerEnd: number;
  /** The bytes to read; `undefined`: the whole input, read as without jobs. */
  readonly part: FilePart | undefined;
  /** What a rejection's line is prefixed with (the input's name, when there are several). */
  readonly prefix: string;
}

/** What reading a part leaves. */
export interface PartOutcome {
  readonly index: number;
  /** Its summary, its times in one typed array (transferred, not copied, to the main thread). */
  readonly summary: PackedSummary;
  /** The ticket ids the part read, as keys, sorted: an id that two parts read makes the cut wrong. */
  readonly ids: Float64Array;
  readonly stopped: boolean;
  /** What the part gathered for the HTML page, when it gathers it. */
  readonly pageData: PageDataState | undefined;
  /** Why the part cannot stand for its bytes (its reading must be done in one piece). */
  readonly unsplittable: string | undefined;
  /** The part's lines for stderr, and its rows for `--tickets`, in files of `folder`. */
  readonly errorsFile: string;
  readonly ticketsFile: string | undefined;
}

/** What is kept of a part once its counts are merged: what puts the outputs together. */
export type PartRecord = Omit<PartOutcome, 'summary' | 'pageData'>;

/** The plan and options of a reader of parts, built once for all the parts it reads. */
export interface PartReader {
  readonly desk: Desk;
  readonly limit: RecordLimit;
  readonly settings: PartSettings;
}

/**
 * Prepares to read parts with `settings`: the plan file is read again here (each worker thread
 * has its own plan object).
 */
export function partReader(settings: PartSettings): PartReader {
  const limit = RecordLimit.parse(settings.maxRecordSize);
  return { desk: loadPlan(settings.plan, limit), limit, settings };
}

/**
 * Reads one part of an input as the whole input's reading would read those bytes: the same
 * tickets, rejections and lines, into a summary of its own and files of its own.
 */
export async function readPart(task: PartTask, reader: PartReader): Promise<PartOutcome> {
  const { desk, limit, settings } = reader;
  const errorsFile = join(settings.folder, `part-${task.index}.stderr`);
  const ticketsFile =
    settings.ticketsExtension === undefined
      ? undefined
      : join(settings.folder, `part-${task.index}${settings.ticketsExtension}`);
  const errors = openOutput(errorsFile, 'a part of the work');
  const pass = summaryPass(
    desk,
    settings.evaluateOptions,
    { ...settings.summaryOptions, plan: desk.rules },
    { tickets: ticketsFile, pageData: settings.pageData, ticketsHeader: false },
  );
  const run = new ReportRun(pass.counter, errors, {
    strict: settings.strict,
    output: pass.output,
    pageData: pass.pageData,
  });
  run.prefix = task.prefix;
  const seen = new SeenIds();
  let unsplittable: string | undefined;
  try {
    if (task.part === undefined) {
      await readInputFile(
        task.path,
        'auto',
        run,
        { format: settings.format, limit },
        { stdin: NO_STDIN, stderr: { write: () => undefined } },
      );
    } else unsplittable = await readBytes(task, task.part, run, seen, limit);
  } catch (error) {
    if (error instanceof RowsNotGrouped) {
      unsplittable = `line ${error.line}: ticket ${error.ticketId} comes back`;
    } else if (error instanceof UsageError) {
      // Said as the reading in one piece says it: a NUL character is counted from the file's
      // start, and the rows and lines before it are written first.
      unsplittable = error.message;
    } else throw error;
  } finally {
    await pass.output?.end();
    await errors.end();
  }
  return {
    index: task.index,
    summary: packSummary(pass.result()),
    // Sorted here, on the worker: the main thread then merges the parts' lists in one pass.
    ids: seen.hashes().sort(),
    stopped: run.stopped,
    pageData: pass.pageData?.toJSON(),
    unsplittable,
    errorsFile,
    ticketsFile,
  };
}

/** Reads the part's bytes; returns why the cut was wrong, if it was. */
async function readBytes(
  task: PartTask,
  part: FilePart,
  run: ReportRun,
  seen: SeenIds,
  limit: RecordLimit,
): Promise<string | undefined> {
  const { path } = task;
  const bytes = openFileRange(path, part.start, part.end);
  if (task.form === 'jsonl') {
    await readJsonLines(bytes, run, seen, limit, part.firstLine);
    return undefined;
  }
  const csv = new CsvTickets(run, 'grouped', seen);
  if (part.start > 0) await readCsvRecords(openFileRange(path, 0, task.headerEnd), csv, limit);
  if (csv.headerProblem !== undefined) return csv.headerProblem;
  if (part.end === undefined) {
    await readCsvRecords(bytes, csv, limit, part.firstLine);
    if (!run.stopped) await csv.end();
    return undefined;
  }
  const { idle, lastLine } = await readCsvPart(bytes, csv, limit, part.firstLine);
  if (run.stopped) return undefined;
  if (!idle || lastLine !== part.lastLine)
    return `the cut before line ${part.lastLine} is not between records`;
  await csv.endPart();
  return undefined;
}
