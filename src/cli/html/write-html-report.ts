import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  type EvaluateTicketOptions,
  explainTicket,
  type Plan,
  type Policies,
  type SlaSummaryResult,
} from '../../index';
import { cannotWrite } from '../io-failure';
import { UsageError } from '../usage-error';
import type { PageData } from './page-data';
import { reportPage } from './report-page';

/**
 * Writes the report as one HTML page: the tickets that are late or at risk are explained now,
 * once the whole input has been read.
 *
 * @throws {IoFailure} when the file cannot be written: its folder was checked before the input
 * was read (`checkHtmlPath`), so what fails now is the machine (a full disk).
 */
export function writeHtmlReport(
  path: string,
  input: {
    readonly result: SlaSummaryResult;
    /** The plan whose metrics and zone the page shows. */
    readonly plan: Plan;
    /** What the tickets are held to: the plan, or policies (their ids head the page). */
    readonly rules: Plan | Policies;
    readonly policies: readonly string[] | undefined;
    readonly now: number;
    readonly data: PageData;
    readonly evaluateOptions: EvaluateTicketOptions;
  },
): void {
  const explained = input.data.attention.map((ticket) => ({
    ticket,
    explanation: explainTicket(input.rules, ticket, input.evaluateOptions),
  }));
  const page = reportPage({ ...input, explained });
  try {
    writeFileSync(path, page);
  } catch (error) {
    throw cannotWrite(`${path} (--html)`, error);
  }
}

/**
 * Checks, before any ticket is read, that the page can be written where `path` says: a long
 * report must not end on a misspelt folder.
 *
 * @throws {UsageError} when the folder does not exist or cannot be written, or `path` is a folder.
 */
export function checkHtmlPath(path: string): void {
  const folder = dirname(resolve(path));
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new UsageError(`--html ${path}: cannot write in ${folder} (${(error as Error).message})`);
  }
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`--html ${path}: is a folder, not a file`);
  }
}
