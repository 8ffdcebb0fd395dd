import { closeSync, fstatSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { SlaSummary, SlaSummaryState } from '../../index';
import { cannotRead, cannotWrite } from '../io-failure';
import type { Desk } from '../load-plan';
import { UsageError } from '../usage-error';

/** What the first key of a state file says, so that another JSON file is not taken for one. */
export const STATE_FORMAT = 'sla-clock report state';
/** The version of the file around the summary's state (which has a version of its own). */
export const STATE_FILE_VERSION = 1;
/** The largest state file read: JSON text beyond it would not fit in one string. */
const MAX_STATE_BYTES = 512 * 1024 * 1024;

/**
 * What `report --state` writes: the summary's state, and what the report of it needs besides —
 * the instant of the evaluation and the plan (a built-in name, or the plan file's content, so that
 * the state can be merged on a machine that does not have the file).
 */
export interface ReportStateFile {
  readonly format: typeof STATE_FORMAT;
  readonly version: typeof STATE_FILE_VERSION;
  readonly now: string;
  readonly plan: string | object;
  readonly summary: SlaSummaryState;
}

/**
 * Writes a report's state to `path`.
 *
 * @throws {IoFailure} when the file cannot be written.
 */
export function writeReportState(path: string, now: number, desk: Desk, summary: SlaSummary): void {
  const file: ReportStateFile = {
    format: STATE_FORMAT,
    version: STATE_FILE_VERSION,
    now: new Date(now).toISOString(),
    plan: desk.source,
    summary: summary.toJSON(),
  };
  try {
    writeFileSync(path, `${JSON.stringify(file)}\n`);
  } catch (error) {
    throw cannotWrite(`${path} (--state)`, error);
  }
}

/**
 * Reads a state file that `report --state` wrote. The summary's state itself is checked when it is
 * restored (`createSlaSummary({ state })`).
 *
 * @throws {UsageError} when the file cannot be opened, is not JSON, or is not a state file of this
 * version (naming the file and what is wrong).
 * @throws {IoFailure} when reading it fails half-way.
 */
export function readReportState(path: string): ReportStateFile {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  let text: string;
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new UsageError(`cannot read ${path}: it is a folder`);
    if (stats.size > MAX_STATE_BYTES) {
      throw new UsageError(
        `${path}: ${stats.size.toLocaleString('en-US')} bytes, more than a state file may hold (512 MB): split the work into fewer groups or months per state`,
      );
    }
    try {
      text = readFileSync(fd, 'utf8');
    } catch (error) {
      throw cannotRead(path, error);
    }
  } finally {
    closeSync(fd);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not JSON: ${(error as Error).message}`);
  }
  const file = value as Partial<ReportStateFile> | null;
  if (typeof file !== 'object' || file === null || file.format !== STATE_FORMAT) {
    throw new UsageError(
      `${path} is not a state file of sla-clock (written by sla-clock report --state)`,
    );
  }
  if (file.version !== STATE_FILE_VERSION) {
    throw new UsageError(
      `${path}: a state file of version ${JSON.stringify(file.version)}; this sla-clock reads version ${STATE_FILE_VERSION}`,
    );
  }
  if (typeof file.now !== 'string' || Number.isNaN(Date.parse(file.now))) {
    throw new UsageError(`${path}: now is not an instant (${JSON.stringify(file.now)})`);
  }
  if (typeof file.plan !== 'string' && (typeof file.plan !== 'object' || file.plan === null)) {
    throw new UsageError(`${path}: plan is missing`);
  }
  return file as ReportStateFile;
}

/**
 * Refuses states that cannot make one report: evaluated at other instants or under other plans.
 *
 * @throws {UsageError} naming the first file that differs from the first and how.
 */
export function checkSameReport(files: readonly (readonly [string, ReportStateFile])[]): void {
  const [first, ...rest] = files;
  if (first === undefined) return;
  const [firstPath, firstFile] = first;
  for (const [path, file] of rest) {
    if (Date.parse(file.now) !== Date.parse(firstFile.now)) {
      throw new UsageError(
        `${path} was evaluated at ${file.now}, ${firstPath} at ${firstFile.now}: a report is made at one instant (give the same --now to every part)`,
      );
    }
    if (!isDeepStrictEqual(file.plan, firstFile.plan)) {
      throw new UsageError(`${path} and ${firstPath} were made under different plans`);
    }
  }
}
