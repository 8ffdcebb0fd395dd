import { writeFileSync } from 'node:fs';
import {
  type EvaluateTicketOptions,
  explainTicket,
  type Plan,
  type SlaSummaryResult,
} from '../../index';
import { UsageError } from '../usage-error';
import type { PageData } from './page-data';
import { reportPage } from './report-page';

/**
 * Writes the report as one HTML page: the tickets that are late or at risk are explained now,
 * once the whole input has been read.
 *
 * @throws {UsageError} when the file cannot be written.
 */
export function writeHtmlReport(
  path: string,
  input: {
    readonly result: SlaSummaryResult;
    readonly plan: Plan;
    readonly now: number;
    readonly data: PageData;
    readonly evaluateOptions: EvaluateTicketOptions;
  },
): void {
  const explained = input.data.attention.map(({ ticket }) => ({
    ticket,
    explanation: explainTicket(input.plan, ticket, input.evaluateOptions),
  }));
  const page = reportPage({ ...input, explained });
  try {
    writeFileSync(path, page);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
  }
}
