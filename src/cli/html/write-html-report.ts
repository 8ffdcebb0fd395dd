import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  type EvaluateTicketOptions,
  explainTicket,
  type Plan,
  type Policies,
  type SlaSummaryResult,
  type SlaSummaryState,
} from '../../index';
import { cannotWrite } from '../io-failure';
import { UsageError } from '../usage-error';
import type { RankedTicket } from './most-urgent';
import type { PageData } from './page-data';
import { priorityResult } from './priority-result';
import { reportPage } from './report-page';

/**
 * Writes the report as one HTML page: the tickets kept as the most urgent at risk and the most
 * overdue are explained now, once the whole input has been read. Without `data` (a page made
 * from summaries alone, with no ticket at hand) the page says that it lists no ticket.
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
    readonly data?: PageData | undefined;
    readonly evaluateOptions: EvaluateTicketOptions;
    /**
     * The summary (or anything with its `toJSON()`), for the exact subtotals per priority of the
     * tables grouped by priority and more: its state is read only then. Without it, those tables
     * have no subtotals.
     */
    readonly summary?: { toJSON(): SlaSummaryState } | undefined;
  },
): void {
  const { data, summary, result } = input;
  const grouped = result.groupBy.includes('priority') && result.groupBy.length > 1;
  // The page speaks English: holiday names too, whatever the calendar's own language.
  const options = { ...input.evaluateOptions, language: 'en' } as const;
  const explain = ({ ticket }: RankedTicket) => ({
    ticket,
    explanation: explainTicket(input.rules, ticket, options),
  });
  const page = reportPage({
    ...input,
    tickets:
      data === undefined
        ? undefined
        : {
            atRisk: { count: data.atRisk.count, explained: data.atRisk.kept.map(explain) },
            breached: { count: data.breached.count, explained: data.breached.kept.map(explain) },
          },
    subtotals: summary === undefined || !grouped ? undefined : priorityResult(summary.toJSON()),
  });
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
